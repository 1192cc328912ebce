import { describe, expect, it } from 'vitest';
import { calendarDateOf, formatCalendarDate, formatClockTime, joinWords } from './format';

describe('formatting for the plan', () => {
  it('writes calendar dates without a time zone, so they never shift by a day', () => {
    expect(formatCalendarDate('2025-04-04')).toBe('4 Apr 2025');
    expect(formatCalendarDate('2025-06-30')).toBe('30 Jun 2025');
    expect(formatCalendarDate('2025-03-18', 'long')).toBe('18 March 2025');
  });

  it('writes nothing for an empty or malformed date', () => {
    expect(formatCalendarDate('')).toBe('');
    expect(formatCalendarDate('2025-13-01')).toBe('');
    expect(formatCalendarDate('soon')).toBe('');
  });

  it('gives clock times and dates in the time zone asked for', () => {
    expect(formatClockTime('2025-03-18T08:30:00.000Z', 'UTC')).toBe('08:30');
    expect(formatClockTime('2025-06-18T08:30:00.000Z', 'Europe/London')).toBe('09:30');
    expect(formatClockTime(null, 'UTC')).toBe('');
    expect(calendarDateOf(new Date('2025-03-18T23:30:00.000Z'), 'Asia/Tokyo')).toBe('2025-03-19');
  });

  it('joins words as English does', () => {
    expect(joinWords(['data'])).toBe('data');
    expect(joinWords(['data', 'buy-in'])).toBe('data and buy-in');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
