import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aBallot, aVotingRound, fixtureId } from '../../test/fixtures/builders';
import type { Answer } from '../../shared/workshop/readiness';
import { openTestWorkshop, type TestWorkshop } from '../../test/support/workshop-store';
import { presentationFor } from './presentation-sync';

describe('the spread beside the revealed results', () => {
  let test: TestWorkshop;
  beforeEach(async () => {
    test = await openTestWorkshop('Depot rollout');
    const stage = test.store.getState().workshop?.agenda.find((item) => item.kind === 'readiness');
    test.store.getState().goToStage(stage?.id ?? '');
  });
  afterEach(() => test.dispose());

  /** A revealed phone round on Data: two Yes (sure 5 and 4) and two No (sure 2 and 1). */
  function voteOnData(askConfidence: boolean) {
    const roundId = fixtureId('round-1');
    const votes: [Answer, number][] = [
      ['yes', 5],
      ['yes', 4],
      ['no', 2],
      ['no', 1],
    ];
    test.store.getState().recordOutsideFacts((workshop) => ({
      ...workshop,
      readiness: {
        ...workshop.readiness,
        rounds: [aVotingRound({ id: roundId, questionIds: ['data'], revealed: true, askConfidence })],
        ballots: votes.map(([answer, confidence], index) =>
          aBallot({
            roundId,
            questionId: 'data',
            answer,
            voter: { kind: 'device', deviceId: fixtureId(`device-${index}`) },
            ...(askConfidence ? { confidence } : {}),
          }),
        ),
      },
    }));
    test.store
      .getState()
      .setPresentedResults([{ roundNumber: 1, counts: [{ questionId: 'data', yes: 2, partly: 0, no: 2 }] }]);
  }

  it('says the room was split, and how sure it was, when the round asked', () => {
    voteOnData(true);
    expect(presentationFor(test.store.getState()).results[0]?.counts[0]?.spread).toEqual({
      level: 'split',
      averageConfidence: 3,
    });
  });

  it('says nothing of a spread when the round did not ask how sure', () => {
    voteOnData(false);
    expect(presentationFor(test.store.getState()).results[0]?.counts[0]?.spread).toBeUndefined();
  });
});
