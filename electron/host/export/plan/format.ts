/**
 * Formatting of dates, times and counts for the action plan. Calendar dates in the document
 * (`yyyy-mm-dd`) carry no time zone, so they are formatted without one: "4 Apr 2025" reads
 * the same everywhere and cannot be mistaken for 4 April or April 4.
 */

import { text } from '../../../../shared/text';

/** Each month's name, long and short, from the text catalogue. */
const MONTH_NAMES = [
  [text('plan.month.january'), text('plan.monthShort.january')],
  [text('plan.month.february'), text('plan.monthShort.february')],
  [text('plan.month.march'), text('plan.monthShort.march')],
  [text('plan.month.april'), text('plan.monthShort.april')],
  [text('plan.month.may'), text('plan.monthShort.may')],
  [text('plan.month.june'), text('plan.monthShort.june')],
  [text('plan.month.july'), text('plan.monthShort.july')],
  [text('plan.month.august'), text('plan.monthShort.august')],
  [text('plan.month.september'), text('plan.monthShort.september')],
  [text('plan.month.october'), text('plan.monthShort.october')],
  [text('plan.month.november'), text('plan.monthShort.november')],
  [text('plan.month.december'), text('plan.monthShort.december')],
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
  const monthNames = MONTH_NAMES[Number(month) - 1];
  if (monthNames === undefined || year === undefined || day === undefined) {
    return '';
  }
  const shownMonth = style === 'short' ? monthNames[1] : monthNames[0];
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
