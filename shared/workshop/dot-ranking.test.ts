import { describe, expect, it } from 'vitest';
import { anAction, aWorkshop, fixtureId } from '../../test/fixtures/builders';
import { aDotVote } from '../../test/fixtures/room-builders';
import { applyDotRanking, dotRanking, prioritiesFromRanking } from './dot-ranking';
import type { ActionId } from './ids';
import type { DotItem } from './room-activities';

const actionItem = (number: number): DotItem => ({
  id: fixtureId(`item-${number}`),
  label: `Action ${number}`,
  actionId: fixtureId(`action-${number}`) as ActionId,
});

describe('dotRanking', () => {
  it('ranks by dots, keeping the offered order for ties, which share a rank', () => {
    const vote = aDotVote([actionItem(1), actionItem(2), actionItem(3), actionItem(4)], [2, 7, 2, 0]);

    expect(dotRanking(vote).map((entry) => [entry.item.label, entry.dots, entry.rank])).toEqual([
      ['Action 2', 7, 1],
      ['Action 1', 2, 2],
      ['Action 3', 2, 2],
      ['Action 4', 0, 4],
    ]);
  });

  it('is empty while the vote is open', () => {
    expect(dotRanking(aDotVote([actionItem(1), actionItem(2)], null))).toEqual([]);
  });
});

describe('prioritiesFromRanking', () => {
  it('cuts eight actions into 3 high, 3 medium and 2 low', () => {
    const items = Array.from({ length: 8 }, (_, index) => actionItem(index + 1));
    const priorities = prioritiesFromRanking(dotRanking(aDotVote(items, [9, 8, 7, 6, 5, 4, 3, 2])));

    expect([...priorities.values()]).toEqual([
      'high',
      'high',
      'high',
      'medium',
      'medium',
      'medium',
      'low',
      'low',
    ]);
  });

  it('gives tied actions the better priority, and low to an action with no dot', () => {
    const items = Array.from({ length: 6 }, (_, index) => actionItem(index + 1));
    // Thirds of six: 2 high, 2 medium, 2 low; the third action ties with the second.
    const priorities = prioritiesFromRanking(dotRanking(aDotVote(items, [5, 4, 4, 3, 0, 0])));

    expect(Object.fromEntries(priorities)).toEqual({
      [fixtureId('action-1')]: 'high',
      [fixtureId('action-2')]: 'high',
      [fixtureId('action-3')]: 'high',
      [fixtureId('action-4')]: 'medium',
      [fixtureId('action-5')]: 'low',
      [fixtureId('action-6')]: 'low',
    });
  });
});

describe('applyDotRanking', () => {
  it('sets the priority of the actions on the vote and leaves the rest alone', () => {
    const vote = aDotVote([actionItem(1), actionItem(2), actionItem(3)], [0, 6, 3]);
    const workshop = aWorkshop({
      actions: [1, 2, 3, 4].map((number) =>
        anAction({ id: fixtureId(`action-${number}`), priority: number === 4 ? 'high' : 'medium' }),
      ),
      roomActivities: [vote],
    });

    const applied = applyDotRanking(workshop, vote.id);

    expect(applied.actions.map((action) => action.priority)).toEqual(['low', 'high', 'medium', 'high']);
    expect(applyDotRanking(applied, vote.id)).toBe(applied);
    expect(applyDotRanking(workshop, fixtureId('no-such-vote'))).toBe(workshop);
  });
});
