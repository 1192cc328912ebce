import { createHash } from 'node:crypto';
import { parseWorkshopFile, type ParseWorkshopResult } from '../../../shared/workshop/file';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the bytes of a `.readyroom` file exactly as `documents.open` does. Never throws.
 * Besides what {@link parseWorkshopFile} checks, bytes that are not valid UTF-8 are refused:
 * a lenient decoder would quietly replace them and the next save would make the damage
 * permanent.
 */
export function readWorkshopBytes(bytes: Uint8Array, fileLabel: string): ParseWorkshopResult {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    // Report what is wrong with the text first (a file cut short, broken JSON); only when
    // the text still reads as a workshop is the encoding itself the problem to report.
    const leniently = parseWorkshopFile(Buffer.from(bytes).toString('utf8'), fileLabel);
    if (!leniently.ok) return leniently;
    return {
      ok: false,
      problem: {
        kind: 'not-json',
        message:
          `"${fileLabel}" is damaged: some of its bytes are not valid text, so part of the workshop may be garbled. ` +
          'This can happen when a disk or a copy goes wrong. Open a backup or an earlier copy of the workshop.',
      },
    };
  }
  return parseWorkshopFile(text, fileLabel);
}

/**
 * The revision of a file: a hash of its bytes. A content hash (not the modification time)
 * means a sync tool or an antivirus touching the file without changing it never causes a
 * false "changed on disk", while any real change is always noticed.
 */
export function revisionOf(bytes: Uint8Array): string {
  return `sha256-${createHash('sha256').update(bytes).digest('base64url')}`;
}
