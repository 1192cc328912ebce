import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAR_UNITS, barSpans } from './readiness-results';

describe('the vote bar', () => {
  it('divides the bar in proportion to the votes', () => {
    expect(barSpans([5, 3, 2])).toEqual([10, 6, 4]);
    expect(barSpans([7, 0, 0])).toEqual([20, 0, 0]);
  });

  it('gives every answer with a vote at least one column', () => {
    expect(barSpans([1, 0, 99])).toEqual([1, 0, 19]);
  });

  it('is empty when nobody voted', () => {
    expect(barSpans([0, 0, 0])).toEqual([0, 0, 0]);
  });

  it('always fills the bar exactly, whatever the counts', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10_000), { minLength: 3, maxLength: 3 }), (counts) => {
        const spans = barSpans(counts);
        const total = spans.reduce((sum, span) => sum + span, 0);
        expect(total).toBe(counts.some((count) => count > 0) ? BAR_UNITS : 0);
        counts.forEach((count, index) => expect((spans[index] ?? 0) > 0).toBe(count > 0));
      }),
    );
  });
});
