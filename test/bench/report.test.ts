import { describe, expect, it } from 'vitest';
import { meetsBudget, METRICS } from './metrics';
import { budgetMisses, formatReportTable, roundedMetrics } from './report';

describe('metric catalogue', () => {
  it('names each metric once', () => {
    const names = METRICS.map((metric) => metric.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('holds values against at-most, at-least and report-only budgets', () => {
    expect(meetsBudget(400, { kind: 'at-most', limit: 400 })).toBe(true);
    expect(meetsBudget(401, { kind: 'at-most', limit: 400 })).toBe(false);
    expect(meetsBudget(0.4, { kind: 'at-least', limit: 0.5 })).toBe(false);
    expect(meetsBudget(1e9, { kind: 'none' })).toBe(true);
  });
});

describe('roundedMetrics', () => {
  it('rounds each metric to its catalogue decimals', () => {
    expect(
      roundedMetrics('autosave', { autosave_ms: 12.3456, autosave_ratio_vs_plain_write: 3.14159 }),
    ).toEqual({
      autosave_ms: 12.35,
      autosave_ratio_vs_plain_write: 3.14,
    });
  });

  it('refuses a name missing from the catalogue or reported by the wrong group', () => {
    expect(() => roundedMetrics('startup', { startup_time: 1 })).toThrow(/not a metric/);
    expect(() => roundedMetrics('startup', { autosave_ms: 1 })).toThrow(/belongs to group "autosave"/);
    expect(() => roundedMetrics('autosave', { autosave_ms: Number.NaN })).toThrow(/NaN/);
  });
});

describe('budgetMisses', () => {
  it('lists only metrics over budget, never report-only ones', () => {
    const misses = budgetMisses({ autosave_ms: 31, autosave_baseline_ms: 1000, startup_ready_ms: 399 });
    expect(misses.map((metric) => metric.name)).toEqual(['autosave_ms']);
  });
});

describe('formatReportTable', () => {
  it('shows values with verdicts, metrics not measured, and groups that failed', () => {
    const table = formatReportTable([
      {
        group: 'autosave',
        outcome: { kind: 'measured', metrics: { autosave_ms: 31, autosave_baseline_ms: 2 } },
      },
      { group: 'docx', failure: 'Error: no Chromium' },
    ]);
    expect(table).toMatch(/autosave_ms\s+31\.00 ms\s+≤ 30 ms\s+MISSED/);
    expect(table).toMatch(/autosave_baseline_ms\s+2\.00 ms\s+— \(report only\)\s+—/);
    expect(table).toMatch(/autosave_ratio_vs_plain_write\s+not measured/);
    expect(table).toMatch(/docx_export_ms\s+group failed\s+\S.*FAILED/);
  });
});
