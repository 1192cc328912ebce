import {
  ACTION_KILLERS,
  ACTION_PRIORITIES,
  type Action,
  type ActionKiller,
  type ActionStatus,
} from '../../../../shared/workshop/actions';
import type { ActionId } from '../../../../shared/workshop/ids';
import { actionWarnings } from './action-warnings';

/** How the action plan is ordered on screen. `added` keeps the document's order. */
export type ActionSort = 'added' | 'due-date' | 'priority' | 'killer';

/** What the action plan shows; `all` turns a filter off. */
export interface ActionView {
  readonly sort: ActionSort;
  readonly killer: ActionKiller | 'all';
  readonly status: ActionStatus | 'all';
  /** Only actions with at least one flag (see {@link actionWarnings}). */
  readonly onlyFlagged: boolean;
}

/** The view before the facilitator changes anything: every action, in the order added. */
export const DEFAULT_ACTION_VIEW: ActionView = {
  sort: 'added',
  killer: 'all',
  status: 'all',
  onlyFlagged: false,
};

type Compare = (first: Action, second: Action) => number;

const byDueDate: Compare = (first, second) => {
  // Actions without a date go last: they are the ones still to be agreed.
  if (first.dueDate === second.dueDate) return 0;
  if (first.dueDate === '') return 1;
  if (second.dueDate === '') return -1;
  return first.dueDate < second.dueDate ? -1 : 1;
};

const COMPARE: Readonly<Record<Exclude<ActionSort, 'added'>, Compare>> = {
  'due-date': byDueDate,
  priority: (first, second) =>
    ACTION_PRIORITIES.indexOf(first.priority) - ACTION_PRIORITIES.indexOf(second.priority),
  killer: (first, second) => ACTION_KILLERS.indexOf(first.killer) - ACTION_KILLERS.indexOf(second.killer),
};

/**
 * The ids of the actions to show, filtered and sorted as the view asks. Sorting is stable:
 * actions that compare equal keep the order they were added in. Priority sorts high first;
 * killer sorts in the workshop's order (ownership, data, buy-in, metrics, general); due date
 * sorts soonest first, undated last. `today` (`yyyy-mm-dd`) decides which dates have passed.
 */
export function arrangeActions(
  actions: readonly Action[],
  view: ActionView,
  today: string,
): readonly ActionId[] {
  const shown = actions.filter(
    (action) =>
      (view.killer === 'all' || action.killer === view.killer) &&
      (view.status === 'all' || action.status === view.status) &&
      (!view.onlyFlagged || actionWarnings(action, today).length > 0),
  );
  const sorted = view.sort === 'added' ? shown : [...shown].sort(COMPARE[view.sort]);
  return sorted.map((action) => action.id);
}
