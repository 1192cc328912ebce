import {
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { text } from '../../../../shared/text';
import type { Meta } from '../../../../shared/workshop';
import { type Block, note } from './elements';
import { calendarDateOf, formatCalendarDate, hasText } from './format';
import { COLOURS, STYLE, TEXT_WIDTH } from './styles';

/** The title a workshop goes by in the plan, also when nobody gave it one. */
export function planTitle(meta: Meta): string {
  return hasText(meta.title) ? meta.title.trim() : text('plan.cover.untitled');
}

/**
 * The cover page: the workshop's title, "Action plan", and what it was about, for whom,
 * when and by whom. Details nobody filled in are left out.
 */
export function coverBlocks(meta: Meta, generatedAt: Date, timeZone?: string): Block[] {
  const details: [string, string][] = [
    [text('plan.cover.organisation'), meta.organisation],
    [text('plan.cover.initiative'), meta.initiative],
    [text('plan.cover.date'), formatCalendarDate(meta.date, 'long')],
    [text('plan.cover.location'), meta.location],
    [text('plan.cover.facilitator'), meta.facilitator],
  ];
  return [
    new Paragraph({ spacing: { before: 2_400, after: 0 }, children: [] }),
    new Paragraph({
      border: { top: { style: 'single', size: 36, space: 12, color: COLOURS.accent } },
      spacing: { after: 120 },
      children: [
        new TextRun({
          text: text('plan.cover.kicker'),
          bold: true,
          color: COLOURS.accent,
          size: 20,
          characterSpacing: 20,
        }),
      ],
    }),
    new Paragraph({ style: STYLE.title, children: [new TextRun(planTitle(meta))] }),
    new Paragraph({ style: STYLE.subtitle, children: [new TextRun(text('plan.cover.subtitle'))] }),
    ...detailsTable(details.filter(([, value]) => hasText(value))),
    new Paragraph({
      style: STYLE.note,
      spacing: { before: 1_200 },
      children: [
        new TextRun(
          text('plan.cover.prepared', {
            date: formatCalendarDate(calendarDateOf(generatedAt, timeZone), 'long'),
          }),
        ),
      ],
    }),
  ];
}

const detailColumns = [2_000, TEXT_WIDTH.portrait - 2_000] as const;

function detailsTable(details: readonly (readonly [string, string])[]): Block[] {
  if (details.length === 0) {
    return [];
  }
  const cell = (width: number, run: TextRun) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: [new Paragraph({ style: STYLE.coverDetail, children: [run] })],
    });
  return [
    new Table({
      borders: TableBorders.NONE,
      // No inner margin on the left, so the labels line up with the title above.
      margins: { left: 0, right: 113, top: 0, bottom: 0 },
      columnWidths: [...detailColumns],
      width: { size: TEXT_WIDTH.portrait, type: WidthType.DXA },
      rows: details.map(
        ([label, value]) =>
          new TableRow({
            children: [
              cell(detailColumns[0], new TextRun({ text: label, bold: true, color: COLOURS.muted })),
              cell(detailColumns[1], new TextRun(value.trim())),
            ],
          }),
      ),
    }),
  ];
}

/**
 * The table of contents on its own page. It is written with its entries (and estimated
 * page numbers) already in place and marked for updating, so Word refreshes it on opening.
 */
export function contentsBlocks(): Block[] {
  return [
    new Paragraph({
      style: STYLE.contentsHeading,
      pageBreakBefore: true,
      children: [new TextRun(text('plan.contents.title'))],
    }),
    new TableOfContents(text('plan.contents.title'), {
      hyperlink: true,
      headingStyleRange: '1-2',
      beginDirty: true,
    }),
    note(text('plan.contents.note')),
  ];
}
