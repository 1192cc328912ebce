import { describe, expect, it } from 'vitest';
import { collectSamples, median, percentile, ratio, roundTo } from './statistics';

describe('median', () => {
  it('takes the middle sample of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('averages the two middle samples of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is the sample itself for one sample', () => {
    expect(median([7])).toBe(7);
  });

  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('refuses an empty list and non-finite samples', () => {
    expect(() => median([])).toThrow(/empty/);
    expect(() => median([1, Number.NaN])).toThrow(/finite/);
  });
});

describe('percentile', () => {
  const hundred = Array.from({ length: 101 }, (_, index) => index);

  it('gives the minimum at 0 and the maximum at 1', () => {
    expect(percentile([5, 2, 8], 0)).toBe(2);
    expect(percentile([5, 2, 8], 1)).toBe(8);
  });

  it('interpolates linearly between ranks', () => {
    expect(percentile(hundred, 0.95)).toBe(95);
    expect(percentile(hundred, 0.99)).toBe(99);
    expect(percentile([10, 20], 0.25)).toBe(12.5);
  });

  it('refuses a fraction outside 0..1', () => {
    expect(() => percentile([1], 95)).toThrow(/between 0 and 1/);
    expect(() => percentile([1], -0.1)).toThrow(/between 0 and 1/);
  });
});

describe('ratio and roundTo', () => {
  it('divides by the baseline and refuses a zero baseline', () => {
    expect(ratio(300, 150)).toBe(2);
    expect(() => ratio(1, 0)).toThrow(/positive baseline/);
  });

  it('rounds to the given number of decimals', () => {
    expect(roundTo(1.23456, 2)).toBe(1.23);
    expect(roundTo(1499.5, 0)).toBe(1500);
  });
});

describe('collectSamples', () => {
  it('runs the warm-up iterations unrecorded, then records the samples', async () => {
    const seen: number[] = [];
    const samples = await collectSamples({ warmUp: 2, samples: 3 }, async (iteration) => {
      seen.push(iteration);
      return iteration * 10;
    });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(samples).toEqual([20, 30, 40]);
  });
});
