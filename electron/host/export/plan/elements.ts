/**
 * The building blocks every part of the plan is made of: headings, paragraphs of text,
 * "Not set" markers and the one kind of data table. Parts compose these and never style
 * text themselves.
 */
import {
  type FileChild,
  HeadingLevel,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { hasText } from './format';
import { NOT_SET } from './labels';
import { COLOURS, STYLE } from './styles';

/** Something that goes in the body of the document: a paragraph, a table or a table of contents. */
export type Block = FileChild;

const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** A heading in Word's own Heading 1–3 styles. */
export function heading(
  level: 1 | 2 | 3,
  text: string,
  options: { pageBreakBefore?: boolean } = {},
): Paragraph {
  return new Paragraph({
    heading: headingLevels[level],
    children: [new TextRun(text)],
    ...(options.pageBreakBefore === true ? { pageBreakBefore: true } : {}),
  });
}

/**
 * A section under a heading, or nothing when it has no content: parts with nothing in them
 * are left out rather than shown as empty headings.
 */
export function titled(level: 1 | 2 | 3, title: string, content: readonly Block[]): Block[] {
  return content.length === 0 ? [] : [heading(level, title), ...content];
}

/** How a run of free text may be set apart. */
export interface TextFormat {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly color?: string;
}

/** Runs of text with the line breaks of `text` kept. */
export function textRuns(text: string, format: TextFormat = {}): TextRun[] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line, index) => new TextRun({ text: line, ...format, ...(index > 0 ? { break: 1 } : {}) }));
}

/** Plain paragraphs of free text, one per paragraph the author wrote; nothing for empty text. */
export function textParagraphs(text: string, style?: string): Paragraph[] {
  if (!hasText(text)) {
    return [];
  }
  return text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map(
      (paragraph) =>
        new Paragraph({ ...(style === undefined ? {} : { style }), children: textRuns(paragraph) }),
    );
}

/** One paragraph made of runs. */
export function paragraph(children: readonly ParagraphChild[], style?: string): Paragraph {
  return new Paragraph({ ...(style === undefined ? {} : { style }), children: [...children] });
}

/** A small grey note, for explanations a reader may skip. */
export function note(text: string): Paragraph {
  return paragraph([new TextRun(text)], STYLE.note);
}

/** The "Not set" marker: bold red italics, so a missing owner or date stands out. */
export function notSetRun(): TextRun {
  return new TextRun({ text: NOT_SET, style: STYLE.notSet });
}

/** A bold label followed by a value, or by "Not set" when the value is empty. */
export function labelledLine(label: string, value: string, style?: string): Paragraph {
  return paragraph(
    [
      new TextRun({ text: `${label}: `, style: STYLE.strong }),
      ...(hasText(value) ? textRuns(value) : [notSetRun()]),
    ],
    style,
  );
}

/** A bullet point. */
export function bulletPoint(children: readonly ParagraphChild[]): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, children: [...children], spacing: { after: 60 } });
}

/** What a table cell shows. */
export type CellValue =
  /** Plain text; line breaks are kept; empty text leaves the cell empty. */
  | string
  /** The "Not set" marker, on a tinted background. */
  | { readonly kind: 'not-set' }
  /** Paragraphs built by the caller, on an optional background colour. */
  | { readonly kind: 'rich'; readonly paragraphs: readonly Paragraph[]; readonly fill?: string };

/** A cell that shows "Not set". */
export const NOT_SET_CELL: CellValue = { kind: 'not-set' };

/** The text, or "Not set" when it is empty. */
export function textOrNotSet(text: string | undefined): CellValue {
  return hasText(text) ? text : NOT_SET_CELL;
}

/**
 * A cell of several parts: each entry becomes one paragraph of runs. Like every paragraph in
 * a table, it takes its size and spacing from the table style, not from a style of its own.
 */
export function richCell(lines: readonly (readonly ParagraphChild[])[], fill?: string): CellValue {
  return {
    kind: 'rich',
    paragraphs: lines.map((children) => paragraph(children)),
    ...(fill === undefined ? {} : { fill }),
  };
}

/**
 * A cell led by a name in bold, or by `unnamed` when the name is empty, with further lines
 * (each one paragraph of runs) under it.
 */
