/**
 * The words the action plan uses for the document's choice values. Kept apart from the
 * builders so the Word document and the CSV of actions always say the same thing.
 */
import type {
  ActionKiller,
  ActionPriority,
  ActionStatus,
  Answer,
  DataContrastId,
  DataReadiness,
  FeedType,
  QuestionId,
  Stance,
  StakeholderKind,
  WorkflowChangeStatus,
} from '../../../../shared/workshop';
import { READINESS_QUESTIONS } from '../../../../shared/workshop';

/** What a reader sees where a value nobody has agreed yet should be. */
export const NOT_SET = 'Not set';

/** The short name of each readiness question, as the Scaling Readiness Test shows it. */
export const QUESTION_LABELS: Readonly<Record<QuestionId, string>> = Object.fromEntries(
  READINESS_QUESTIONS.map((question) => [question.id, question.label]),
) as Record<QuestionId, string>;

/** The scaling killer an action works against. */
export const KILLER_LABELS: Readonly<Record<ActionKiller, string>> = {
  ...QUESTION_LABELS,
  general: 'General',
};

/** How urgent an action is. */
export const PRIORITY_LABELS: Readonly<Record<ActionPriority, string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** How far an action has come. */
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
};

/** A vote or final answer. */
export const ANSWER_LABELS: Readonly<Record<Answer, string>> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
};

/** How a stakeholder feels about scaling. */
export const STANCE_LABELS: Readonly<Record<Stance, string>> = {
  champion: 'Champion',
  supporter: 'Supporter',
  neutral: 'Neutral',
  sceptic: 'Sceptic',
  blocker: 'Blocker',
};

/** Where a stakeholder sits in the organisation. */
export const STAKEHOLDER_KIND_LABELS: Readonly<Record<StakeholderKind, string>> = {
  executive: 'Executive',
  'middle-manager': 'Middle manager',
  frontline: 'Frontline',
  it: 'IT',
  data: 'Data',
  other: 'Other',
};

/** How data arrives from a source. */
export const FEED_TYPE_LABELS: Readonly<Record<FeedType, string>> = {
  batch: 'Batch',
  stream: 'Stream',
  api: 'API',
  'manual-export': 'Manual export',
  other: 'Other',
};

/** Whether a data source can feed the AI in production today. */
export const DATA_READINESS_LABELS: Readonly<Record<DataReadiness, string>> = {
  ready: 'Ready',
  partial: 'Partly ready',
  'not-ready': 'Not ready',
  unknown: 'Unknown',
};

/** The column headings of the four pilot-to-scale contrasts. */
export const DATA_CONTRAST_LABELS: Readonly<Record<DataContrastId, string>> = {
  curatedVsLive: 'Prepared data vs live data',
  singleVsMany: 'One source vs many systems',
  staticVsRealtime: 'Fixed inputs vs real-time feeds',
  controlledVsEdgeCases: 'Controlled setting vs edge cases',
};

/** How far a workflow change has come. */
export const WORKFLOW_CHANGE_STATUS_LABELS: Readonly<Record<WorkflowChangeStatus, string>> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  trialled: 'Trialled',
  adopted: 'Adopted',
  rejected: 'Rejected',
};
