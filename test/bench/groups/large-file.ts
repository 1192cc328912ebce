/**
 * `large-file`: how long a room's ballots wait while the facilitator opens a huge workshop
 * file (refused from its size) and a 10 MB one (parsed on the worker thread), against the
 * same phones on the same schedule while nothing is opened, in the same run. What happens
 * is checked by `test/security/large-file-while-voting.test.ts`; this times it.
 */
import { performance } from 'node:perf_hooks';
import { createTestHost } from '../../support/test-host';
import { makeTemporaryDirectory } from '../../support/temporary-directory';
import { openLargeFiles, voteWhile, writeLargeFiles } from '../../voting/support/large-file-while-voting';
import { ONE_ADDRESS_ROOM_LIMITS } from '../../voting/support/one-address-limits';
import { measured, type BenchContext, type GroupOutcome } from '../registry';
import { median, ratio } from '../statistics';

/** Runs of each side, alternating which goes first; each on a fresh host and room. */
const RUNS = 3;

/** One run on a fresh host: the longest ballot wait while `opening` (or only waiting as long). */
async function longestWait(
  opening: boolean,
  baselineMs: number,
): Promise<{ longest: number; tookMs: number }> {
  const data = makeTemporaryDirectory('readyroom-bench-large-file-');
  const host = createTestHost(data.path, { voting: { roomLimits: ONE_ADDRESS_ROOM_LIMITS } });
  try {
    const files = await writeLargeFiles(host);
    const started = performance.now();
    const voting = await voteWhile(host, async () => {
      if (opening) await openLargeFiles(host, files);
      else await new Promise((resolve) => setTimeout(resolve, baselineMs));
    });
    if (voting.refusedBallots.length > 0)
      throw new Error(`Ballots refused: ${voting.refusedBallots.join('; ')}`);
    return { longest: Math.max(...voting.waits), tookMs: performance.now() - started };
  } finally {
    await host.dispose();
    data.remove();
  }
}

/** Runs the `large-file` group: `large_file_ballot_wait_max_ms` and its baseline. */
export async function runLargeFile(context: BenchContext): Promise<GroupOutcome> {
  const opening: number[] = [];
  const baseline: number[] = [];
  // The baseline votes for as long as the last opening run took, so both see as many ballots.
  let lastOpeningMs = 1000;
  for (let run = 0; run < RUNS; run += 1) {
    const order = run % 2 === 0 ? [true, false] : [false, true];
    for (const opens of order) {
      const { longest, tookMs } = await longestWait(opens, lastOpeningMs);
      if (opens) lastOpeningMs = tookMs;
      (opens ? opening : baseline).push(longest);
      context.log(
        `run ${run + 1}/${RUNS} ${opens ? 'opening the files' : 'baseline'}: longest ballot wait ${longest.toFixed(1)} ms`,
      );
    }
  }
  const openingMax = median(opening);
  const baselineMax = median(baseline);
  return measured({
    large_file_ballot_wait_max_ms: openingMax,
    large_file_ballot_wait_max_baseline_ms: baselineMax,
    large_file_ratio_vs_baseline: ratio(openingMax, baselineMax),
  });
}
