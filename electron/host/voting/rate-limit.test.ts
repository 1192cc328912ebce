import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './rate-limit';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('token buckets', () => {
  it('allow a burst up to the capacity, then refuse', () => {
    const time = clock();
    const buckets = new TokenBuckets({ capacity: 20, refillPerSecond: 20 }, time.now);
    const results = Array.from({ length: 1000 }, () => buckets.take('phone'));
    expect(results.filter(Boolean)).toHaveLength(20);
    expect(results.slice(20).every((allowed) => !allowed)).toBe(true);
  });

  it('let a flood of 1,000 requests per second through only at the refill rate', () => {
    const time = clock();
    const buckets = new TokenBuckets({ capacity: 20, refillPerSecond: 20 }, time.now);
    let allowed = 0;
    for (let request = 0; request < 1000; request += 1) {
      if (buckets.take('flooder')) allowed += 1;
      time.advance(1);
    }
    // 20 at once plus 20 per second over the one second of flooding.
    expect(allowed).toBeLessThanOrEqual(41);
    expect(allowed).toBeGreaterThanOrEqual(39);
  });

  it('refill over time but never above the capacity', () => {
    const time = clock();
    const buckets = new TokenBuckets({ capacity: 2, refillPerSecond: 1 }, time.now);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([true, true, false]);
    time.advance(1000);
    expect([buckets.take('a'), buckets.take('a')]).toEqual([true, false]);
    time.advance(60_000);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([true, true, false]);
  });

  it('keep keys apart: one flooding phone does not slow another', () => {
    const time = clock();
    const buckets = new TokenBuckets({ capacity: 3, refillPerSecond: 1 }, time.now);
    for (let request = 0; request < 100; request += 1) buckets.take('flooder');
    expect(buckets.take('honest')).toBe(true);
  });

  it('stay bounded in memory when keys keep coming', () => {
    const time = clock();
    const buckets = new TokenBuckets({ capacity: 5, refillPerSecond: 5 }, time.now, 100);
    for (let key = 0; key < 10_000; key += 1) {
      buckets.take(`address-${key}`);
      time.advance(1);
    }
    expect(buckets.size).toBeLessThanOrEqual(100);
  });

  it('refuse settings that would let everything or nothing through', () => {
    expect(() => new TokenBuckets({ capacity: 0, refillPerSecond: 1 }, () => 0)).toThrow();
    expect(() => new TokenBuckets({ capacity: 1, refillPerSecond: 0 }, () => 0)).toThrow();
  });
});
