/**
 * Every metric the benchmarks may print, with its budget. Budgets are written here and
 * nowhere else; `docs/performance.md` and the READMEs cite this file.
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

/** The catalogue; the report lists each group's metrics in this order. */
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
    name: 'startup_library50_ready_ms',
    group: 'startup',
    unit: 'ms',
    budget: atMost(500),
    decimals: 1,
    description:
      'A library of 50 workshops: cold load to data-app-state="ready" with the list shown, median of 7',
  },
  {
    name: 'startup_large_map_drawn_ms',
    group: 'startup',
    unit: 'ms',
    budget: atMost(1200),
    decimals: 1,
    description:
      'Then the large workshop opened from that list and its stakeholder map drawn: click to every card on screen measured and painted, median of 7',
  },
  {
    name: 'startup_library50_ratio_vs_bare',
    group: 'startup',
    unit: 'ratio',
    budget: reportOnly,
    decimals: 2,
    description: 'startup_library50_ready_ms / the bare React page in the same run',
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
    budget: atMost(1.3),
    decimals: 2,
    description:
      'Same drag on a bare React Flow page with the same graph and the app’s React Flow performance options',
  },
  {
    name: 'canvas_drop_frame_p95_ms',
    group: 'canvas',
    unit: 'ms',
    budget: atMost(50),
    decimals: 1,
    description:
      'The longest wait for a frame in the 1.2 s after a drop (frames and long tasks), p95 over 20 drags',
  },
  {
    name: 'canvas_drop_frame_max_ms',
    group: 'canvas',
    unit: 'ms',
    budget: atMost(100),
    decimals: 1,
    description: 'The same, the worst of the 20 drags',
  },
  {
    name: 'canvas_1000_drag_frame_p95_ms',
    group: 'canvas',
    unit: 'ms',
    budget: atMost(33),
    decimals: 1,
    description: '1,000 stakeholders, 1,600 edges, dragging one node for 2 s; median of 7 drags',
  },
  {
    name: 'canvas_1000_ratio_vs_bare_reactflow',
    group: 'canvas',
    unit: 'ratio',
    budget: reportOnly,
    decimals: 2,
    description: 'canvas_1000_drag_frame_p95_ms / the same drag on the bare React Flow page',
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
    name: 'canvas_bare_reactflow_drop_frame_p95_ms',
    group: 'canvas',
    unit: 'ms',
    budget: reportOnly,
    decimals: 1,
    description: 'Baseline: the longest wait for a frame after a drop on bare React Flow, p95 over 20 drags',
  },
  {
    name: 'canvas_1000_bare_reactflow_frame_p95_ms',
    group: 'canvas',
    unit: 'ms',
    budget: reportOnly,
    decimals: 1,
    description: 'Baseline: p95 frame interval of the 1,000-stakeholder drag on bare React Flow',
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
    name: 'docx_end_to_end_ms',
    group: 'docx',
    unit: 'ms',
    budget: atMost(2500),
    decimals: 0,
    description:
      'Export plan (Word) pressed in the page, three canvases captured live, to the .docx downloaded; median of 5',
  },
  {
    name: 'docx_end_to_end_pictures_ms',
    group: 'docx',
    unit: 'ms',
    budget: reportOnly,
    decimals: 0,
    description:
      'Of that: pressing Export until the page sends the plan with its pictures to the host, median',
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
    description: '500 simulated phones × 4 questions over the room server on loopback, 7 bursts',
  },
  {
    name: 'vote_ack_p99_ms',
    group: 'votes',
    unit: 'ms',
    budget: atMost(100),
    decimals: 1,
    description:
      'Ballot sent to acknowledgement, 500 phones voting as a room does (picked up over 5 s, 0.3–0.8 s between taps), p99 over 3 × 2,000 ballots',
  },
  {
    name: 'notes_lost',
    group: 'votes',
    unit: 'count',
    budget: atMost(0),
    decimals: 0,
    description:
      'Silent writing rounds: 300 phones × 3 notes, 3 rounds; notes refused, or acknowledged but missing once closed',
  },
  {
    name: 'note_ack_p99_ms',
    group: 'votes',
    unit: 'ms',
    budget: atMost(100),
    decimals: 1,
    description:
      'Note sent to acknowledgement (on the disk), 300 phones writing as a room does (picked up over 5 s, 0.3–0.8 s between notes), p99 over 3 × 900 notes',
  },
  {
    name: 'vote_ack_p50_ms',
    group: 'votes',
    unit: 'ms',
    budget: reportOnly,
    decimals: 1,
    description: 'The same, p50',
  },
  {
    name: 'vote_ack_max_ms',
    group: 'votes',
    unit: 'ms',
    budget: reportOnly,
    decimals: 1,
    description: 'The same, slowest ballot',
  },
  {
    name: 'vote_ack_bare_http_p50_ms',
    group: 'votes',
    unit: 'ms',
    budget: reportOnly,
    decimals: 1,
    description:
      'Baseline: the same ballots to a bare Node http server (same bodies, keep-alive, reply size), p50',
  },
  {
    name: 'vote_ack_bare_http_p99_ms',
    group: 'votes',
    unit: 'ms',
    budget: reportOnly,
    decimals: 1,
    description: 'Baseline: the same, p99',
  },
  {
    name: 'vote_ack_bare_http_max_ms',
    group: 'votes',
    unit: 'ms',
    budget: reportOnly,
    decimals: 1,
    description: 'Baseline: the same, slowest',
  },
  {
    name: 'vote_ack_p99_ratio_vs_bare_http',
    group: 'votes',
    unit: 'ratio',
    budget: reportOnly,
    decimals: 2,
    description: 'vote_ack_p99_ms / vote_ack_bare_http_p99_ms',
  },
  {
    name: 'vote_ack_full_speed_p99_ms',
    group: 'votes',
    unit: 'ms',
    budget: reportOnly,
    decimals: 1,
    description:
      'Acknowledgement p99 in the full-speed bursts (every phone as fast as the server answers): the queue, not a wait anyone has in a room',
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
    name: 'large_file_ballot_wait_max_ms',
    group: 'large-file',
    unit: 'ms',
    budget: atMost(100),
    decimals: 1,
    description:
      '50 phones voting every 10 ms while a 200 MB file is refused and a 10 MB one opens: longest wait of a ballot from when it was due, median of 3 runs',
  },
  {
    name: 'large_file_ballot_wait_max_baseline_ms',
    group: 'large-file',
    unit: 'ms',
    budget: reportOnly,
    decimals: 1,
    description: 'Baseline: the same phones and schedule while nothing is opened',
  },
  {
    name: 'large_file_ratio_vs_baseline',
    group: 'large-file',
    unit: 'ratio',
    budget: reportOnly,
    decimals: 2,
    description: 'large_file_ballot_wait_max_ms / large_file_ballot_wait_max_baseline_ms',
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
  {
    name: 'autosave_end_to_end_ms',
    group: 'autosave',
    unit: 'ms',
    budget: atMost(60),
    decimals: 1,
    description:
      'Large workshop in the browser shell: an edit in the page, then Ctrl+S, until the file is renamed into place after fsync; median of 15',
  },
  {
    name: 'autosave_page_main_thread_ms',
    group: 'autosave',
    unit: 'ms',
    budget: atMost(30),
    decimals: 1,
    description: 'The page’s main-thread time during that save (DevTools TaskDuration), median',
  },
  {
    name: 'autosave_page_long_tasks_ms',
    group: 'autosave',
    unit: 'ms',
    budget: reportOnly,
    decimals: 1,
    description: 'Of that, the time in long tasks (over 50 ms each), median',
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
