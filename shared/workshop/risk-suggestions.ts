import type { DataReadiness, DataSource } from './data-sources';
import type { Retrospective, PilotConditionId, VanishesAtScale } from './retrospective';
import { PILOT_CONDITIONS } from './retrospective';
import { riskScore, type Risk, type RiskSource } from './risks';
import type { Stakeholder, Stance } from './stakeholders';
import type { WorkflowChange } from './workflow';

/**
 * Risks the room has in effect already named, offered to the facilitator to add with one
 * click: from the stakeholder map (concerns, stance, likely workarounds), the workflow
 * changes (likely workarounds), the data sources at risk at scale, and the pilot conditions
 * that vanish. Each comes with a suggested likelihood and impact the room then adjusts.
 * A suggestion is gone once a risk has its source, so it is offered only once.
 */

/** Why a risk is suggested; the app words the risk's title from it. */
export type RiskSuggestionReason =
  | 'stakeholder-concern'
  | 'stakeholder-workaround'
  | 'change-workaround'
  | 'data-at-risk'
  | 'pilot-condition-vanishes';

/** A risk the room can add with one click. */
export interface SuggestedRisk {
  /** Tells suggestions apart (a list key); the same as the source it points at. */
  readonly key: string;
  readonly source: Exclude<RiskSource, { kind: 'manual' }>;
  readonly reason: RiskSuggestionReason;
  /** What the risk is about, in the room's words: a stakeholder's name, a change, a system. */
  readonly subject: string;
  /** What the room said about it: the concern, the workaround, the notes; may be empty. */
  readonly detail: string;
  readonly likelihood: number;
  readonly impact: number;
}

/** What the suggestions are drawn from. */
export interface RiskSuggestionInput {
  readonly stakeholders: readonly Stakeholder[];
  readonly workflow: { readonly changes: readonly WorkflowChange[] };
  readonly dataSources: readonly DataSource[];
  readonly retrospective: Retrospective;
  readonly risks: readonly Pick<Risk, 'source'>[];
}

const clamp = (value: number): number => Math.min(5, Math.max(1, Math.round(value)));

/** How likely someone of this stance is to hold the rollout back. */
const LIKELIHOOD_BY_STANCE: Readonly<Record<Stance, number>> = {
  champion: 1,
  supporter: 2,
  neutral: 3,
  sceptic: 4,
  blocker: 5,
};

function fromStakeholder(stakeholder: Stakeholder): SuggestedRisk | null {
  const workaround = stakeholder.likelyWorkarounds.trim();
  const concern = stakeholder.concerns.trim();
  const resists = stakeholder.stance === 'sceptic' || stakeholder.stance === 'blocker';
  if (workaround === '' && concern === '' && !resists) return null;
  return {
    key: `stakeholder:${stakeholder.id}`,
    source: { kind: 'stakeholder', stakeholderId: stakeholder.id },
    reason: workaround === '' ? 'stakeholder-concern' : 'stakeholder-workaround',
    subject: stakeholder.name.trim(),
    detail: workaround === '' ? concern : workaround,
    likelihood: clamp(LIKELIHOOD_BY_STANCE[stakeholder.stance] + (workaround === '' ? 0 : 1)),
    impact: clamp(Math.max(stakeholder.impact, stakeholder.influence)),
  };
}

function fromWorkflowChange(change: WorkflowChange): SuggestedRisk | null {
  const workaround = change.likelyWorkaround.trim();
  if (workaround === '' || change.status === 'rejected') return null;
  // A change its affected manager helps design is less likely to be routed around.
  const coDesigned = change.coDesignerStakeholderId !== null;
  return {
    key: `workflowChange:${change.id}`,
    source: { kind: 'workflowChange', workflowChangeId: change.id },
    reason: 'change-workaround',
    subject: change.description.trim(),
    detail: workaround,
    likelihood: clamp((coDesigned ? 2 : 4) - (change.status === 'adopted' ? 1 : 0)),
    impact: 3,
  };
}

const DATA_RISK: Readonly<Record<DataReadiness, { likelihood: number; impact: number } | null>> = {
  'not-ready': { likelihood: 4, impact: 5 },
  partial: { likelihood: 3, impact: 4 },
  unknown: { likelihood: 3, impact: 3 },
  ready: null,
};

function fromDataSource(source: DataSource): SuggestedRisk | null {
  // A source fed by hand is at risk at scale even when its data is otherwise ready.
  const scored = DATA_RISK[source.readiness] ?? (source.automated ? null : { likelihood: 3, impact: 3 });
  if (scored === null) return null;
  return {
    key: `dataSource:${source.id}`,
    source: { kind: 'dataSource', dataSourceId: source.id },
    reason: 'data-at-risk',
    subject: source.system.trim(),
    detail: source.notes.trim(),
    likelihood: clamp(scored.likelihood + (source.automated ? 0 : 1)),
    impact: scored.impact,
  };
}

const LIKELIHOOD_BY_VANISHING: Readonly<Record<VanishesAtScale, number | null>> = {
  yes: 4,
  partly: 3,
  no: null,
  unknown: null,
};

/** How much losing each pilot condition hurts. Clean data hurts most. */
const IMPACT_BY_CONDITION: Readonly<Record<PilotConditionId, number>> = {
  smallMotivatedTeam: 3,
  curatedData: 4,
  forgivingTimeline: 3,
  closeSponsor: 3,
};

function fromPilotCondition(retrospective: Retrospective, id: PilotConditionId): SuggestedRisk | null {
  const assessment = retrospective.conditions[id];
  const likelihood = LIKELIHOOD_BY_VANISHING[assessment.vanishesAtScale];
  if (likelihood === null) return null;
  return {
    key: `pilotCondition:${id}`,
    source: { kind: 'pilotCondition', conditionId: id },
    reason: 'pilot-condition-vanishes',
    subject: id,
    detail: assessment.notes.trim(),
    likelihood,
    impact: IMPACT_BY_CONDITION[id],
  };
}

/** The key of a risk's source, to match a suggestion with a risk already added from it. */
export function riskSourceKey(source: RiskSource): string | null {
  switch (source.kind) {
    case 'stakeholder':
      return `stakeholder:${source.stakeholderId}`;
    case 'workflowChange':
      return `workflowChange:${source.workflowChangeId}`;
    case 'dataSource':
      return `dataSource:${source.dataSourceId}`;
    case 'pilotCondition':
      return `pilotCondition:${source.conditionId}`;
    case 'manual':
      return null;
  }
}

/**
 * The risks to suggest, most serious first (by suggested score; ties keep the order of the
 * workshop: stakeholders, workflow changes, data sources, pilot conditions). A source that
 * a risk already has is not suggested again.
 */
export function suggestRisks(workshop: RiskSuggestionInput): readonly SuggestedRisk[] {
  const taken = new Set(workshop.risks.map((risk) => riskSourceKey(risk.source)));
  const all = [
    ...workshop.stakeholders.map(fromStakeholder),
    ...workshop.workflow.changes.map(fromWorkflowChange),
    ...workshop.dataSources.map(fromDataSource),
    ...PILOT_CONDITIONS.map((condition) => fromPilotCondition(workshop.retrospective, condition.id)),
  ];
  return all
    .filter((suggestion): suggestion is SuggestedRisk => suggestion !== null && !taken.has(suggestion.key))
    .map((suggestion, order) => ({ suggestion, order }))
    .sort(
      (first, second) =>
        riskScore(second.suggestion) - riskScore(first.suggestion) || first.order - second.order,
    )
    .map(({ suggestion }) => suggestion);
}
