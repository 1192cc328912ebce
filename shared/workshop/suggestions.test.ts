import { describe, expect, it } from 'vitest';
import { remainingSuggestions, SUGGESTED_METRICS } from './suggested-metrics';

describe('remainingSuggestions', () => {
  it('offers every suggestion of a layer while nothing is added', () => {
    const process = remainingSuggestions('process', []);
    expect(process.map((metric) => metric.name)).toContain('Accuracy on production data');
    expect(process.every((metric) => metric.layer === 'process')).toBe(true);
    expect(remainingSuggestions('outcome', []).length).toBe(
      SUGGESTED_METRICS.filter((metric) => metric.layer === 'outcome').length,
    );
  });

  it('drops a suggestion once a metric of that layer has its name, ignoring case and spaces', () => {
    const names = remainingSuggestions('process', ['  accuracy ON production data ']).map(
      (metric) => metric.name,
    );
    expect(names).not.toContain('Accuracy on production data');
    expect(names).toContain('Exception rate');
  });
});
