import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { choice, listOf, longText, shortText, wholeNumber } from './fields';
import { StakeholderIdSchema, WorkflowChangeIdSchema, WorkflowStepIdSchema } from './ids';
import { ownerField } from './people';
import { WORKFLOW_LANES, WORKFLOW_CHANGE_STATUSES } from './choices';

export { WORKFLOW_LANES, WORKFLOW_CHANGE_STATUSES };

/** A lane of the workflow canvas. */
export type WorkflowLane = (typeof WORKFLOW_LANES)[number];

/** How far a workflow change has come. */
export type WorkflowChangeStatus = (typeof WORKFLOW_CHANGE_STATUSES)[number];

/** One step of the current or future workflow. Steps of a lane run in `order`. */
export const WorkflowStepSchema = z.strictObject({
  id: WorkflowStepIdSchema,
  lane: choice(WORKFLOW_LANES),
  title: shortText(),
  team: shortText(),
  owner: ownerField(),
  order: wholeNumber(0, 100_000),
});

/** One step of the current or future workflow. */
export type WorkflowStep = DeepReadonly<z.output<typeof WorkflowStepSchema>>;

/**
 * A change from a current step to a future step. `fromStepId` is null for a step that is new
 * in the future workflow; `toStepId` is null for a step that goes away.
 */
export const WorkflowChangeSchema = z.strictObject({
  id: WorkflowChangeIdSchema,
  fromStepId: WorkflowStepIdSchema.nullable().default(null),
  toStepId: WorkflowStepIdSchema.nullable().default(null),
  /** What changes, in a sentence. */
  description: longText(),
  affectedTeam: shortText(),
  /** The affected manager who helps design this change; null until someone is found. */
  coDesignerStakeholderId: StakeholderIdSchema.nullable().default(null),
  concern: longText(),
  likelyWorkaround: longText(),
  status: choice(WORKFLOW_CHANGE_STATUSES).default('proposed'),
});

/** A change from a current step to a future step. */
export type WorkflowChange = DeepReadonly<z.output<typeof WorkflowChangeSchema>>;

/** The current and future workflow and the changes between them. */
export const WorkflowSchema = z.strictObject({
  steps: listOf(WorkflowStepSchema),
  changes: listOf(WorkflowChangeSchema),
});

/** The current and future workflow and the changes between them. */
export type Workflow = DeepReadonly<z.output<typeof WorkflowSchema>>;
