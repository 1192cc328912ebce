import type { ActionId, RiskId } from './ids';

/** The prefix of each kind of short code in the plan: A1, A2… for actions, R1, R2… for risks. */
export const PLAN_CODE_PREFIXES = { action: 'A', risk: 'R' } as const;

/** The short code of the item at `index` (0-based) of its list, for example `planCode('risk', 2)` is "R3". */
export function planCode(kind: keyof typeof PLAN_CODE_PREFIXES, index: number): string {
  return `${PLAN_CODE_PREFIXES[kind]}${index + 1}`;
}

/** The short codes of a workshop's actions and risks, in the order of their lists. */
export interface PlanCodes {
  readonly actions: ReadonlyMap<ActionId, string>;
  readonly risks: ReadonlyMap<RiskId, string>;
}

/**
 * The codes the app and the Word plan show for actions (A1, A2…) and risks (R1, R2…): the
 * position in the document's list, so both always agree.
 */
export function planCodes(workshop: {
  readonly actions: readonly { readonly id: ActionId }[];
  readonly risks: readonly { readonly id: RiskId }[];
}): PlanCodes {
  return {
    actions: new Map(workshop.actions.map((action, index) => [action.id, planCode('action', index)])),
    risks: new Map(workshop.risks.map((risk, index) => [risk.id, planCode('risk', index)])),
  };
}
