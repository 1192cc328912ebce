/** Colours, font and date words the plan pictures share (paper is white, whatever the app's theme). */
import { text } from '../../shared/text';
import { dayNumber } from './roadmap-layout';

export const PICTURE_FONT = "'Carlito', 'Calibri', 'Liberation Sans', 'Arial', sans-serif";

export const PICTURE_COLOURS = {
  ink: '#262626',
  muted: '#595959',
  navy: '#1F3A5F',
  rule: '#BFC7D1',
  band: '#F2F5F9',
  milestone: '#B83A2E',
} as const;

const DAY_MS = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

/** "4 Apr" (or "4 Apr 2025" with the year) for a day number or a `yyyy-mm-dd` date; empty when unreadable. */
export function shortDate(day: number | string, withYear = false): string {
  const number = typeof day === 'string' ? dayNumber(day) : day;
  if (Number.isNaN(number)) return '';
  const key = `${text.locale} ${String(withYear)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(text.locale === 'en' ? 'en-GB' : text.locale, {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  return format.format(new Date(number * DAY_MS));
}
