import { describe, expect, it } from 'vitest';
import { anAction } from '../../../../test/fixtures/builders';
import { actionsInPlanOrder, groupActionsByKiller } from './action-order';

describe('the order of actions in the plan', () => {
  it('groups actions by scaling killer in the order the workshop treats them, leaving out empty groups', () => {
    const groups = groupActionsByKiller([
      anAction({ title: 'Tell everyone', killer: 'general' }),
      anAction({ title: 'Measure the baseline', killer: 'metrics' }),
      anAction({ title: 'Name the owner', killer: 'ownership' }),
    ]);

    expect(groups.map((group) => group.killer)).toEqual(['ownership', 'metrics', 'general']);
  });

  it('sorts each group by due date, with undated actions last', () => {
    const groups = groupActionsByKiller([
      anAction({ title: 'No date', killer: 'data', dueDate: '' }),
      anAction({ title: 'June', killer: 'data', dueDate: '2025-06-30' }),
      anAction({ title: 'April', killer: 'data', dueDate: '2025-04-04' }),
    ]);

    expect(groups[0]?.actions.map((action) => action.title)).toEqual(['April', 'June', 'No date']);
  });

  it('puts higher priority first on the same date, then sorts by title', () => {
    const ordered = actionsInPlanOrder([
      anAction({ title: 'b low', dueDate: '2025-05-01', priority: 'low' }),
      anAction({ title: 'b high', dueDate: '2025-05-01', priority: 'high' }),
      anAction({ title: 'a high', dueDate: '2025-05-01', priority: 'high' }),
    ]);

    expect(ordered.map((action) => action.title)).toEqual(['a high', 'b high', 'b low']);
  });

  it('does not change the list it was given', () => {
    const actions = [anAction({ dueDate: '2025-06-01' }), anAction({ dueDate: '2025-01-01' })];
    const before = [...actions];

    actionsInPlanOrder(actions);

    expect(actions).toEqual(before);
  });
});
