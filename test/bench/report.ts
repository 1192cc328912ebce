/**
 * Turns group outcomes into the two outputs of `npm run bench`: the JSON object
 * (metric name → rounded number) and the table people read. Pure.
 */
import { describeBudget, meetsBudget, metricDefinition, METRICS, type MetricDefinition } from './metrics';
import type { GroupOutcome } from './registry';
import { roundTo } from './statistics';

/** What happened to one group in this run. */
export type GroupResult =
  | { readonly group: string; readonly outcome: GroupOutcome }
  | { readonly group: string; readonly failure: string };

/**
 * The metrics a group measured, rounded to their catalogue decimals. Throws for a name
 * missing from `metrics.ts`, a metric that belongs to another group, or a non-finite value.
 */
export function roundedMetrics(
  group: string,
  metrics: Readonly<Record<string, number>>,
): Record<string, number> {
  const rounded: Record<string, number> = {};
  for (const [name, value] of Object.entries(metrics)) {
    const definition = metricDefinition(name);
    if (definition.group !== group) {
      throw new Error(`Group "${group}" reported "${name}", which belongs to group "${definition.group}".`);
    }
    if (!Number.isFinite(value)) throw new Error(`Group "${group}" reported ${name} = ${value}.`);
    rounded[name] = roundTo(value, definition.decimals);
  }
  return rounded;
}

/** The definitions of measured metrics that miss their budget. */
export function budgetMisses(values: Readonly<Record<string, number>>): MetricDefinition[] {
  return Object.entries(values)
    .map(([name, value]) => ({ definition: metricDefinition(name), value }))
    .filter(({ definition, value }) => !meetsBudget(value, definition.budget))
    .map(({ definition }) => definition);
}

function formatValue(definition: MetricDefinition, value: number): string {
  const unit = definition.unit === 'ratio' ? '×' : definition.unit === 'count' ? '' : ` ${definition.unit}`;
  return `${value.toFixed(definition.decimals)}${unit}`;
}

/**
 * A plain-text table with one row per metric of every group that ran: value, budget and
 * `ok` / `MISSED`, or why there is no value (group failed, metric not measured).
 */
export function formatReportTable(results: readonly GroupResult[]): string {
  const rows: [string, string, string, string][] = [['metric', 'value', 'budget', 'ok?']];
  for (const result of results) {
    const definitions = METRICS.filter((metric) => metric.group === result.group);
    const values = 'outcome' in result && result.outcome.kind === 'measured' ? result.outcome.metrics : {};
    for (const definition of definitions) {
      const value = values[definition.name];
      let shown: string;
      let verdict: string;
      if (value !== undefined) {
        shown = formatValue(definition, value);
        verdict =
          definition.budget.kind === 'none' ? '—' : meetsBudget(value, definition.budget) ? 'ok' : 'MISSED';
      } else if ('failure' in result) {
        [shown, verdict] = ['group failed', 'FAILED'];
      } else {
        [shown, verdict] = ['not measured', '—'];
      }
      rows.push([definition.name, shown, describeBudget(definition), verdict]);
    }
  }
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(...rows.map((row) => [...(row[column] ?? '')].length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - [...cell].length))
      .join('  ')
      .trimEnd();
  const separator = widths.map((width) => '-'.repeat(width)).join('  ');
  const [header, ...body] = rows;
  return [line(header ?? []), separator, ...body.map(line)].join('\n');
}
