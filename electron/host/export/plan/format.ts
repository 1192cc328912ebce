/**
 * Formatting of dates, times and counts for the action plan. Calendar dates in the document
 * (`yyyy-mm-dd`) carry no time zone, so they are formatted without one: "4 Apr 2025" reads
 * the same everywhere and cannot be mistaken for 4 April or April 4.
 */

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a `yyyy-mm-dd` date as "4 Apr 2025" (`short`) or "4 April 2025" (`long`).
 * Returns an empty string for an empty or malformed date.
 */
export function formatCalendarDate(date: string, style: 'short' | 'long' = 'short'): string {
  const match = calendarDatePattern.exec(date.trim());
  if (match === null) {
    return '';
  }
  const [, year, month, day] = match;
  const monthName = MONTH_NAMES[Number(month) - 1];
  if (monthName === undefined || year === undefined || day === undefined) {
    return '';
  }
  const shownMonth = style === 'short' ? monthName.slice(0, 3) : monthName;
  return `${Number(day)} ${shownMonth} ${year}`;
}

/** The calendar date of a moment in a time zone (the computer's own when not given), as `yyyy-mm-dd`. */
export function calendarDateOf(moment: Date, timeZone?: string): string {
  const parts = formatter('date', timeZone).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The time of day of an ISO timestamp as "08:30", in a time zone (the computer's own when
 * not given). Returns an empty string for a missing or unreadable timestamp.
 */
export function formatClockTime(timestamp: string | null, timeZone?: string): string {
  if (timestamp === null) {
    return '';
  }
  const moment = new Date(timestamp);
  if (Number.isNaN(moment.getTime())) {
    return '';
  }
  return formatter('time', timeZone).format(moment);
}

// Making an Intl formatter costs far more than using one, so each is made once.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'date' | 'time', timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone ?? ''}`;
  let made = formatters.get(key);
  if (made === undefined) {
    const zone = timeZone === undefined ? {} : { timeZone };
    made =
      kind === 'date'
        ? new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', ...zone })
        : new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...zone });
    formatters.set(key, made);
  }
  return made;
}

// Counting and listing words are shared with the app, so both say the same.
export { countOf, joinWords } from '../../../../shared/workshop/statements';

/** True when a text has something other than white space in it. */
export function hasText(text: string | null | undefined): text is string {
  return text !== null && text !== undefined && text.trim() !== '';
}
