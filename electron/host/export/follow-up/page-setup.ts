import { type ISectionPropertiesOptions, PageOrientation } from 'docx';
import { PAGE } from '../plan/styles';

/** A4 pages with the action plan's margins, for the reports that share its look. */
export function pageSetup(
  orientation: 'portrait' | 'landscape',
): NonNullable<ISectionPropertiesOptions['page']> {
  const { width, height, marginTop: top, marginBottom: bottom, marginSide: side, header, footer } = PAGE;
  return {
    size: {
      width,
      height,
      orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: { top, bottom, left: side, right: side, header, footer },
  };
}
