import type { Action } from '../../../../shared/workshop/actions';
import { hasOwner } from '../shared/owners';
import { text } from '../../../../shared/text';
import { NO_ITEMS } from '../shared/use-workshop';

/** Something about an action the group should fix before it leaves the room. */
export interface ActionWarning {
  readonly kind: 'no-owner' | 'no-due-date' | 'overdue';
  /** The flag as shown on the row. */
  readonly text: string;
}

/**
 * The flags of one action, in a fixed order: "No owner", "No due date", "Due date has
 * passed". `today` is the local calendar date written `yyyy-mm-dd` (see {@link calendarDate});
 * a due date on `today` has not passed yet. A done action has nothing left to fix, so it has
 * no flags.
 */
export function actionWarnings(
  action: Pick<Action, 'owner' | 'dueDate' | 'status'>,
  today: string,
): readonly ActionWarning[] {
  if (action.status === 'done') return NO_ITEMS;
  const warnings: ActionWarning[] = [];
  if (!hasOwner(action.owner)) warnings.push({ kind: 'no-owner', text: text('stage.actions.noOwner') });
  if (action.dueDate === '') warnings.push({ kind: 'no-due-date', text: text('stage.actions.noDueDate') });
  // Both are yyyy-mm-dd, so comparing the text compares the dates.
  else if (action.dueDate < today) warnings.push({ kind: 'overdue', text: text('stage.actions.dueDateHas') });
  return warnings;
}

/** A moment's calendar date in local time, written `yyyy-mm-dd`. */
export function calendarDate(moment: Date): string {
  const year = String(moment.getFullYear()).padStart(4, '0');
  const month = String(moment.getMonth() + 1).padStart(2, '0');
  const day = String(moment.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
