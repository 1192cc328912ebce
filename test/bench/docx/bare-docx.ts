/**
 * The baseline of the `docx` benchmark: the docx library alone building the same document
 * content as the action plan, with none of ReadyRoom's code in the timed path.
 *
 * "The same content" is taken from the plan itself, so it cannot drift from what the plan
 * contains: `extractPlanContent` reads a packed plan once, before anything is timed, and
 * lists its body in order — every heading and paragraph (with its text), every table (its
 * column grid, and each row's cells with their spans and the text of each paragraph in
 * them) and every picture (which one, at what size). `writeBareDocx` then builds that list
 * with plain docx calls — default styles, one section, plain runs — packs it with
 * `Packer.toBuffer` and writes the file.
 *
 * What the baseline leaves out is ReadyRoom's own work: reading the workshop, the
 * formatting (styles, shading, bold and coloured runs, repeated header rows, landscape
 * sections, headers and footers, the table of contents field) and the atomic, fsynced write.
 */
import { writeFile } from 'node:fs/promises';
import {
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { readZipEntries } from '../../export/docx-parts';

/** A cell: how many grid columns it spans, and the text of each of its paragraphs. */
export interface BareCell {
  readonly span: number;
  readonly paragraphs: readonly string[];
}

/** One item of the body, in document order. */
export type BareBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  /** `picture` indexes the list of PNGs; `width` and `height` are the shown size in pixels. */
  | { readonly kind: 'picture'; readonly picture: number; readonly width: number; readonly height: number }
  | {
      readonly kind: 'table';
      readonly columnWidths: readonly number[];
      readonly rows: readonly (readonly BareCell[])[];
    };

/** The body of a document as the baseline rebuilds it. */
export type BareContent = readonly BareBlock[];

/** EMUs (what DrawingML measures in) per pixel at 96 to the inch. */
const EMU_PER_PIXEL = 9525;

const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/**
 * The body of a packed .docx: its headings, paragraphs, tables and pictures, in order.
 * `pictures` are the PNGs that went into it; a picture is identified by its bytes.
 * Throws if the document holds a picture that is not one of them.
 */
export function extractPlanContent(docx: Uint8Array, pictures: readonly Uint8Array[]): BareContent {
  const entries = readZipEntries(docx);
  const documentXml = entries.get('word/document.xml')?.toString('utf8');
  if (documentXml === undefined) throw new Error('The .docx has no word/document.xml.');
  const relationships = new Map<string, string>();
  for (const tag of (entries.get('word/_rels/document.xml.rels')?.toString('utf8') ?? '').matchAll(
    /<Relationship [^>]*>/g,
  )) {
    const id = /\bId="([^"]+)"/.exec(tag[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(tag[0])?.[1];
    if (id !== undefined && target !== undefined)
      relationships.set(id, `word/${target.replace(/^\/?word\//, '')}`);
  }
  const pictureIndex = (relationshipId: string): number => {
    const bytes = entries.get(relationships.get(relationshipId) ?? '');
    const index = bytes === undefined ? -1 : pictures.findIndex((picture) => bytes.equals(picture));
    if (index < 0)
      throw new Error(`Picture ${relationshipId} of the .docx is not one of the pictures given.`);
    return index;
  };

  const blocks: BareBlock[] = [];
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? '';
  for (const match of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const xml = match[0];
    if (xml.startsWith('<w:tbl>')) {
      blocks.push({
        kind: 'table',
        columnWidths: [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((column) => Number(column[1])),
        rows: [...xml.matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
          [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => ({
            span: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell[1] ?? '')?.[1] ?? 1),
            paragraphs: paragraphTexts(cell[1] ?? ''),
          })),
        ),
      });
      continue;
    }
    const embed = /<a:blip r:embed="([^"]+)"/.exec(xml)?.[1];
    if (embed !== undefined) {
      const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml);
      blocks.push({
        kind: 'picture',
        picture: pictureIndex(embed),
        width: Math.round(Number(extent?.[1] ?? 0) / EMU_PER_PIXEL),
        height: Math.round(Number(extent?.[2] ?? 0) / EMU_PER_PIXEL),
      });
      continue;
    }
    const style = /<w:pStyle w:val="Heading([123])"\/>/.exec(xml)?.[1];
    const text = paragraphTexts(xml).join('');
    blocks.push(
      style === undefined
        ? { kind: 'paragraph', text }
        : { kind: 'heading', level: Number(style) as 1 | 2 | 3, text },
    );
  }
  return blocks;
}

function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)].map((paragraph) =>
    [...paragraph[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((run) => decodeXml(run[1] ?? ''))
      .join(''),
  );
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Builds `content` with the docx library alone: default styles, one section, plain runs. */
export function buildBareDocument(content: BareContent, pictures: readonly Uint8Array[]): Document {
  const children = content.map((block) => {
    switch (block.kind) {
      case 'heading':
        return new Paragraph({ heading: headingLevels[block.level], children: [new TextRun(block.text)] });
      case 'paragraph':
        return new Paragraph({ children: block.text === '' ? [] : [new TextRun(block.text)] });
      case 'picture': {
        const data = pictures[block.picture];
        if (data === undefined) throw new Error(`There is no picture ${block.picture}.`);
        return new Paragraph({
          children: [
            new ImageRun({ type: 'png', data, transformation: { width: block.width, height: block.height } }),
          ],
        });
      }
      case 'table':
        return new Table({
          columnWidths: [...block.columnWidths],
          width: { size: block.columnWidths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
          rows: block.rows.map(
            (cells) =>
              new TableRow({
                children: cells.map(
                  (cell) =>
                    new TableCell({
                      ...(cell.span > 1 ? { columnSpan: cell.span } : {}),
                      children: cell.paragraphs.map(
                        (text) => new Paragraph({ children: text === '' ? [] : [new TextRun(text)] }),
                      ),
                    }),
                ),
              }),
          ),
        });
    }
  });
  return new Document({ sections: [{ children }] });
}

/** Builds, packs and writes the baseline document; returns its size in bytes. */
export async function writeBareDocx(
  content: BareContent,
  pictures: readonly Uint8Array[],
  targetPath: string,
): Promise<number> {
  const bytes = await Packer.toBuffer(buildBareDocument(content, pictures));
  await writeFile(targetPath, bytes);
  return bytes.length;
}

/** Counts for the log, to show both documents hold the same body. */
export function summariseContent(content: BareContent): string {
  const tables = content.filter((block) => block.kind === 'table');
  const rows = tables.reduce((sum, table) => sum + table.rows.length, 0);
  const cells = tables.reduce(
    (sum, table) => sum + table.rows.reduce((inRow, row) => inRow + row.length, 0),
    0,
  );
  const paragraphs = content.filter((block) => block.kind === 'paragraph' || block.kind === 'heading').length;
  const pictures = content.filter((block) => block.kind === 'picture').length;
  const characters = JSON.stringify(content).length;
  return `${tables.length} tables (${rows} rows, ${cells} cells), ${paragraphs} headings and paragraphs, ${pictures} pictures, ${(characters / 1024).toFixed(0)} KiB as JSON`;
}
