import { sameLink, type ActionLink } from './action-links';
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
