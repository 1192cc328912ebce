import type { ActionLink } from './action-links';

// Kept apart from the schema in action-links.ts: the facilitator's start-up code (the store
// drops the plan's links to removed records after each edit) must not load zod.

/** The id of the record a link points at, whatever its kind. */
export function linkTargetId(link: ActionLink): string {
  switch (link.kind) {
    case 'gap':
      return link.questionId;
    case 'risk':
      return link.riskId;
    case 'stakeholder':
      return link.stakeholderId;
    case 'dataSource':
      return link.dataSourceId;
    case 'workflowChange':
      return link.workflowChangeId;
    case 'workflowStep':
      return link.workflowStepId;
  }
}

/** True when both links point at the same record. */
export function sameLink(first: ActionLink, second: ActionLink): boolean {
  return first.kind === second.kind && linkTargetId(first) === linkTargetId(second);
}
