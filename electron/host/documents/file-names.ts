import path from 'node:path';
import { WORKSHOP_FILE_EXTENSION } from '../../../shared/workshop/file';
import { text } from '../../../shared/text';

/** Longest file name stem ReadyRoom makes from a title, in characters. */
const LONGEST_STEM = 60;

/** Names Windows reserves for devices; a file called `con.readyroom` cannot be created there. */
const WINDOWS_RESERVED_STEM = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file name stem from a workshop title that is safe on Windows, macOS and Linux:
 * "Q3 Claims Pilot!" → `q3-claims-pilot`. Accents are dropped ("Café" → `cafe`); letters
 * of other scripts are kept. Never empty.
 */
export function slugFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const shortened = Array.from(slug).slice(0, LONGEST_STEM).join('').replace(/-+$/, '').normalize('NFC');
  if (shortened === '') return 'workshop';
  return WINDOWS_RESERVED_STEM.test(shortened) ? `${shortened}-workshop` : shortened;
}

/** The stem of a file name the user gave (an import), made safe the same way as a title. */
export function slugFromFileName(fileName: string): string {
  const base = path.basename(fileName.replace(/\\/g, '/'));
  return slugFromTitle(base.replace(/\.readyroom$/i, ''));
}

/** Compares names the way case-insensitive file systems (Windows, macOS) do. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * Candidate names for a new file: `stem.readyroom`, `stem-2.readyroom`, `stem-3.readyroom`…
 * skipping any whose key is in `taken`.
 */
export function* uniqueWorkshopNames(stem: string, taken: ReadonlySet<string>): Generator<string> {
  for (let number = 1; number < 10_000; number += 1) {
    const name = `${stem}${number === 1 ? '' : `-${number}`}${WORKSHOP_FILE_EXTENSION}`;
    if (!taken.has(nameKey(name))) yield name;
  }
}

/**
 * A moment as text that sorts in time order and is safe in file names on every system:
 * `2025-06-02T08-00-00-000Z`.
 */
export function fileStamp(moment: Date): string {
  return moment.toISOString().replace(/:/g, '-').replace('.', '-');
}

/** The pattern of {@link fileStamp}, for matching inside longer names. */
export const FILE_STAMP_PATTERN = '\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z';

/** Reads a {@link fileStamp} back as an ISO timestamp. */
export function isoFromFileStamp(stamp: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  if (match === null) return new Date(0).toISOString();
  const [, day, hours, minutes, seconds, milliseconds] = match;
  return `${day ?? ''}T${hours ?? ''}:${minutes ?? ''}:${seconds ?? ''}.${milliseconds ?? ''}Z`;
}

/** The calendar day of a moment in this computer's time zone, `yyyy-mm-dd`. */
export function localDay(moment: Date): string {
  const month = String(moment.getMonth() + 1).padStart(2, '0');
  const day = String(moment.getDate()).padStart(2, '0');
  return `${String(moment.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

/** A moment as a facilitator reads it in a message: "2 Jun 2025, 14:05". */
export function describeMoment(moment: Date): string {
  if (Number.isNaN(moment.getTime())) return text('host.documents.unknownTime');
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(moment);
}
