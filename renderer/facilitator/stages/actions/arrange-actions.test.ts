import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../shared/workshop/actions';
import { newId, type ActionId } from '../../../../shared/workshop/ids';
import * as build from '../../../../test/fixtures/builders';
import { arrangeActions, DEFAULT_ACTION_VIEW, type ActionView } from './arrange-actions';

const TODAY = '2025-03-14';

function anAction(title: string, overrides: Partial<Action> = {}): Action {
  return build.anAction({
    id: newId<ActionId>(),
    title,
    owner: build.namedOwner('Ana'),
    dueDate: '2025-06-01',
    ...overrides,
  });
}

function titles(actions: readonly Action[], view: Partial<ActionView>): string[] {
  const ids = arrangeActions(actions, { ...DEFAULT_ACTION_VIEW, ...view }, TODAY);
  return ids.map((id) => actions.find((action) => action.id === id)?.title ?? '?');
}

const plan = [
  anAction('Write objective', { killer: 'ownership', priority: 'low', dueDate: '2025-05-01' }),
  anAction('Automate feed', { killer: 'data', priority: 'high', dueDate: '' }),
  anAction('Co-design sessions', {
    killer: 'buyIn',
    priority: 'high',
    dueDate: '2025-04-01',
    status: 'in-progress',
  }),
  anAction('Measure baseline', {
    killer: 'metrics',
    priority: 'medium',
    dueDate: '2025-01-01',
    owner: { kind: 'none' },
  }),
  anAction('Book rooms', { killer: 'general', priority: 'low', dueDate: '2025-02-01', status: 'done' }),
];

describe('arrangeActions', () => {
  it('keeps the order added by default', () => {
    expect(titles(plan, {})).toEqual([
      'Write objective',
      'Automate feed',
      'Co-design sessions',
      'Measure baseline',
      'Book rooms',
    ]);
  });

  it('sorts by due date, soonest first and undated last', () => {
    expect(titles(plan, { sort: 'due-date' })).toEqual([
      'Measure baseline',
      'Book rooms',
      'Co-design sessions',
      'Write objective',
      'Automate feed',
    ]);
  });

  it('sorts by priority, high first, keeping the order added among equals', () => {
    expect(titles(plan, { sort: 'priority' })).toEqual([
      'Automate feed',
      'Co-design sessions',
      'Measure baseline',
      'Write objective',
      'Book rooms',
    ]);
  });

  it('sorts by killer in the order of the workshop', () => {
    expect(titles(plan, { sort: 'killer' })).toEqual([
      'Write objective',
      'Automate feed',
      'Co-design sessions',
      'Measure baseline',
      'Book rooms',
    ]);
  });

  it('filters by killer and by status', () => {
    expect(titles(plan, { killer: 'data' })).toEqual(['Automate feed']);
    expect(titles(plan, { status: 'in-progress' })).toEqual(['Co-design sessions']);
    expect(titles(plan, { killer: 'data', status: 'done' })).toEqual([]);
  });

  it('shows only flagged actions when asked (done actions have no flags)', () => {
    expect(titles(plan, { onlyFlagged: true })).toEqual(['Automate feed', 'Measure baseline']);
  });
});
