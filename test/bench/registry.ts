/**
 * The benchmark group registry. A group measures one feature and returns metrics named in
 * `metrics.ts`; `groups/index.ts` lists the groups in the order `npm run bench` runs them.
 */
import { fileURLToPath } from 'node:url';

/** The repository root (two folders above this file). */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What a group gets from the runner. */
export interface BenchContext {
  readonly repositoryRoot: string;
  /** Progress for people. Always stderr: stdout belongs to the result. */
  log(message: string): void;
}

/** Metric name (from `metrics.ts`) → measured value, unrounded. */
export type MetricValues = Readonly<Record<string, number>>;

/** What a group run produced (a group that cannot measure throws). */
export interface GroupOutcome {
  readonly kind: 'measured';
  readonly metrics: MetricValues;
}

/** One named benchmark group. */
export interface BenchGroup {
  readonly name: string;
  run(context: BenchContext): Promise<GroupOutcome>;
}

/** Declares a group; list it in `groups/index.ts` so the runner knows it. */
export function defineGroup(name: string, run: (context: BenchContext) => Promise<GroupOutcome>): BenchGroup {
  return { name, run };
}

/** The outcome of a group that measured something. */
export function measured(metrics: MetricValues): GroupOutcome {
  return { kind: 'measured', metrics };
}

/** A context that logs to stderr with a `[bench]` prefix. */
export function createBenchContext(): BenchContext {
  return {
    repositoryRoot: REPOSITORY_ROOT,
    log: (message) => process.stderr.write(`[bench] ${message}\n`),
  };
}
