import { describe, expect, it } from 'vitest';
import {
  aBallot,
  anAction,
  aParticipant,
  aReadiness,
  aVotingRound,
  aWorkshop,
  fixtureId,
  participantOwner,
} from '../../../../test/fixtures/builders';
import { tallyRounds } from '../../../../shared/workshop';
import { firstRoundAnswers, topActions } from './answer-facts';

describe('the answer-first facts', () => {
  it('takes each question’s first-round answer from the earliest round that voted on it, a tie read the cautious way', () => {
    const first = aVotingRound({ id: fixtureId('round-1'), number: 1, questionIds: ['ownership', 'data'] });
    const second = aVotingRound({ id: fixtureId('round-2'), number: 2 });
    const vote = (
      roundId: string,
      questionId: 'ownership' | 'data' | 'buyIn',
      device: string,
      answer: 'yes' | 'partly' | 'no',
    ) =>
      aBallot({
        roundId: fixtureId(roundId),
        questionId,
        voter: { kind: 'device', deviceId: fixtureId(device) },
        answer,
      });
    const readiness = aReadiness(
      {},
      {
        // Listed out of order: the round number decides which is first.
        rounds: [second, first],
        ballots: [
          vote('round-1', 'ownership', 'd1', 'no'),
          vote('round-1', 'ownership', 'd2', 'no'),
          vote('round-1', 'ownership', 'd3', 'yes'),
          vote('round-1', 'data', 'd1', 'yes'),
          vote('round-1', 'data', 'd2', 'partly'),
          vote('round-2', 'ownership', 'd1', 'yes'),
          vote('round-2', 'buyIn', 'd1', 'partly'),
        ],
      },
    );

    expect(firstRoundAnswers(tallyRounds(readiness))).toEqual({
      ownership: { answer: 'no', votes: 2, total: 3, tied: false },
      data: { answer: 'partly', votes: 1, total: 2, tied: true },
      buyIn: { answer: 'partly', votes: 1, total: 1, tied: false },
    });
  });

  it('names the actions that matter most: open before done, high priority, then the worst gap, then the earliest date', () => {
    const ann = aParticipant({ name: 'Ann' });
    const actions = [
      anAction({ title: 'Done already', priority: 'high', status: 'done', killer: 'data' }),
      anAction({ title: 'Metrics, medium', killer: 'metrics', dueDate: '2025-04-01' }),
      anAction({ title: 'Data, medium, late', killer: 'data', dueDate: '2025-06-01' }),
      anAction({ title: 'Data, medium, early', killer: 'data', dueDate: '2025-05-01' }),
      anAction({ title: 'General, high', priority: 'high', owner: participantOwner(ann.id) }),
    ];
    const workshop = aWorkshop({
      participants: [ann],
      actions,
      readiness: aReadiness({ ownership: 'yes', data: 'no', buyIn: 'yes', metrics: 'partly' }),
    });

    expect(topActions(workshop).map((action) => action.title)).toEqual([
      'General, high',
      'Data, medium, early',
      'Data, medium, late',
    ]);
    expect(topActions(workshop, 5).at(-1)?.title).toBe('Done already');
  });

  it('never names a dropped action', () => {
    const workshop = aWorkshop({
      actions: [
        anAction({ title: 'Dropped', priority: 'high', status: 'dropped' }),
        anAction({ title: 'Kept', priority: 'low' }),
      ],
    });

    expect(topActions(workshop).map((action) => action.title)).toEqual(['Kept']);
  });
});
