/**
 * The look of the action plan, declared once: page geometry, colours, and every paragraph,
 * character and table style by id. Builders refer to styles by these ids and never set
 * fonts or sizes themselves, so the plan looks the same throughout and a reader can restyle
 * it in Word. Headings are Word's own "Heading 1" to "Heading 3" styles (with outline
 * levels), so the navigation pane and the table of contents work.
 */
import {
  type IParagraphStyleOptions,
  type IParagraphStylePropertiesOptions,
  type IPropertiesOptions,
  type IRunStylePropertiesOptions,
  LineRuleType,
} from 'docx';

/** A4 page geometry, in twips (twentieths of a point). */
export const PAGE = {
  width: 11_906,
  height: 16_838,
  marginTop: 1_247,
  marginBottom: 1_134,
  marginSide: 1_134,
  header: 567,
  footer: 567,
} as const;

/** The width text may take between the margins, in twips. */
export const TEXT_WIDTH = {
  portrait: PAGE.width - 2 * PAGE.marginSide,
  landscape: PAGE.height - 2 * PAGE.marginSide,
} as const;

/** Colours as Word writes them (hex RGB without `#`). */
export const COLOURS = {
  ink: '262626',
  muted: '595959',
  navy: '1F3A5F',
  accent: '2E75B6',
  rule: 'BFC7D1',
  band: 'F2F5F9',
  verdictFill: 'EAF1F8',
  notSetText: 'B42318',
  notSetFill: 'FDECEA',
  yes: '2E7D4F',
  partly: 'D08B1A',
  no: 'B83A2E',
  noVotes: 'E4E7EB',
  yesFill: 'E3F2E8',
  partlyFill: 'FDF1DC',
  noFill: 'FBE4E1',
  white: 'FFFFFF',
} as const;

/** Ids of the styles the builders use. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  contentsHeading: 'TOCHeading',
  coverDetail: 'CoverDetail',
  note: 'PlanNote',
  verdict: 'Verdict',
  tableText: 'TableText',
  caption: 'Caption',
  headerText: 'Header',
  footerText: 'Footer',
  /** A character style for values nobody has agreed yet ("Not set"). */
  notSet: 'NotSet',
  /**
   * Bold text (names, labels), as Word's own "Strong" character style: runs name it instead
   * of each carrying bold. Coloured emphasis stays on the run: LibreOffice does not apply a
   * character style's colour inside table cells.
   */
  strong: 'Strong',
  /** The one table style every table uses. */
  table: 'ReadyRoomTable',
} as const;

const FONT = 'Calibri';

const fonts: IRunStylePropertiesOptions = {
  font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
};

/**
 * The table style, in WordprocessingML: navy rules above and below, light rules between
 * rows, small text and roomy cell margins. docx has no builder for table styles, so it
 * travels as a small styles part that docx merges with its own defaults. The header row
 * and the bands are set on the cells (see `elements.ts`) rather than as the style's
 * conditional formatting, which not every word processor applies and which would stop the
 * page-number estimate of the table of contents.
 */
const tableStyleXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:style w:type="table" w:customStyle="1" w:styleId="${STYLE.table}">
    <w:name w:val="ReadyRoom Table"/>
    <w:basedOn w:val="TableNormal"/>
    <w:uiPriority w:val="59"/>
    <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
    <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
    <w:tblPr>
      <w:tblStyleRowBandSize w:val="1"/>
      <w:tblBorders>
        <w:top w:val="single" w:sz="8" w:space="0" w:color="${COLOURS.navy}"/>
        <w:bottom w:val="single" w:sz="8" w:space="0" w:color="${COLOURS.navy}"/>
        <w:insideH w:val="single" w:sz="4" w:space="0" w:color="${COLOURS.rule}"/>
      </w:tblBorders>
      <w:tblCellMar>
        <w:top w:w="57" w:type="dxa"/>
        <w:left w:w="85" w:type="dxa"/>
        <w:bottom w:w="57" w:type="dxa"/>
        <w:right w:w="85" w:type="dxa"/>
      </w:tblCellMar>
    </w:tblPr>
  </w:style>
