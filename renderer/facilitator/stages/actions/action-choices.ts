import { text, choiceLabels } from '../../../../shared/text';
import {
  ACTION_KILLERS,
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  type ActionKiller,
  type ActionStatus,
} from '../../../../shared/workshop/actions';
import { choicesOf, type Choice } from '../shared/fields';
import type { ActionSort } from './arrange-actions';

/** The scaling killers in words. */
export const KILLER_LABELS = choiceLabels('actionKiller', ACTION_KILLERS);

const PRIORITY_LABELS = choiceLabels('actionPriority', ACTION_PRIORITIES);

const STATUS_LABELS = choiceLabels('actionStatus', ACTION_STATUSES);

export const KILLER_CHOICES = choicesOf(ACTION_KILLERS, (value) => KILLER_LABELS[value]);
export const PRIORITY_CHOICES = choicesOf(ACTION_PRIORITIES, (value) => PRIORITY_LABELS[value]);
export const STATUS_CHOICES = choicesOf(ACTION_STATUSES, (value) => STATUS_LABELS[value]);

export const SORT_CHOICES: readonly Choice<ActionSort>[] = [
  { value: 'added', label: text('stage.actions.orderAdded') },
  { value: 'due-date', label: text('stage.actions.dueDate') },
  { value: 'priority', label: text('stage.actions.priority') },
  { value: 'killer', label: text('stage.actions.killer') },
];

export const KILLER_FILTER_CHOICES: readonly Choice<ActionKiller | 'all'>[] = [
  { value: 'all', label: text('stage.actions.allKillers') },
  ...KILLER_CHOICES,
];
export const STATUS_FILTER_CHOICES: readonly Choice<ActionStatus | 'all'>[] = [
  { value: 'all', label: text('stage.actions.anyStatus') },
  ...STATUS_CHOICES,
];
