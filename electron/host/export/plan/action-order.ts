import type { Action, ActionKiller, ActionPriority } from '../../../../shared/workshop';
import { ACTION_KILLERS } from '../../../../shared/workshop';

/** The actions against one scaling killer, in the order the plan lists them. */
export interface ActionGroup {
  readonly killer: ActionKiller;
  readonly actions: readonly Action[];
}

const priorityRank: Readonly<Record<ActionPriority, number>> = { high: 0, medium: 1, low: 2 };

/**
 * Titles compared as `localeCompare(other, 'en', { sensitivity: 'base' })` does, with one
 * collator made once: `localeCompare` with a locale sets one up on every call, which made
 * sorting the actions a visible part of building the plan.
 */
const titleOrder = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * The order of actions within a group: earliest due date first, actions without a date
 * last; on the same date, higher priority first, then by title. `yyyy-mm-dd` dates sort
 * correctly as text.
 */
export function compareActions(first: Action, second: Action): number {
  const firstDate = first.dueDate.trim();
  const secondDate = second.dueDate.trim();
  if (firstDate !== secondDate) {
    if (firstDate === '') return 1;
    if (secondDate === '') return -1;
    return firstDate < secondDate ? -1 : 1;
  }
  return (
    priorityRank[first.priority] - priorityRank[second.priority] ||
    titleOrder.compare(first.title, second.title)
  );
}

/**
 * Groups actions by scaling killer, in the order the workshop treats them (ownership, data,
 * buy-in, metrics, then general), each group sorted by {@link compareActions}. Groups
 * without actions are left out.
 */
export function groupActionsByKiller(actions: readonly Action[]): ActionGroup[] {
  const byKiller = new Map<ActionKiller, Action[]>(ACTION_KILLERS.map((killer) => [killer, []]));
  for (const action of actions) {
    byKiller.get(action.killer)?.push(action);
  }
  return ACTION_KILLERS.flatMap((killer) => {
    const group = byKiller.get(killer) ?? [];
    return group.length === 0 ? [] : [{ killer, actions: group.sort(compareActions) }];
  });
}

/** Every action in the order the plan lists them: grouped by killer, then by due date. */
export function actionsInPlanOrder(actions: readonly Action[]): Action[] {
  return groupActionsByKiller(actions).flatMap((group) => group.actions);
}
