/**
 * Pure number helpers for benchmarks: medians, percentiles and ratios over timing samples.
 */

function sortedCopy(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new Error('Cannot summarise an empty list of samples.');
  for (const sample of samples) {
    if (!Number.isFinite(sample)) throw new Error(`A sample is not a finite number: ${sample}.`);
  }
  return [...samples].sort((left, right) => left - right);
}

/**
 * The `fraction`-th percentile (0 ≤ fraction ≤ 1) by linear interpolation between the two
 * nearest ranks, as spreadsheets and NumPy's default do: `percentile([1, 2, 3, 4], 0.5)` is 2.5.
 */
export function percentile(samples: readonly number[], fraction: number): number {
  if (!(fraction >= 0 && fraction <= 1)) {
    throw new Error(`A percentile is a fraction between 0 and 1, not ${fraction}.`);
  }
  const sorted = sortedCopy(samples);
  const position = (sorted.length - 1) * fraction;
  const lowerIndex = Math.floor(position);
  const upperIndex = Math.ceil(position);
  const lower = sorted[lowerIndex] as number;
  const upper = sorted[upperIndex] as number;
  return lower + (upper - lower) * (position - lowerIndex);
}

/** The middle sample (the mean of the two middle ones for an even count). */
export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}

/** `value / baseline`, refusing a zero or negative baseline rather than printing Infinity. */
export function ratio(value: number, baseline: number): number {
  if (!(baseline > 0)) throw new Error(`A ratio needs a positive baseline, got ${baseline}.`);
  return value / baseline;
}

/** Rounds to a fixed number of decimals for printing and JSON (never for comparisons). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * Runs `measure` `warmUp` times unmeasured, then `samples` times, and returns the
 * measurements. `measure` returns its own duration so it can time only the part that matters.
 */
export async function collectSamples(
  options: { readonly warmUp: number; readonly samples: number },
  measure: (iteration: number) => Promise<number>,
): Promise<number[]> {
  for (let iteration = 0; iteration < options.warmUp; iteration += 1) await measure(iteration);
  const results: number[] = [];
  for (let iteration = 0; iteration < options.samples; iteration += 1) {
    results.push(await measure(options.warmUp + iteration));
  }
  return results;
}
