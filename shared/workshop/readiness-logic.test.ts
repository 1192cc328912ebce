import { describe, expect, it } from 'vitest';
import {
  aBallot,
  aHandCount,
  aReadiness,
  aVotingRound,
  fixtureId,
  FIXED_TIME,
} from '../../test/fixtures/builders';
import type { VotingRoundId } from './ids';
import type { Answer, QuestionId } from './readiness';
import { computeVerdict, countedBallots, tallyRound, tallyRounds } from './readiness-logic';

const roundId: VotingRoundId = fixtureId('round-1');
const later = '2025-03-18T09:05:00.000Z';

function withFinalAnswers(answers: Partial<Record<QuestionId, Answer | null>>) {
  return { readiness: aReadiness(answers) };
}

describe('computeVerdict', () => {
  it('is ready with four final yeses', () => {
    const verdict = computeVerdict(
      withFinalAnswers({ ownership: 'yes', data: 'yes', buyIn: 'yes', metrics: 'yes' }),
    );

    expect(verdict).toEqual({
      kind: 'ready',
      gaps: [],
      unanswered: [],
      sentence: 'Ready to scale: the group answered yes to all four questions.',
    });
  });

  it('is not ready when any answer is partly, because partly is not yes', () => {
    const verdict = computeVerdict(
      withFinalAnswers({ ownership: 'yes', data: 'yes', buyIn: 'partly', metrics: 'yes' }),
    );

    expect(verdict).toEqual({
      kind: 'not-ready',
      gaps: ['buyIn'],
      unanswered: [],
      sentence:
        'Not ready to scale yet: one question is short of a yes (buy-in), and each needs actions before scaling.',
    });
  });

  it('lists every gap in question order', () => {
    const verdict = computeVerdict(
      withFinalAnswers({ ownership: 'no', data: 'partly', buyIn: 'yes', metrics: 'no' }),
    );

    expect(verdict.kind).toBe('not-ready');
    expect(verdict.gaps).toEqual(['ownership', 'data', 'metrics']);
    expect(verdict.sentence).toBe(
      'Not ready to scale yet: three questions are short of a yes (ownership, data and metrics), and each needs actions before scaling.',
    );
  });

  it('says all four when nothing is a yes', () => {
    const verdict = computeVerdict(
      withFinalAnswers({ ownership: 'no', data: 'no', buyIn: 'no', metrics: 'partly' }),
    );

    expect(verdict.sentence).toContain('all four questions are short of a yes');
  });

  it('is incomplete while any final answer is missing, even with three yeses', () => {
    const verdict = computeVerdict(withFinalAnswers({ ownership: 'yes', data: 'yes', buyIn: 'yes' }));

    expect(verdict).toEqual({
      kind: 'incomplete',
      gaps: [],
      unanswered: ['metrics'],
      sentence: 'No verdict yet: 1 question still needs a final answer (metrics).',
    });
  });

  it('reports known gaps while incomplete', () => {
    const verdict = computeVerdict(withFinalAnswers({ data: 'no' }));

    expect(verdict.kind).toBe('incomplete');
    expect(verdict.gaps).toEqual(['data']);
    expect(verdict.unanswered).toEqual(['ownership', 'buyIn', 'metrics']);
    expect(verdict.sentence).toBe(
      'No verdict yet: 3 questions still need a final answer (ownership, buy-in and metrics); data is already short of a yes.',
    );
  });

  it('is incomplete for a new workshop', () => {
    expect(computeVerdict(withFinalAnswers({})).kind).toBe('incomplete');
  });
});

describe('countedBallots', () => {
  it('keeps only the latest ballot of a voter per round and question', () => {
    const first = aBallot({ answer: 'no', castAt: FIXED_TIME });
    const changed = aBallot({ answer: 'yes', castAt: later });

    expect(countedBallots([changed, first])).toEqual([changed]);
  });

  it('prefers the ballot later in the list when both were cast at the same moment', () => {
    const first = aBallot({ answer: 'no' });
    const second = aBallot({ answer: 'partly' });

    expect(countedBallots([first, second])).toEqual([second]);
  });

  it('counts each voter, question and round separately', () => {
    const ballots = [
      aBallot({ questionId: 'data' }),
      aBallot({ questionId: 'metrics' }),
      aBallot({ questionId: 'data', roundId: fixtureId('round-2') }),
      aBallot({ questionId: 'data', voter: { kind: 'device', deviceId: fixtureId('device-2') } }),
      aBallot({ questionId: 'data', voter: { kind: 'label', label: 'device-1' } }),
    ];

    expect(countedBallots(ballots)).toEqual(ballots);
  });
});

describe('tallyRound', () => {
  const device = (number: number) => ({ kind: 'device' as const, deviceId: fixtureId(`device-${number}`) });

  it('counts one vote per device per question, the latest winning', () => {
    const readiness = aReadiness(
      {},
      {
        rounds: [aVotingRound({ id: roundId })],
        ballots: [
          aBallot({ roundId, voter: device(1), questionId: 'data', answer: 'yes', castAt: FIXED_TIME }),
          aBallot({ roundId, voter: device(1), questionId: 'data', answer: 'no', castAt: later }),
          aBallot({ roundId, voter: device(2), questionId: 'data', answer: 'partly' }),
          aBallot({ roundId, voter: device(3), questionId: 'data', answer: 'no' }),
          aBallot({ roundId, voter: device(1), questionId: 'ownership', answer: 'yes' }),
        ],
      },
    );

    const counts = tallyRound(readiness, roundId);

    expect(counts.data).toEqual({ yes: 0, partly: 1, no: 2, total: 3 });
    expect(counts.ownership).toEqual({ yes: 1, partly: 0, no: 0, total: 1 });
    expect(counts.metrics).toEqual({ yes: 0, partly: 0, no: 0, total: 0 });
  });

  it('leaves out ballots of other rounds and of questions the round did not ask', () => {
    const readiness = aReadiness(
      {},
      {
        rounds: [aVotingRound({ id: roundId, questionIds: ['data'] })],
        ballots: [
          aBallot({ roundId, questionId: 'metrics' }),
          aBallot({ roundId: fixtureId('round-other'), questionId: 'data' }),
        ],
      },
    );

    expect(tallyRound(readiness, roundId).data.total).toBe(0);
    expect(tallyRound(readiness, roundId).metrics.total).toBe(0);
  });

  it('uses the last hand count of a show-of-hands round', () => {
    const readiness = aReadiness(
      {},
      {
        rounds: [aVotingRound({ id: roundId, mode: 'hands' })],
        ballots: [aBallot({ roundId, questionId: 'buyIn', answer: 'yes' })],
        handCounts: [
          aHandCount({ roundId, questionId: 'buyIn', yes: 1, partly: 1, no: 1 }),
          aHandCount({ roundId, questionId: 'buyIn', yes: 4, partly: 3, no: 2 }),
        ],
      },
    );

    expect(tallyRound(readiness, roundId).buyIn).toEqual({ yes: 4, partly: 3, no: 2, total: 9 });
  });

  it('counts nothing for a round that does not exist', () => {
    expect(tallyRound(aReadiness(), roundId).ownership.total).toBe(0);
  });
});

describe('tallyRounds', () => {
  it('returns the rounds in round-number order', () => {
    const second = aVotingRound({ number: 2 });
    const first = aVotingRound({ number: 1 });

    expect(tallyRounds(aReadiness({}, { rounds: [second, first] })).map((tally) => tally.round)).toEqual([
      first,
      second,
    ]);
  });
});
