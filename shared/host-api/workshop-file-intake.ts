/**
 * What every way a workshop file comes in (open, import, drop, restore, the library list)
 * checks before it parses: the file's size against one limit, and that its bytes are UTF-8
 * text. Pure, with no Node or DOM import beyond the standard `TextDecoder`, so the host and
 * the page (a dropped file) apply the same rule and say the same words.
 */

/**
 * The largest workshop file ReadyRoom reads: 32 MB. The largest workshop in the tests (60
 * stakeholders, 40 data sources, 40 metrics, 150 actions) is 0.3 MB, so this is about a
 * hundred times any real workshop, while still refusing a wrong or hostile file (a video,
 * a disk image, a 200 MB log renamed `.readyroom`) before it costs memory or time.
 */
export const MAX_WORKSHOP_FILE_BYTES = 32 * 1024 * 1024;

/** `32 MB`, `1.5 MB`, `200 MB`: a size as a facilitator reads it (1 MB = 1024 × 1024 bytes). */
export function describeSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 10) return `${Math.round(megabytes)} MB`;
  if (megabytes >= 0.1) return `${Math.round(megabytes * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The refusal of a file over the limit, naming the file, its size and the limit. */
export function fileTooLargeMessage(fileLabel: string, sizeBytes: number): string {
  return (
    `"${fileLabel}" is ${describeSize(sizeBytes)}, more than the ${describeSize(MAX_WORKSHOP_FILE_BYTES)} ` +
    'a ReadyRoom workshop file can be, so ReadyRoom did not open it. Check that you picked a .readyroom file ' +
    'made by ReadyRoom; a real workshop is far smaller.'
  );
}

/** True when a file of this size may be read. */
export function isWorkshopFileSizeAllowed(sizeBytes: number): boolean {
  return sizeBytes <= MAX_WORKSHOP_FILE_BYTES;
}

/** The text of a file, or what is wrong with its encoding, in words. */
export type DecodedWorkshopText =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      /** The encoding the bytes look like, when one can be told (`UTF-16`, `UTF-32`). */
      readonly encoding: 'UTF-16' | 'UTF-32' | 'not UTF-8';
      readonly message: string;
    };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * True when most of the first units of `width` bytes hold one character byte and zeros
 * elsewhere (ASCII in UTF-16 or UTF-32, either byte order).
 */
function looksWide(bytes: Uint8Array, width: number): boolean {
  const units = Math.min(32, Math.floor(bytes.length / width));
  if (units < 2) return false;
  let matching = 0;
  for (let unit = 0; unit < units; unit += 1) {
    const start = unit * width;
    let nonZero = 0;
    for (let offset = 0; offset < width; offset += 1) if (bytes[start + offset] !== 0) nonZero += 1;
    const first = bytes[start] !== 0;
    const last = bytes[start + width - 1] !== 0;
    if (nonZero === 1 && (first || last)) matching += 1;
  }
  return matching >= units * 0.7;
}

/** Tells UTF-16 and UTF-32 apart by their byte order mark, or by the zero bytes they are full of. */
function wideEncodingOf(bytes: Uint8Array): 'UTF-16' | 'UTF-32' | null {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) ||
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
  ) {
    return 'UTF-32';
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return 'UTF-16';
  // Without a byte order mark: JSON starts with ASCII, which UTF-16 writes as a zero byte
  // beside each character and UTF-32 as three. A file of zeros (a crash can leave one) is
  // damage, not an encoding: it has no characters between the zeros.
  if (looksWide(bytes, 4)) return 'UTF-32';
  if (looksWide(bytes, 2)) return 'UTF-16';
  return null;
}

/** The refusal of a file whose bytes are not UTF-8, naming the encoding when it can. */
export function wrongEncodingMessage(fileLabel: string, encoding: 'UTF-16' | 'UTF-32' | 'not UTF-8'): string {
  if (encoding === 'not UTF-8') {
    return (
      `"${fileLabel}" is not UTF-8 text, the encoding ReadyRoom workshop files are saved in: some of its bytes ` +
      'are not valid UTF-8, so part of the workshop would be garbled. It may have been saved by another program ' +
      'in another encoding (such as Windows-1252), or damaged. Open a backup or an earlier copy of the workshop, ' +
      'or save the file again as UTF-8.'
    );
  }
  return (
    `"${fileLabel}" is saved in the ${encoding} text encoding, but ReadyRoom workshop files are UTF-8. ` +
    'Another program (a text editor, or PowerShell) probably saved it. Save it again as UTF-8 ' +
    '(in most editors: Save as, Encoding: UTF-8), or open an earlier copy of the workshop.'
  );
}

/**
 * Decodes a workshop file's bytes as UTF-8, strictly: bytes that are not UTF-8 are refused,
 * never replaced (a lenient decoder would garble the workshop quietly, and the next save
 * would make that permanent). A UTF-8 byte order mark is allowed.
 */
export function decodeWorkshopText(bytes: Uint8Array, fileLabel: string): DecodedWorkshopText {
  const wide = wideEncodingOf(bytes);
  if (wide !== null) return { ok: false, encoding: wide, message: wrongEncodingMessage(fileLabel, wide) };
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    return { ok: false, encoding: 'not UTF-8', message: wrongEncodingMessage(fileLabel, 'not UTF-8') };
  }
}

/** A picked or dropped file, as reading it needs it (a DOM `File` is one). */
export interface WorkshopFileToRead {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Reads a picked or dropped workshop file in the page: its size is checked before anything
 * is read, then its bytes are decoded strictly (never with the lenient `file.text()`, which
 * would turn bytes that are not UTF-8 into `�` and import the workshop garbled).
 */
export async function readWorkshopFileText(
  file: WorkshopFileToRead,
): Promise<{ readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string }> {
  if (!isWorkshopFileSizeAllowed(file.size))
    return { ok: false, message: fileTooLargeMessage(file.name, file.size) };
  const decoded = decodeWorkshopText(new Uint8Array(await file.arrayBuffer()), file.name);
  return decoded.ok ? decoded : { ok: false, message: decoded.message };
}