export function nameCell(
  name: string,
  unnamed: string,
  more: readonly (readonly ParagraphChild[])[] = [],
): CellValue {
  return richCell([
    [new TextRun({ text: hasText(name) ? name.trim() : unnamed, style: STYLE.strong })],
    ...more,
  ]);
}

/** A free text as lines of a rich cell, in a format of its own; no line when it is empty. */
export function textLines(text: string, format: TextFormat = {}): TextRun[][] {
  return hasText(text) ? [textRuns(text, format)] : [];
}

/** A column of a data table. */
export interface Column<Row> {
  readonly heading: string;
  /** The column's share of the table width; widths are relative to each other. */
  readonly width: number;
  readonly cell: (row: Row) => CellValue;
}

/**
 * A table in the plan's one table style: a header row repeated on every page, rows that do
 * not break across pages, and fixed column widths so Word and LibreOffice lay it out alike.
 * Each cell gets the width of its columns from the table's grid (docx writes it on the cell).
 */
export function dataTable<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  totalWidth: number,
): Table {
  const widths = scaleWidths(
    columns.map((column) => column.width),
    totalWidth,
  );
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column) => headerCell(column.heading)),
  });
  const bodyRows = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((column) => bodyCell(column.cell(row))),
      }),
  );
  return styledTable([headerRow, ...bodyRows], widths);
}

/** A table in the plan's table style from rows built by the caller. */
export function styledTable(rows: readonly TableRow[], columnWidths: readonly number[]): Table {
  const total = columnWidths.reduce((sum, width) => sum + width, 0);
  return new Table({
    style: STYLE.table,
    rows: [...rows],
    columnWidths: [...columnWidths],
    width: { size: total, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    tableLook: {
      firstRow: true,
      lastRow: false,
      firstColumn: false,
      lastColumn: false,
      noHBand: false,
      noVBand: true,
    },
  });
}

/**
 * A header cell. The table style already makes the first row navy with white bold text;
 * the same look is also set on the cell itself, because not every word processor applies
 * the conditional parts of table styles. Its width comes from the columns it spans in the
 * table's grid.
 */
export function headerCell(
  text: string,
  columnSpan?: number,
  options: { vertical?: boolean } = {},
): TableCell {
  return new TableCell({
    shading: HEADER_SHADING,
    // Text written upwards is centred across its column (the cell's vertical alignment turns with it).
    verticalAlign: options.vertical === true ? VerticalAlignTable.CENTER : VerticalAlignTable.BOTTOM,
    ...(columnSpan === undefined ? {} : { columnSpan }),
    // Read from the bottom up, for narrow columns such as the RACI matrix's people.
    ...(options.vertical === true ? { textDirection: TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT } : {}),
    children: [paragraph([new TextRun({ text, bold: true, color: COLOURS.white })])],
  });
}

/** Cell backgrounds, shared by every cell that has one (docx only reads them). */
const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.navy } as const;
const NOT_SET_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.notSetFill } as const;

/**
 * A body cell showing a value. Its width comes from the columns it spans in the table's
 * grid; its text size and spacing from the table style.
 */
export function bodyCell(value: CellValue, columnSpan?: number): TableCell {
  const common = columnSpan === undefined ? {} : { columnSpan };
  if (typeof value === 'string') {
    return new TableCell({
      ...common,
      children: [paragraph(hasText(value) ? textRuns(value) : [])],
    });
  }
  if (value.kind === 'not-set') {
    return new TableCell({
      ...common,
      shading: NOT_SET_SHADING,
      children: [paragraph([notSetRun()])],
    });
  }
  return new TableCell({
    ...common,
    ...(value.fill === undefined
      ? {}
      : { shading: { type: ShadingType.CLEAR, color: 'auto', fill: value.fill } }),
    children: value.paragraphs.length === 0 ? [paragraph([])] : [...value.paragraphs],
  });
}

/** Scales relative widths to whole twips that add up to `total`. */
export function scaleWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((accumulated, weight) => accumulated + weight, 0);
  if (sum <= 0) {
    return weights.map(() => Math.floor(total / Math.max(weights.length, 1)));
  }
  const widths = weights.map((weight) => Math.floor((weight / sum) * total));
  const remainder = total - widths.reduce((accumulated, width) => accumulated + width, 0);
  if (widths.length > 0) {
    widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + remainder;
  }
  return widths;
}
