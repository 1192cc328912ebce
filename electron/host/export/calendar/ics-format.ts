/**
 * The small part of iCalendar (RFC 5545) the reminders need: escaped text values, quoted
 * parameter values, content lines folded at 75 octets, CRLF line ends, all-day dates and
 * UTC time stamps. Nothing here knows about workshops.
 */

/** A content line's line end (RFC 5545 §3.1). */
export const CRLF = '\r\n';

/** The longest a line may be, in octets of UTF-8, not counting its line end. */
const LINE_OCTETS = 75;

/** Control characters a TEXT value may not hold (all but tab; line breaks are escaped before). */
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/**
 * A TEXT value (RFC 5545 §3.3.11): backslashes, semicolons and commas escaped, every line
 * break as `\n`, other control characters dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL, '');
}

/**
 * A parameter value (RFC 5545 §3.2): double quotes and control characters cannot appear in
 * one at all, so they become a single quote and are dropped; a value holding `:`, `;` or `,`
 * is put in double quotes.
 */
export function parameterValue(value: string): string {
  const clean = value
    .replace(/"/g, "'")
    .replace(/[\r\n]+/g, ' ')
    .replace(CONTROL, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * One content line, folded (RFC 5545 §3.1): no line is longer than 75 octets; each
 * continuation starts with a space. A character is never split across lines, so every
 * line stays valid UTF-8.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // Continuation lines give one octet to their leading space.
    const room = lines.length === 0 ? LINE_OCTETS : LINE_OCTETS - 1;
    if (octets + size > room) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

/** A property as a folded content line: `NAME;PARAM=value:value`. Parameters are given already formatted. */
export function contentLine(
  name: string,
  value: string,
  parameters: Readonly<Record<string, string>> = {},
): string {
  const parameterText = Object.entries(parameters)
    .map(([key, parameter]) => `;${key}=${parameter}`)
    .join('');
  return foldLine(`${name}${parameterText}:${value}`);
}

/** Joins content lines into an iCalendar object: CRLF after every line, the last one too. */
export function icsText(lines: readonly string[]): string {
  return lines.map((line) => `${line}${CRLF}`).join('');
}

/** A `yyyy-mm-dd` date as an iCalendar DATE (`20250404`); undefined when it is not a real date. */
export function icsDate(date: string): string | undefined {
  const day = dayOf(date);
  return day === undefined ? undefined : compactDate(day);
}

/** The DATE of the day after a `yyyy-mm-dd` date: the exclusive end of an all-day event. */
export function icsDayAfter(date: string): string | undefined {
  const day = dayOf(date);
  return day === undefined ? undefined : compactDate(new Date(day.getTime() + 86_400_000));
}

/** A moment as an iCalendar UTC DATE-TIME (`20250404T083000Z`). */
export function icsTimestamp(moment: Date): string {
  return moment
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function dayOf(date: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const moment = new Date(Date.UTC(year, month - 1, day));
  return moment.getUTCFullYear() === year && moment.getUTCMonth() === month - 1 && moment.getUTCDate() === day
    ? moment
    : undefined;
}

function compactDate(day: Date): string {
  return day.toISOString().slice(0, 10).replace(/-/g, '');
}
