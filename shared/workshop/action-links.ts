import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { choice, kindUnion, listOf } from './fields';
import {
  DataSourceIdSchema,
  RiskIdSchema,
  StakeholderIdSchema,
  WorkflowChangeIdSchema,
  WorkflowStepIdSchema,
} from './ids';
import { PersonRefSchema } from './people';
import { ACTION_LINK_KINDS, QUESTION_IDS } from './choices';

export { ACTION_LINK_KINDS };

/** What kind of record an action addresses. */
export type ActionLinkKind = (typeof ACTION_LINK_KINDS)[number];

/**
 * Something an action addresses: the gap of a readiness question, a risk of the register, a
 * stakeholder, a data source, or a workflow change or step. The plan shows each link in both
 * directions ("Addresses: Data gap; Risk R3" under the action, "Actions: A2, A5" under the gap).
 */
export const ActionLinkSchema = kindUnion('a link', {
  gap: { questionId: choice(QUESTION_IDS) },
  risk: { riskId: RiskIdSchema },
  stakeholder: { stakeholderId: StakeholderIdSchema },
  dataSource: { dataSourceId: DataSourceIdSchema },
  workflowChange: { workflowChangeId: WorkflowChangeIdSchema },
  workflowStep: { workflowStepId: WorkflowStepIdSchema },
});

/** Something an action addresses. */
export type ActionLink = DeepReadonly<z.output<typeof ActionLinkSchema>>;

export { linkTargetId, sameLink } from './link-targets';

/**
 * Who does what for an action: exactly one Accountable (the one answerable for it; null
 * until picked), one or more Responsible (who do the work), and optionally people Consulted
 * before and Informed after. Everyone is picked from the people list.
 */
export const RaciSchema = z.strictObject({
  accountable: PersonRefSchema.nullable().default(null),
  responsible: listOf(PersonRefSchema),
  consulted: listOf(PersonRefSchema),
  informed: listOf(PersonRefSchema),
});

/** Who does what for an action. */
export type Raci = DeepReadonly<z.output<typeof RaciSchema>>;

/** The three RACI roles that hold a list of people. */
export const RACI_LIST_ROLES = ['responsible', 'consulted', 'informed'] as const;

/** A RACI role that holds a list of people. */
export type RaciListRole = (typeof RACI_LIST_ROLES)[number];

/** A RACI nobody is in yet. */
export function emptyRaci(): { accountable: null; responsible: []; consulted: []; informed: [] } {
  return { accountable: null, responsible: [], consulted: [], informed: [] };
}

/** The plan fields of a new action: nobody in its RACI, addressing nothing, not agreed yet. */
export function newActionPlanFields(): {
  raci: ReturnType<typeof emptyRaci>;
  addresses: [];
  agreedInRoom: false;
} {
  return { raci: emptyRaci(), addresses: [], agreedInRoom: false };
}
