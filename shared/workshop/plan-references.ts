import type { ActionLink } from './action-links';
import { linkTargetId, sameLink } from './link-targets';
import type { ActionId } from './ids';
import type { RiskSource } from './risks';

/**
 * Something removed from the workshop that the plan may point at: an action (a risk's
 * mitigating action), or anything an action addresses (which may also be a risk's source).
 */
export type RemovedRecord = ActionLink | { readonly kind: 'action'; readonly actionId: ActionId };

/** The parts of a workshop (or of an immer draft of one) that point at other records. */
export interface PlanReferences {
  actions: { addresses: ActionLink[] }[];
  risks: { source: RiskSource; mitigatingActionId: ActionId | null }[];
}

function pointsAt(link: ActionLink, removed: RemovedRecord): boolean {
  return removed.kind !== 'action' && sameLink(link, removed);
}

function sourcePointsAt(source: RiskSource, removed: RemovedRecord): boolean {
  return (
    (source.kind === 'stakeholder' &&
      removed.kind === 'stakeholder' &&
      source.stakeholderId === removed.stakeholderId) ||
    (source.kind === 'dataSource' &&
      removed.kind === 'dataSource' &&
      source.dataSourceId === removed.dataSourceId) ||
    (source.kind === 'workflowChange' &&
      removed.kind === 'workflowChange' &&
      source.workflowChangeId === removed.workflowChangeId)
  );
}

/**
 * Lets the plan forget a removed record, in place (call it inside an edit of the workshop):
 * actions stop addressing it, a risk it mitigated has no mitigating action, and a risk it
 * was the source of becomes one written in the room (its title keeps what it said).
 */
export function forgetPlanReferences(workshop: PlanReferences, removed: RemovedRecord): void {
  for (const action of workshop.actions) {
    if (action.addresses.some((link) => pointsAt(link, removed))) {
      action.addresses = action.addresses.filter((link) => !pointsAt(link, removed));
    }
  }
  for (const risk of workshop.risks) {
    if (removed.kind === 'action' && risk.mitigatingActionId === removed.actionId)
      risk.mitigatingActionId = null;
    if (sourcePointsAt(risk.source, removed)) risk.source = { kind: 'manual' };
  }
}

/** The records of a workshop that the plan's links may point at. */
export interface LinkedRecords {
  readonly actions: readonly { readonly id: string }[];
  readonly risks: readonly { readonly id: string }[];
  readonly stakeholders: readonly { readonly id: string }[];
  readonly dataSources: readonly { readonly id: string }[];
  readonly workflow: {
    readonly steps: readonly { readonly id: string }[];
    readonly changes: readonly { readonly id: string }[];
  };
}

/**
 * The records the plan still points at although they are gone from the workshop: what a
 * removal anywhere (a card deleted on a canvas, a row removed in a stage, a paste that
 * replaced a list) left behind. Reads only; the store hands each to
 * {@link forgetPlanReferences} after an edit, so no removal path has to remember the plan.
 */
export function danglingPlanReferences(
  workshop: LinkedRecords & DeepReadonlyPlanReferences,
): RemovedRecord[] {
  const ids = (records: readonly { readonly id: string }[]) => new Set(records.map((record) => record.id));
  const present: Record<Exclude<RemovedRecord['kind'], 'gap'>, Set<string>> = {
    action: ids(workshop.actions),
    risk: ids(workshop.risks),
    stakeholder: ids(workshop.stakeholders),
    dataSource: ids(workshop.dataSources),
    workflowChange: ids(workshop.workflow.changes),
    workflowStep: ids(workshop.workflow.steps),
  };
  const gone = new Map<string, RemovedRecord>();
  const note = (record: RemovedRecord, id: string) => {
    if (record.kind !== 'gap' && !present[record.kind].has(id)) gone.set(`${record.kind}:${id}`, record);
  };
  for (const action of workshop.actions) {
    for (const link of action.addresses) note(link, linkTargetId(link));
  }
  for (const risk of workshop.risks) {
    if (risk.mitigatingActionId !== null) {
      note({ kind: 'action', actionId: risk.mitigatingActionId }, risk.mitigatingActionId);
    }
    const { source } = risk;
    if (source.kind === 'stakeholder') note(source, source.stakeholderId);
    if (source.kind === 'dataSource') note(source, source.dataSourceId);
    if (source.kind === 'workflowChange') note(source, source.workflowChangeId);
  }
  return [...gone.values()];
}

/** {@link PlanReferences} as a saved (read-only) workshop holds them. */
interface DeepReadonlyPlanReferences {
  readonly actions: readonly { readonly id: string; readonly addresses: readonly ActionLink[] }[];
  readonly risks: readonly { readonly source: RiskSource; readonly mitigatingActionId: ActionId | null }[];
}
