import { describe, expect, it } from 'vitest';
import {
  elapsedMs,
  extendTimer,
  formatClock,
  isOvertime,
  newStageTimer,
  pauseTimer,
  remainingMs,
  startTimer,
} from './stage-timer';

describe('stage timer', () => {
  it('counts down while running and stands still while paused', () => {
    let timer = startTimer(newStageTimer('s1', 10), 1_000);
    expect(remainingMs(timer, 61_000)).toBe(9 * 60_000);
    timer = pauseTimer(timer, 61_000);
    expect(elapsedMs(timer, 500_000)).toBe(60_000);
    timer = startTimer(timer, 500_000);
    expect(elapsedMs(timer, 530_000)).toBe(90_000);
  });

  it('starting twice or pausing a paused timer changes nothing', () => {
    const running = startTimer(newStageTimer('s1', 5), 0);
    expect(startTimer(running, 10_000)).toBe(running);
    const paused = pauseTimer(running, 1_000);
    expect(pauseTimer(paused, 9_000)).toBe(paused);
  });

  it('runs into overtime and extensions push the end back', () => {
    const timer = startTimer(newStageTimer('s1', 1), 0);
    expect(isOvertime(timer, 61_000)).toBe(true);
    const extended = extendTimer(timer, 5);
    expect(isOvertime(extended, 61_000)).toBe(false);
    expect(remainingMs(extended, 61_000)).toBe(5 * 60_000 - 1_000);
  });

  it('formats the clock as a person reads it', () => {
    expect(formatClock(10 * 60_000)).toBe('10:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-999)).toBe('0:00');
    expect(formatClock(-61_000)).toBe('−1:01');
    expect(formatClock(3_725_000)).toBe('1:02:05');
  });
});
