import type { ActionLink } from './action-links';

// Kept apart from the schema in action-links.ts: the facilitator's start-up code (the store
// drops the plan's links to removed records after each edit) must not load zod.

type LinkOf<Kind extends ActionLink['kind']> = Extract<ActionLink, { readonly kind: Kind }>;

/** The field of each kind of link that holds the id of the record it points at. */
const TARGET_FIELDS = {
  gap: 'questionId',
  risk: 'riskId',
  stakeholder: 'stakeholderId',
  dataSource: 'dataSourceId',
  workflowChange: 'workflowChangeId',
  workflowStep: 'workflowStepId',
} as const satisfies { readonly [Kind in ActionLink['kind']]: Exclude<keyof LinkOf<Kind>, 'kind'> };

type TargetField = (typeof TARGET_FIELDS)[ActionLink['kind']];

/** The id of the record a link points at, whatever its kind. */
export function linkTargetId(link: ActionLink): string {
  // Each kind's field holds the string id of its record (the keys are checked by `satisfies`).
  const fields = link as unknown as Readonly<Record<TargetField, string>>;
  return fields[TARGET_FIELDS[link.kind]];
}

/** True when both links point at the same record. */
export function sameLink(first: ActionLink, second: ActionLink): boolean {
  return first.kind === second.kind && linkTargetId(first) === linkTargetId(second);
}
