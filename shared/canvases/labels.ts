import type {
  CanvasName,
  DataReadiness,
  RelationshipType,
  Stance,
  StakeholderKind,
  WorkflowChangeStatus,
  WorkflowLane,
} from '../workshop';

/** What each canvas is called in the cockpit, on the audience screen and in the plan. */
export const CANVAS_LABELS: Readonly<Record<CanvasName, string>> = {
  stakeholders: 'Stakeholder map',
  influenceGrid: 'Influence and impact',
  workflow: 'Workflow: today and with the AI',
  dataMap: 'Data map',
};

/** How a relationship reads, from the first stakeholder to the second. */
export const RELATIONSHIP_LABELS: Readonly<Record<RelationshipType, string>> = {
  reportsTo: 'reports to',
  handsWorkTo: 'hands work to',
  dependsOn: 'depends on',
  influences: 'influences',
};

/**
 * Stances as words and a symbol, so a stance never depends on colour alone (the colour is a
 * third cue, set in the stylesheet).
 */
export const STANCE_LABELS: Readonly<Record<Stance, { readonly text: string; readonly symbol: string }>> = {
  champion: { text: 'Champion', symbol: '★' },
  supporter: { text: 'Supporter', symbol: '▲' },
  neutral: { text: 'Neutral', symbol: '●' },
  sceptic: { text: 'Sceptic', symbol: '▼' },
  blocker: { text: 'Blocker', symbol: '✖' },
};

export const STAKEHOLDER_KIND_LABELS: Readonly<Record<StakeholderKind, string>> = {
  executive: 'Executive',
  'middle-manager': 'Middle manager',
  frontline: 'Frontline team',
  it: 'IT',
  data: 'Data',
  other: 'Other',
};

export const WORKFLOW_LANE_LABELS: Readonly<Record<WorkflowLane, string>> = {
  current: 'Today',
  future: 'With the AI',
};

export const WORKFLOW_CHANGE_STATUS_LABELS: Readonly<Record<WorkflowChangeStatus, string>> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  trialled: 'Trialled',
  adopted: 'Adopted',
  rejected: 'Rejected',
};

/** Readiness of a data source as words and a symbol (never colour alone). */
export const READINESS_LABELS: Readonly<
  Record<DataReadiness, { readonly text: string; readonly symbol: string }>
> = {
  ready: { text: 'Ready', symbol: '✔' },
  partial: { text: 'Partly ready', symbol: '◐' },
  'not-ready': { text: 'Not ready', symbol: '✖' },
  unknown: { text: 'Not known yet', symbol: '?' },
};
