import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { ActionLinkSchema, RaciSchema } from './action-links';
import {
  calendarDateOrEmpty,
  choice,
  flag,
  listOf,
  longText,
  shortText,
  suggestionReference,
  wholeNumber,
} from './fields';
import { ActionIdSchema } from './ids';
import { ownerField } from './people';
import { ACTION_KILLERS, ACTION_PRIORITIES, ACTION_STATUSES, MAXIMUM_PROGRESS } from './choices';

export { ACTION_KILLERS, ACTION_PRIORITIES, ACTION_STATUSES, MAXIMUM_PROGRESS };

/** The scaling killer an action works against. */
export type ActionKiller = (typeof ACTION_KILLERS)[number];

/** How urgent an action is. */
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

/** How far an action has come. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** One item of the action plan. */
export const ActionSchema = z.strictObject({
  id: ActionIdSchema,
  title: shortText(),
  owner: ownerField(),
  /** `yyyy-mm-dd`, or empty when no date is agreed yet. */
  dueDate: calendarDateOrEmpty(),
  killer: choice(ACTION_KILLERS).default('general'),
  priority: choice(ACTION_PRIORITIES).default('medium'),
  status: choice(ACTION_STATUSES).default('todo'),
  notes: longText(),
  /**
   * The due date agreed in the workshop, kept when a follow-up sets a new one (`dueDate`);
   * left out (or empty) while the due date was never moved.
   */
  originalDueDate: calendarDateOrEmpty().unwrap().optional(),
  /** Percent done, 0–100, as last reviewed; left out (or null) when nobody gave a figure. */
  progress: wholeNumber(0, MAXIMUM_PROGRESS).nullable().optional(),
  /** What the last follow-up said about the action; left out until one did. */
  reviewNote: longText().unwrap().optional(),
  /**
   * The suggestion this action was added from, while its title is still the suggestion's;
   * null once the group made it its own (or wrote it from scratch).
   */
  fromSuggestion: suggestionReference(),
  /** Who is Accountable, Responsible, Consulted and Informed. */
  raci: RaciSchema.prefault({}),
  /** What the action addresses: gaps, risks, stakeholders, data sources, workflow changes or steps. */
  addresses: listOf(ActionLinkSchema),
  /** True once the room agreed to this action before leaving. */
  agreedInRoom: flag().default(false),
});

/** One item of the action plan. */
export type Action = DeepReadonly<z.output<typeof ActionSchema>>;
