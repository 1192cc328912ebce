import { describe, expect, it } from 'vitest';
import { aBallot, aReadiness, aVotingRound, aWorkshop, fixtureId } from '../../test/fixtures/builders';
import type { VotingRoundId } from './ids';
import { withRecordedRounds, withVotingFactsOf } from './readiness-facts';

const roundId = (text: string) => fixtureId(text) as VotingRoundId;

describe('withVotingFactsOf', () => {
  it('puts the later rounds and ballots back into an earlier document, keeping its typed answers', () => {
    const phoneRound = aVotingRound({ id: roundId('r1'), number: 1, closedAt: '2026-03-01T10:05:00.000Z' });
    const handsRound = aVotingRound({ id: roundId('r2'), number: 2, mode: 'hands' });
    const earlier = aWorkshop({
      readiness: aReadiness({ ownership: 'no' }, { rounds: [handsRound] }),
    });
    const later = aWorkshop({
      id: earlier.id,
      readiness: aReadiness(
        { ownership: 'yes' },
        {
          rounds: [phoneRound],
          ballots: [aBallot({ roundId: phoneRound.id }), aBallot({ roundId: phoneRound.id, answer: 'no' })],
        },
      ),
    });
    const kept = withVotingFactsOf(earlier, later);
    // The show of hands is the facilitator's own record, so the earlier document's stays.
    expect(kept.readiness.rounds.map((round) => round.id)).toEqual([phoneRound.id, handsRound.id]);
    expect(kept.readiness.ballots).toBe(later.readiness.ballots);
    expect(kept.readiness.finalAnswers.ownership.answer).toBe('no');
  });

  it('returns the document itself when the facts already agree', () => {
    const workshop = aWorkshop({ readiness: aReadiness({}, { rounds: [aVotingRound()] }) });
    expect(withVotingFactsOf(workshop, workshop)).toBe(workshop);
  });
});

describe('withRecordedRounds', () => {
  it('adds a round and ballots the document never heard of, and closes a round it thought open', () => {
    const open = aVotingRound({ id: roundId('r1'), number: 1 });
    const ballot = aBallot({ id: fixtureId('b1'), roundId: open.id });
    const workshop = aWorkshop({ readiness: aReadiness({}, { rounds: [open], ballots: [ballot] }) });
    const closedAt = '2026-03-01T10:10:00.000Z';
    const missing = aVotingRound({ id: roundId('r2'), number: 2, closedAt });
    const next = withRecordedRounds(workshop, [
      {
        round: { ...open, closedAt },
        ballots: [ballot, aBallot({ id: fixtureId('b2'), roundId: open.id })],
      },
      { round: missing, ballots: [aBallot({ id: fixtureId('b3'), roundId: missing.id })] },
    ]);
    expect(next.readiness.rounds.map((round) => [round.id, round.closedAt])).toEqual([
      [open.id, closedAt],
      [missing.id, closedAt],
    ]);
    expect(next.readiness.ballots.map((item) => item.id)).toEqual([
      fixtureId('b1'),
      fixtureId('b2'),
      fixtureId('b3'),
    ]);
    // Again: nothing is missing any more, so nothing changes.
    expect(withRecordedRounds(next, [{ round: missing, ballots: [] }])).toBe(next);
  });
});
