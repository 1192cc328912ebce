import { choiceLabels, text } from '../../../../shared/text';
import {
  linkTargetId,
  sameLink,
  type ActionLink,
  type ActionLinkKind,
} from '../../../../shared/workshop/action-links';
import { ACTION_KILLERS } from '../../../../shared/workshop/actions';
import { planCodes } from '../../../../shared/workshop/plan-codes';
import { QUESTION_IDS } from '../../../../shared/workshop/readiness';
import type { Workshop } from '../../../../shared/workshop/workshop';

/** Something an action can be linked to, with the words shown for it. */
export interface TraceTarget {
  /** Tells targets apart in a select. */
  readonly key: string;
  readonly link: ActionLink;
  readonly label: string;
}

/** The parts of a workshop an action can address. */
export type TraceSources = Pick<Workshop, 'risks' | 'stakeholders' | 'dataSources' | 'workflow'>;

/** The key of a link: its kind and the id it points at. */
export function traceKey(link: ActionLink): string {
  return `${link.kind}:${linkTargetId(link)}`;
}

const named = (name: string): string =>
  name.trim() === '' ? text('stage.actions.trace.unnamed') : name.trim();

/** Every target an action can address, by kind, in the order of the workshop. */
export function traceTargets(
  workshop: TraceSources,
): Readonly<Record<ActionLinkKind, readonly TraceTarget[]>> {
  const killers = choiceLabels('actionKiller', ACTION_KILLERS);
  const riskCodes = planCodes({ actions: [], risks: workshop.risks }).risks;
  const target = (link: ActionLink, label: string): TraceTarget => ({ key: traceKey(link), link, label });
  return {
    gap: QUESTION_IDS.map((questionId) =>
      target({ kind: 'gap', questionId }, text('stage.actions.trace.gap', { killer: killers[questionId] })),
    ),
    risk: workshop.risks.map((risk) =>
      target(
        { kind: 'risk', riskId: risk.id },
        text('stage.actions.trace.risk', { code: riskCodes.get(risk.id) ?? '', title: named(risk.title) }),
      ),
    ),
    stakeholder: workshop.stakeholders.map((stakeholder) =>
      target(
        { kind: 'stakeholder', stakeholderId: stakeholder.id },
        text('stage.actions.trace.stakeholder', { name: named(stakeholder.name) }),
      ),
    ),
    dataSource: workshop.dataSources.map((source) =>
      target(
        { kind: 'dataSource', dataSourceId: source.id },
        text('stage.actions.trace.dataSource', { name: named(source.system) }),
      ),
    ),
    workflowChange: workshop.workflow.changes.map((change) =>
      target(
        { kind: 'workflowChange', workflowChangeId: change.id },
        text('stage.actions.trace.workflowChange', { name: named(change.description) }),
      ),
    ),
    workflowStep: workshop.workflow.steps.map((step) =>
      target(
        { kind: 'workflowStep', workflowStepId: step.id },
        text('stage.actions.trace.workflowStep', { name: named(step.title) }),
      ),
    ),
  };
}

/** The words for one link, or "no longer in the workshop" when its target was removed. */
export function traceLabel(
  link: ActionLink,
  targets: Readonly<Record<ActionLinkKind, readonly TraceTarget[]>>,
): string {
  return (
    targets[link.kind].find((target) => sameLink(target.link, link))?.label ??
    text('stage.actions.trace.gone')
  );
}

/** The headings of the kinds of target, in the picker's order. */
export const TRACE_GROUPS: readonly { readonly kind: ActionLinkKind; readonly label: () => string }[] = [
  { kind: 'gap', label: () => text('stage.actions.trace.gaps') },
  { kind: 'risk', label: () => text('stage.actions.trace.risks') },
  { kind: 'stakeholder', label: () => text('stage.actions.trace.stakeholders') },
  { kind: 'dataSource', label: () => text('stage.actions.trace.dataSources') },
  { kind: 'workflowChange', label: () => text('stage.actions.trace.workflowChanges') },
  { kind: 'workflowStep', label: () => text('stage.actions.trace.workflowSteps') },
];