</w:styles>`;

/**
 * A heading style: bold text of a size (in half-points) and colour, at a level of the
 * outline, kept with its own lines and the paragraph after it.
 */
function headingStyle(
  outlineLevel: number,
  size: number,
  color: string,
  paragraph: Pick<IParagraphStylePropertiesOptions, 'spacing' | 'border'>,
) {
  return {
    run: { ...fonts, size, bold: true, color },
    paragraph: { outlineLevel, keepNext: true, keepLines: true, ...paragraph },
  };
}

/**
 * A paragraph style of the plan: based on Normal, in the plan's fonts, with its own run and
 * paragraph properties; `next` names the style Word continues with after it.
 */
function paragraphStyle(
  id: string,
  name: string,
  run: IRunStylePropertiesOptions,
  paragraph?: IParagraphStylePropertiesOptions,
  options: { readonly next?: 'Normal'; readonly quickFormat?: true } = {},
): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: 'Normal',
    ...options,
    run: { ...fonts, ...run },
    ...(paragraph === undefined ? {} : { paragraph }),
  };
}

/** The style options of the plan's `Document`. */
export function planStyleOptions(): Pick<IPropertiesOptions, 'styles' | 'externalStyles'> {
  return {
    externalStyles: tableStyleXml,
    styles: {
      default: {
        document: {
          run: { ...fonts, size: 21, color: COLOURS.ink },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { ...fonts, size: 56, bold: true, color: COLOURS.navy },
          paragraph: { spacing: { before: 0, after: 160, line: 240, lineRule: LineRuleType.AUTO } },
        },
        heading1: headingStyle(0, 36, COLOURS.navy, {
          spacing: { before: 0, after: 200, line: 240, lineRule: LineRuleType.AUTO },
          border: { bottom: { style: 'single', size: 8, space: 4, color: COLOURS.accent } },
        }),
        heading2: headingStyle(1, 26, COLOURS.navy, { spacing: { before: 280, after: 100 } }),
        heading3: headingStyle(2, 22, COLOURS.accent, { spacing: { before: 200, after: 80 } }),
        caption: {
          run: { ...fonts, size: 18, italics: true, color: COLOURS.muted },
          paragraph: { spacing: { before: 60, after: 200 } },
        },
      },
      paragraphStyles: [
        paragraphStyle(
          STYLE.subtitle,
          'Subtitle',
          { size: 32, color: COLOURS.accent },
          { spacing: { after: 480 } },
          { next: 'Normal', quickFormat: true },
        ),
        paragraphStyle(
          STYLE.contentsHeading,
          'TOC Heading',
          { size: 36, bold: true, color: COLOURS.navy },
          { keepNext: true, spacing: { after: 200 } },
          { next: 'Normal' },
        ),
        paragraphStyle(
          'TOC1',
          'toc 1',
          { bold: true, color: COLOURS.navy },
          { spacing: { before: 160, after: 40 } },
          { next: 'Normal' },
        ),
        paragraphStyle(
          'TOC2',
          'toc 2',
          { size: 20 },
          { indent: { left: 240 }, spacing: { before: 0, after: 20 } },
          { next: 'Normal' },
        ),
        paragraphStyle(
          STYLE.coverDetail,
          'Cover Detail',
          { size: 24, color: COLOURS.ink },
          { spacing: { after: 80 } },
        ),
        paragraphStyle(STYLE.note, 'Plan Note', { size: 18, italics: true, color: COLOURS.muted }),
        paragraphStyle(
          STYLE.verdict,
          'Verdict',
          { size: 24, bold: true, color: COLOURS.navy },
          {
            spacing: { before: 120, after: 240, line: 264, lineRule: LineRuleType.AUTO },
            indent: { left: 170, right: 170 },
            shading: { type: 'clear', color: 'auto', fill: COLOURS.verdictFill },
            border: {
              left: { style: 'single', size: 24, space: 8, color: COLOURS.accent },
            },
          },
          { next: 'Normal' },
        ),
        paragraphStyle(
          STYLE.tableText,
          'Table Text',
          { size: 18 },
          { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        ),
        // The page header and footer: small grey text, nothing after it.
        paragraphStyle(
          STYLE.headerText,
          'header',
          { size: 16, color: COLOURS.muted },
          { spacing: { after: 0 } },
        ),
        paragraphStyle(
          STYLE.footerText,
          'footer',
          { size: 16, color: COLOURS.muted },
          { spacing: { after: 0 } },
        ),
      ],
      characterStyles: [
        {
          id: STYLE.notSet,
          name: 'Not Set',
          run: { bold: true, italics: true, color: COLOURS.notSetText },
        },
        { id: STYLE.strong, name: 'Strong', run: { bold: true } },
      ],
    },
  };
}

/** The colours of each answer: a strong one for bars and text, a light one for cell backgrounds. */
export const ANSWER_COLOURS = {
  yes: { strong: COLOURS.yes, light: COLOURS.yesFill },
  partly: { strong: COLOURS.partly, light: COLOURS.partlyFill },
  no: { strong: COLOURS.no, light: COLOURS.noFill },
} as const;
