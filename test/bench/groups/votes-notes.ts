/**
 * The notes part of the `votes` group (issue #26): 300 phones write 3 notes each in a silent
 * writing round, as a room does (picked up over 5 s, 0.3–0.8 s between notes, the same pace
 * as the ballots' `vote_ack_p99_ms`), 3 rounds. Each note is timed from send to
 * acknowledgement (it is on the disk by then); after each round closes, every acknowledged
 * note is looked for in it, text and all.
 */
import type { VotingService } from '../../../electron/host/voting/voting-service';
import { TEST_WORKSHOP } from '../../voting/support/test-workshop';
import type { BenchContext } from '../registry';
import { percentile } from '../statistics';
import { paceFor, type PhoneLoad } from './votes';

/** Phones that write, and the notes each writes (issue #26: 300 × 3). */
const WRITERS = 300;
const NOTES_EACH = 3;
const ROUNDS = 3;

/** Runs the writing rounds; `lost` counts notes sent but not acknowledged, or acknowledged but missing. */
export async function measureNotes(
  service: VotingService,
  phones: PhoneLoad,
  context: BenchContext,
): Promise<{ lost: number; ackP99: number }> {
  const ackMs: number[] = [];
  let lost = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const activityId = `bench-notes-${round}`;
    await service.methods['voting.openActivity']({
      ...TEST_WORKSHOP,
      activityId,
      kind: 'writing',
      prompt: 'What will break when we scale to 14 depots?',
      durationSeconds: null,
    });
    const notes = Array.from({ length: WRITERS }, (_, phone) =>
      Array.from(
        { length: NOTES_EACH },
        (_, note) => `Round ${round}, phone ${phone}, note ${note}: the depot Wi-Fi`,
      ),
    );
    const result = await phones.writeNotes({ activityId, notes, pace: paceFor(round, WRITERS, NOTES_EACH) });
    const closed = await service.methods['voting.closeActivity'](undefined);
    await service.methods['voting.revealActivity'](undefined);
    const kept = new Map((closed.activity?.writing?.notes ?? []).map((note) => [note.id, note.text]));
    const found = result.acknowledged.filter(([id, text]) => kept.get(id) === text).length;
    const missing = WRITERS * NOTES_EACH - found;
    lost += missing;
    ackMs.push(...result.ackMs);
    context.log(
      `notes ${round}: ${result.seconds.toFixed(3)} s, ack p50 ${percentile(result.ackMs, 0.5).toFixed(1)} ms, p99 ${percentile(result.ackMs, 0.99).toFixed(1)} ms, refused ${result.refused}, lost ${missing}`,
    );
  }
  const ackP99 = percentile(ackMs, 0.99);
  context.log(
    `note ack over ${ackMs.length} notes: p99 ${ackP99.toFixed(1)} ms, max ${Math.max(...ackMs).toFixed(1)} ms; notes lost ${lost}`,
  );
  return { lost, ackP99 };
}
