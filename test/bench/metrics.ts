/**
 * Every metric the benchmarks may print, with its budget from
 * `shared/design/quality-bars.md`. Budgets live here and only here: tests never time things.
 */

/** How a measured value is held against its budget. */
export type Budget =
  | { readonly kind: 'at-most'; readonly limit: number }
  | { readonly kind: 'at-least'; readonly limit: number }
  /** Reported for context (a baseline, an informative ratio); never fails `--check`. */
  | { readonly kind: 'none' };

/** One metric: its JSON name, which group measures it, its budget and how to print it. */
export interface MetricDefinition {
  readonly name: string;
  readonly group: string;
  readonly unit: 'ms' | 'kB' | 'MB' | 'ratio' | 'count';
  readonly budget: Budget;
  /** Decimals kept in the JSON and the table; more would only show noise. */
  readonly decimals: number;
  readonly description: string;
}

const atMost = (limit: number): Budget => ({ kind: 'at-most', limit });
const atLeast = (limit: number): Budget => ({ kind: 'at-least', limit });
const reportOnly: Budget = { kind: 'none' };

/** The catalogue, in the order of quality-bars.md (then report-only baselines). */
export const METRICS: readonly MetricDefinition[] = [
  {
    name: 'startup_ready_ms',
    group: 'startup',
    unit: 'ms',
    budget: atMost(400),
    decimals: 1,
    description: 'Built facilitator UI, cold load to data-app-state="ready", median of 7',
  },
  {
    name: 'startup_ratio_vs_bare',
    group: 'startup',
    unit: 'ratio',
    budget: atMost(2.0),
    decimals: 2,
    description: 'startup_ready_ms / the same for a bare React + Vite page',
  },
  {
    name: 'facilitator_initial_js_gzip_kb',
    group: 'startup',
    unit: 'kB',
    budget: atMost(350),
    decimals: 1,
    description: 'JavaScript fetched before ready, gzip -9 (lazy chunks excluded)',
  },
  {
    name: 'participant_total_gzip_kb',
    group: 'votes',
    unit: 'kB',
    budget: atMost(60),
    decimals: 1,
    description: 'Everything /participant.html downloads, gzip -9',
  },
  {
    name: 'canvas_drag_frame_p95_ms',
    group: 'canvas',
    unit: 'ms',
    budget: atMost(33),
    decimals: 1,
    description: '500 stakeholders, 800 edges, dragging one node for 2 s',
  },
  {
    name: 'canvas_ratio_vs_bare_reactflow',
    group: 'canvas',
    unit: 'ratio',
    budget: atMost(1.5),
    decimals: 2,
    description: 'Same drag on a bare React Flow page with the same graph',
  },
  {
    name: 'canvas_drag_frame_median_ms',
    group: 'canvas',
    unit: 'ms',
    budget: reportOnly,
    decimals: 1,
    description: 'Median frame interval during that drag (16.7 ms = 60 frames/s)',
  },
  {
    name: 'canvas_bare_reactflow_frame_p95_ms',
    group: 'canvas',
    unit: 'ms',
    budget: reportOnly,
    decimals: 1,
    description: 'Baseline: p95 frame interval of the same drag on bare React Flow',
  },
  {
    name: 'canvas_bare_reactflow_frame_median_ms',
    group: 'canvas',
    unit: 'ms',
    budget: reportOnly,
    decimals: 1,
    description: 'Baseline: median frame interval of the same drag on bare React Flow',
  },
  {
    name: 'canvas_drop_frame_ms',
    group: 'canvas',
    unit: 'ms',
    budget: reportOnly,
    decimals: 0,
    description: 'App: the frame after the mouse button is released (the drop), median',
  },
  {
    name: 'canvas_bare_reactflow_drop_frame_ms',
    group: 'canvas',
    unit: 'ms',
    budget: reportOnly,
    decimals: 0,
    description: 'Baseline: the frame after the drop on bare React Flow, median',
  },
  {
    name: 'docx_export_ms',
    group: 'docx',
    unit: 'ms',
    budget: atMost(1500),
    decimals: 0,
    description: 'Large fixture to .docx, median of 5',
  },
  {
    name: 'docx_export_peak_rss_mb',
    group: 'docx',
    unit: 'MB',
    budget: atMost(350),
    decimals: 0,
    description: 'Peak resident memory of that export process',
  },
  {
    name: 'docx_ratio_vs_bare_docx',
    group: 'docx',
    unit: 'ratio',
    budget: atMost(1.5),
    decimals: 2,
    description: 'Against the docx library alone building the same tables and pictures',
  },
  {
    name: 'votes_lost',
    group: 'votes',
    unit: 'count',
    budget: atMost(0),
    decimals: 0,
    description: '300 simulated phones × 4 questions over the room server on loopback',
  },
  {
    name: 'vote_ack_p99_ms',
    group: 'votes',
    unit: 'ms',
    budget: atMost(100),
    decimals: 1,
    description: 'Ballot sent to acknowledgement, same load',
  },
  {
    name: 'vote_throughput_ratio_vs_bare_http',
    group: 'votes',
    unit: 'ratio',
    budget: atLeast(0.5),
    decimals: 2,
    description: 'Ballots/s against a bare Node http server answering the same POSTs',
  },
  {
    name: 'join_storm_p99_ms',
    group: 'votes',
    unit: 'ms',
    budget: atMost(500),
    decimals: 1,
    description: '300 phones joining within 2 s, each from its own loopback address; join sent to reply, p99',
  },
  {
    name: 'phones_showing_results_after_reveal_ms',
    group: 'votes',
    unit: 'ms',
    budget: atMost(2000),
    decimals: 1,
    description: '300 phones on live sockets: voting.reveal to each phone holding the results, p99',
  },
  {
    name: 'autosave_ms',
    group: 'autosave',
    unit: 'ms',
    budget: atMost(30),
    decimals: 2,
    description: 'documents.save of the large fixture (temp, fsync, rename, backups), median',
  },
  {
    name: 'autosave_baseline_ms',
    group: 'autosave',
    unit: 'ms',
    budget: reportOnly,
    decimals: 2,
    description: 'Baseline: writeFileSync + fsync + rename of the same bytes, median',
  },
  {
    name: 'autosave_ratio_vs_plain_write',
    group: 'autosave',
    unit: 'ratio',
    budget: reportOnly,
    decimals: 2,
    description: 'autosave_ms / autosave_baseline_ms',
  },
];

/** The definition of `name`; throws for a name the catalogue does not know (a typo). */
export function metricDefinition(name: string): MetricDefinition {
  const definition = METRICS.find((metric) => metric.name === name);
  if (definition === undefined) {
    throw new Error(`"${name}" is not a metric in test/bench/metrics.ts; add it there with its budget.`);
  }
  return definition;
}

/** Whether `value` meets `budget` (always true for a report-only metric). */
export function meetsBudget(value: number, budget: Budget): boolean {
  switch (budget.kind) {
    case 'at-most':
      return value <= budget.limit;
    case 'at-least':
      return value >= budget.limit;
    case 'none':
      return true;
  }
}

/** The budget as people read it: `≤ 400 ms`, `≥ 0.5`, or `—` for a report-only metric. */
export function describeBudget(definition: MetricDefinition): string {
  const unit = definition.unit === 'ratio' || definition.unit === 'count' ? '' : ` ${definition.unit}`;
  switch (definition.budget.kind) {
    case 'at-most':
      return `≤ ${definition.budget.limit}${unit}`;
    case 'at-least':
      return `≥ ${definition.budget.limit}${unit}`;
    case 'none':
      return '— (report only)';
  }
}
