import { describe, expect, it } from 'vitest';
import { anAction, aMetric } from '../../test/fixtures/builders';
import { editMetricText, remainingSuggestions, retitleAction, SUGGESTED_METRICS } from './suggestions';

const timeSaved = aMetric({
  layer: 'outcome',
  name: 'Time saved per workflow',
  unit: 'minutes per case',
  definition:
    'Working time saved each time the workflow runs, compared with the same workflow before the AI.',
  fromSuggestion: 'time-saved-per-workflow',
});

describe('remainingSuggestions', () => {
  it('offers every suggestion of a layer while nothing is added', () => {
    const process = remainingSuggestions('process', []);
    expect(process.map((metric) => metric.name)).toContain('Accuracy on production data');
    expect(process.every((metric) => metric.layer === 'process')).toBe(true);
    expect(remainingSuggestions('outcome', []).length).toBe(
      SUGGESTED_METRICS.filter((metric) => metric.layer === 'outcome').length,
    );
  });

  it('drops a suggestion once a metric has its name (ignoring case and spaces) or was added from it', () => {
    const names = remainingSuggestions('process', [
      { name: '  accuracy ON production data ', fromSuggestion: null },
      { name: 'Our own uptime', fromSuggestion: 'uptime' },
    ]).map((metric) => metric.name);
    expect(names).not.toContain('Accuracy on production data');
    expect(names).not.toContain('Uptime');
    expect(names).toContain('Exception rate');
  });
});

describe('editMetricText', () => {
  it('clears the definition and unit the suggestion filled in when a suggested metric is renamed', () => {
    expect(editMetricText(timeSaved, { name: 'Invoice cycle time' })).toEqual({
      changes: { name: 'Invoice cycle time', definition: '', unit: '', fromSuggestion: null },
      cleared: { definition: timeSaved.definition, unit: 'minutes per case' },
    });
  });

  it('keeps text the room already changed, and makes the metric its own when it edits the definition', () => {
    const reworded = { ...timeSaved, unit: 'hours per invoice' };
    expect(editMetricText(reworded, { name: 'Invoice cycle time' }).changes).toEqual({
      name: 'Invoice cycle time',
      definition: '',
      fromSuggestion: null,
    });
    expect(editMetricText(timeSaved, { definition: 'Our words' })).toEqual({
      changes: { definition: 'Our words', fromSuggestion: null },
      cleared: null,
    });
  });

  it('leaves the room’s own metrics alone', () => {
    const own = { ...timeSaved, fromSuggestion: null };
    expect(editMetricText(own, { name: 'Invoice cycle time' })).toEqual({
      changes: { name: 'Invoice cycle time' },
      cleared: null,
    });
  });
});

describe('retitleAction', () => {
  it('makes a suggested action the room’s own once its title changes', () => {
    const suggested = anAction({ fromSuggestion: 'measure-baseline' });
    expect(retitleAction(suggested, 'Measure the baseline before rollout ')).toEqual({
      title: 'Measure the baseline before rollout ',
      fromSuggestion: 'measure-baseline',
    });
    expect(retitleAction(suggested, 'Measure handling time on 200 motor claims')).toEqual({
      title: 'Measure handling time on 200 motor claims',
      fromSuggestion: null,
    });
  });
});
