/**
 * Reads a packed .docx in tests without a zip library: the parts by name, and the
 * paragraphs of the body as style and text. Enough to check what the builders wrote.
 */
import { inflateRawSync } from 'node:zlib';

/** The files inside a zip archive, by name. */
export function readZipEntries(zip: Uint8Array): Map<string, Buffer> {
  const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const endOfDirectory = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) {
    throw new Error('not a zip file');
  }
  const entryCount = bytes.readUInt16LE(endOfDirectory + 10);
  let offset = bytes.readUInt32LE(endOfDirectory + 16);
  const entries = new Map<string, Buffer>();
  for (let index = 0; index < entryCount; index += 1) {
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const localHeader = bytes.readUInt32LE(offset + 42);
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart =
      localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A paragraph of the body: its style id (empty for Normal) and its text. */
export interface BodyParagraph {
  readonly style: string;
  readonly text: string;
}

/** The paragraphs of `word/document.xml`, in order, including those in tables. */
export function bodyParagraphs(documentXml: string): BodyParagraph[] {
  const paragraphs: BodyParagraph[] = [];
  for (const match of documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const xml = match[0];
    const style = /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? '';
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((run) => decodeXml(run[1] ?? ''))
      .join('');
    paragraphs.push({ style, text });
  }
  return paragraphs;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
