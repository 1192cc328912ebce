/**
 * Formatting of dates, times and counts for the action plan. Calendar dates in the document
 * (`yyyy-mm-dd`) carry no time zone, so they are formatted without one: "4 Apr 2025" reads
 * the same everywhere and cannot be mistaken for 4 April or April 4.
 */

import { type MessageId, text } from '../../../../shared/text';

/** Each month's long and short name by message id, read from the catalogue when a date is formatted. */
const MONTH_NAMES = [
  ['plan.month.january', 'plan.monthShort.january'],
  ['plan.month.february', 'plan.monthShort.february'],
  ['plan.month.march', 'plan.monthShort.march'],
  ['plan.month.april', 'plan.monthShort.april'],
  ['plan.month.may', 'plan.monthShort.may'],
  ['plan.month.june', 'plan.monthShort.june'],
  ['plan.month.july', 'plan.monthShort.july'],
  ['plan.month.august', 'plan.monthShort.august'],
  ['plan.month.september', 'plan.monthShort.september'],
  ['plan.month.october', 'plan.monthShort.october'],
  ['plan.month.november', 'plan.monthShort.november'],
  ['plan.month.december', 'plan.monthShort.december'],
] as const satisfies readonly (readonly [MessageId, MessageId])[];

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
  const shownMonth = text(style === 'short' ? monthNames[1] : monthNames[0]);
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

// Listing words is shared with the app, so both say the same.
export { joinWords } from '../../../../shared/workshop/statements';

/**
 * How many of `items` have each of `values` (`valueOf` tells an item's value), in the order
 * of `values`; a value no item has is left out.
 */
export function tally<Item, Value>(
  values: readonly Value[],
  items: readonly Item[],
  valueOf: (item: Item) => Value,
): { readonly value: Value; readonly count: number }[] {
  return values
    .map((value) => ({ value, count: items.filter((item) => valueOf(item) === value).length }))
    .filter((entry) => entry.count > 0);
}

/** True when a text has something other than white space in it. */
export function hasText(text: string | null | undefined): text is string {
  return text !== null && text !== undefined && text.trim() !== '';
}
