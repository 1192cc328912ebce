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
import {
  attribute,
  childElements,
  descendants,
  NAMESPACES,
  paragraphText,
  parseXml,
  readZipEntries,
  type XmlElement,
} from '../../export/docx-parts';

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
  const { word, relationships, packageRelationships, drawing, wordDrawing } = NAMESPACES;
  const entries = readZipEntries(docx);
  const documentXml = entries.get('word/document.xml')?.toString('utf8');
  if (documentXml === undefined) throw new Error('The .docx has no word/document.xml.');
  const rels = entries.get('word/_rels/document.xml.rels')?.toString('utf8');
  const targets = new Map<string, string>();
  for (const relationship of rels === undefined
    ? []
    : childElements(parseXml(rels), packageRelationships, 'Relationship')) {
    const id = attribute(relationship, '', 'Id');
    const target = attribute(relationship, '', 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, `word/${target.replace(/^\/?word\//, '')}`);
  }
  const pictureIndex = (relationshipId: string): number => {
    const bytes = entries.get(targets.get(relationshipId) ?? '');
    const index = bytes === undefined ? -1 : pictures.findIndex((picture) => bytes.equals(picture));
    if (index < 0)
      throw new Error(`Picture ${relationshipId} of the .docx is not one of the pictures given.`);
    return index;
  };
  const number = (element: XmlElement | undefined, namespace: string, name: string): number | undefined => {
    const value = element === undefined ? undefined : attribute(element, namespace, name);
    return value === undefined ? undefined : Number(value);
  };

  const [body] = childElements(parseXml(documentXml), word, 'body');
  const blocks: BareBlock[] = [];
  for (const element of body === undefined ? [] : bodyBlocks(body)) {
    if (element.name === 'tbl') {
      blocks.push({
        kind: 'table',
        columnWidths: descendants(element, word, 'gridCol').map((column) => number(column, word, 'w') ?? 0),
        rows: childElements(element, word, 'tr').map((row) =>
          childElements(row, word, 'tc').map((cell) => ({
            span: number(descendants(cell, word, 'gridSpan')[0], word, 'val') ?? 1,
            paragraphs: descendants(cell, word, 'p').map(paragraphText),
          })),
        ),
      });
      continue;
    }
    const [blip] = descendants(element, drawing, 'blip');
    const embed = blip === undefined ? undefined : attribute(blip, relationships, 'embed');
    if (embed !== undefined) {
      const [extent] = descendants(element, wordDrawing, 'extent');
      blocks.push({
        kind: 'picture',
        picture: pictureIndex(embed),
        width: Math.round((number(extent, '', 'cx') ?? 0) / EMU_PER_PIXEL),
        height: Math.round((number(extent, '', 'cy') ?? 0) / EMU_PER_PIXEL),
      });
      continue;
    }
    const [style] = descendants(element, word, 'pStyle');
    const level = /^Heading([123])$/.exec(
      (style === undefined ? undefined : attribute(style, word, 'val')) ?? '',
    )?.[1];
    const text = paragraphText(element);
    blocks.push(
      level === undefined
        ? { kind: 'paragraph', text }
        : { kind: 'heading', level: Number(level) as 1 | 2 | 3, text },
    );
  }
  return blocks;
}

/**
 * The paragraphs and tables of the body in order, including those wrapped in other elements
 * (the table of contents is a `w:sdt` holding paragraphs), but not the paragraphs inside tables.
 */
function bodyBlocks(parent: XmlElement): XmlElement[] {
  return parent.children.flatMap((child) => {
    if (typeof child === 'string') return [];
    const isBlock = child.namespace === NAMESPACES.word && (child.name === 'p' || child.name === 'tbl');
    return isBlock ? [child] : bodyBlocks(child);
  });
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
