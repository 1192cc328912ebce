/**
 * Traceability, both ways: what each action addresses ("Addresses: Data gap; Risk R3"), and
 * for each gap, risk, stakeholder, data source or workflow change the actions that address
 * it ("Actions: A2, A5"). Both directions are read from the same links (`action.addresses`),
 * so they always agree.
 */
import { text } from '../../../../shared/text';
import {
  ACTION_LINK_KINDS,
  type Action,
  type ActionLink,
  linkTargetId,
  planCodes,
  type PlanCodes,
  QUESTION_IDS,
  type Workshop,
} from '../../../../shared/workshop';
import { hasText } from './format';
import { QUESTION_LABELS } from './labels';

/** The links of a workshop, indexed once per plan. */
export interface Traceability {
  readonly codes: PlanCodes;
  /** An action's code (A1…). */
  actionCode(action: Pick<Action, 'id'>): string;
  /** The words for what an action addresses, in the order the room linked them. */
  addresses(action: Action): string[];
  /** The codes of the actions that address a record, in code order. */
  actionsFor(kind: ActionLink['kind'], id: string): string[];
  /** Every record some action addresses, by kind (gaps, risks, stakeholders, data sources, workflow), with its actions. */
  targets(): { readonly words: string; readonly codes: string[] }[];
}

/** Indexes the links of a workshop's actions. */
export function traceability(
  workshop: Pick<Workshop, 'actions' | 'risks' | 'stakeholders' | 'dataSources' | 'workflow'>,
): Traceability {
  const codes = planCodes(workshop);
  const byTarget = new Map<string, string[]>();
  const stakeholders = new Map(workshop.stakeholders.map((entry) => [entry.id as string, entry.name]));
  const sources = new Map(workshop.dataSources.map((entry) => [entry.id as string, entry.system]));
  const changes = new Map(workshop.workflow.changes.map((entry) => [entry.id as string, entry.description]));
  const steps = new Map(workshop.workflow.steps.map((entry) => [entry.id as string, entry.title]));
  const actionCode = (action: Pick<Action, 'id'>) => codes.actions.get(action.id) ?? '';
  for (const action of workshop.actions) {
    for (const link of action.addresses) {
      const key = `${link.kind}:${linkTargetId(link)}`;
      const list = byTarget.get(key) ?? [];
      if (!list.includes(actionCode(action))) list.push(actionCode(action));
      byTarget.set(key, list);
    }
  }
  const codeNumber = (code: string) => Number(code.replace(/\D/g, ''));
  // Each record's actions in code order, sorted once here rather than on every look-up.
  for (const list of byTarget.values()) {
    const numbers = new Map(list.map((code) => [code, codeNumber(code)]));
    list.sort((first, second) => (numbers.get(first) ?? 0) - (numbers.get(second) ?? 0));
  }
  const name = (names: ReadonlyMap<string, string>, id: string) => {
    const found = names.get(id)?.trim().split(/\r?\n/)[0] ?? '';
    if (!hasText(found)) return text('plan.trace.unnamed');
    return found.length > 60 ? `${found.slice(0, 59).trimEnd()}…` : found;
  };
  const words = (link: ActionLink): string => {
    switch (link.kind) {
      case 'gap':
        return text('plan.trace.gap', { killer: QUESTION_LABELS[link.questionId] });
      case 'risk':
        return text('plan.trace.risk', { code: codes.risks.get(link.riskId) ?? '' });
      case 'stakeholder':
        return text('plan.trace.stakeholder', { name: name(stakeholders, link.stakeholderId) });
      case 'dataSource':
        return text('plan.trace.dataSource', { name: name(sources, link.dataSourceId) });
      case 'workflowChange':
        return text('plan.trace.workflowChange', { name: name(changes, link.workflowChangeId) });
      case 'workflowStep':
        return text('plan.trace.workflowStep', { name: name(steps, link.workflowStepId) });
    }
  };
  const actionsFor = (kind: ActionLink['kind'], id: string) => [...(byTarget.get(`${kind}:${id}`) ?? [])];
  // Gaps in the order the test asks them, risks by code, anything else as first linked.
  const targetOrder = (link: ActionLink): number =>
    link.kind === 'gap'
      ? QUESTION_IDS.indexOf(link.questionId)
      : link.kind === 'risk'
        ? codeNumber(codes.risks.get(link.riskId) ?? '')
        : 0;
  const firstLinks = new Map<string, ActionLink>();
  for (const action of workshop.actions) {
    for (const link of action.addresses) {
      const key = `${link.kind}:${linkTargetId(link)}`;
      if (!firstLinks.has(key)) firstLinks.set(key, link);
    }
  }
  return {
    codes,
    actionCode,
    addresses: (action) => action.addresses.map(words),
    actionsFor,
    targets: () =>
      ACTION_LINK_KINDS.flatMap((kind) =>
        [...firstLinks.values()]
          .filter((link) => link.kind === kind)
          .sort((first, second) => targetOrder(first) - targetOrder(second))
          .map((link) => ({ words: words(link), codes: actionsFor(link.kind, linkTargetId(link)) })),
      ),
  };
}

/** "Addresses: Data gap; Risk R3", or nothing when the action addresses nothing. */
export function addressesLine(trace: Traceability, action: Action): string | undefined {
  const links = trace.addresses(action);
  return links.length === 0 ? undefined : text('plan.trace.addresses', { links: links.join('; ') });
}

/** "Actions: A2, A5", or the sentence that no action addresses it yet. */
export function actionsLine(codes: readonly string[]): string {
  return codes.length === 0
    ? text('plan.trace.noActions')
    : text('plan.trace.actions', { codes: codes.join(', ') });
}
