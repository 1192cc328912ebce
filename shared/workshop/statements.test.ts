import { describe, expect, it } from 'vitest';
import { anAction, aReadiness, aWorkshop } from '../../test/fixtures/builders';
import { conditionsLostSentence, gapStatements } from './statements';

describe('conditionsLostSentence', () => {
  const retrospective = aWorkshop().retrospective;

  it('counts a condition marked "partly" and says so', () => {
    const sentence = conditionsLostSentence({
      ...retrospective,
      conditions: {
        ...retrospective.conditions,
        curatedData: { vanishesAtScale: 'yes', notes: '' },
        closeSponsor: { vanishesAtScale: 'partly', notes: '' },
      },
    });
    expect(sentence).toBe(
      '2 of 4 pilot conditions will not hold at scale: clean data prepared by hand and a senior sponsor watching closely (partly).',
    );
  });

  it('says nothing while no condition is marked as vanishing', () => {
    expect(conditionsLostSentence(retrospective)).toBeNull();
  });
});

describe('gapStatements', () => {
  it('puts every "no" before every "partly" and counts the actions on each', () => {
    const gaps = gapStatements({
      readiness: aReadiness({ ownership: 'partly', data: 'yes', buyIn: 'no', metrics: 'partly' }),
      actions: [
        anAction({ killer: 'metrics' }),
        anAction({ killer: 'metrics' }),
        anAction({ killer: 'data' }),
      ],
    });
    expect(gaps.map((gap) => gap.sentence)).toEqual([
      'Buy-in (final answer: No). No action in the plan works on this gap yet.',
      'Ownership (final answer: Partly). No action in the plan works on this gap yet.',
      'Metrics (final answer: Partly). 2 actions in the plan work on this gap.',
    ]);
  });
});
