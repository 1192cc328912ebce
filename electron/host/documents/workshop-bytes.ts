import { createHash } from 'node:crypto';
import {
  decodeWorkshopText,
  fileTooLargeMessage,
  isWorkshopFileSizeAllowed,
} from '../../../shared/host-api/workshop-file-intake';
import { parseWorkshopFile, type ParseWorkshopResult } from '../../../shared/workshop/file';

/**
 * Reads the bytes of a `.readyroom` file exactly as `documents.open` does. Never throws.
 * Besides what {@link parseWorkshopFile} checks, the bytes must be UTF-8 (see
 * `decodeWorkshopText`): a lenient decoder would quietly replace the others and the next
 * save would make the damage permanent. Callers check the size first (see
 * {@link sizeProblem}); this checks it again, so no path can skip it.
 */
export function readWorkshopBytes(bytes: Uint8Array, fileLabel: string): ParseWorkshopResult {
  const tooLarge = sizeProblem(bytes.byteLength, fileLabel);
  if (tooLarge !== null) return tooLarge;
  const decoded = decodeWorkshopText(bytes, fileLabel);
  if (decoded.ok) return parseWorkshopFile(decoded.text, fileLabel);
  if (decoded.encoding === 'not UTF-8') {
    // Report what is wrong with the text first (a file cut short, broken JSON); only when
    // the text still reads as a workshop is the encoding itself the problem to report.
    const leniently = parseWorkshopFile(Buffer.from(bytes).toString('utf8'), fileLabel);
    if (!leniently.ok) return leniently;
  }
  return { ok: false, problem: { kind: 'not-json', message: decoded.message } };
}

/** The refusal of a file over the size limit, before any of it is read; null when it fits. */
export function sizeProblem(sizeBytes: number, fileLabel: string): ParseWorkshopResult | null {
  if (isWorkshopFileSizeAllowed(sizeBytes)) return null;
  return { ok: false, problem: { kind: 'not-json', message: fileTooLargeMessage(fileLabel, sizeBytes) } };
}

/**
 * The revision of a file: a hash of its bytes. A content hash (not the modification time)
 * means a sync tool or an antivirus touching the file without changing it never causes a
 * false "changed on disk", while any real change is always noticed.
 */
export function revisionOf(bytes: Uint8Array): string {
  return `sha256-${createHash('sha256').update(bytes).digest('base64url')}`;
}
