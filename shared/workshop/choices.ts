/**
 * The values the workshop's choice fields may take, as plain lists with no schema code, so
 * code that only needs the values (the words for them in `shared/text`, the canvases, the
 * cockpit's start-up) does not pull in zod. The schema modules build their fields from these
 * lists and re-export them; import from there as usual. The words for the values, the
 * readiness questions' included, live in the text catalogue.
 */
import { choiceLabels } from '../text';

/** The ids of the four readiness questions, in the order they are asked. */
export const QUESTION_IDS = ['ownership', 'data', 'buyIn', 'metrics'] as const;

/** Names one of the four readiness questions. */
type QuestionId = (typeof QUESTION_IDS)[number];

/** A readiness question as the room sees it. */
export interface ReadinessQuestion {
  readonly id: QuestionId;
  /** A short name for tables and charts. */
  readonly label: string;
  /** The question put to the room. */
  readonly text: string;
}

const questionLabels = choiceLabels('question', QUESTION_IDS);
const questionTexts = choiceLabels('questionText', QUESTION_IDS);

/** The Scaling Readiness Test: four questions, each must be answered yes before scaling. */
export const READINESS_QUESTIONS: readonly ReadinessQuestion[] = QUESTION_IDS.map((id) => ({
  id,
  label: questionLabels[id],
  text: questionTexts[id],
}));

/** The answers a participant can give. "Partly" does not count as yes. */
export const ANSWERS = ['yes', 'partly', 'no'] as const;

/** How the room votes in a round. */
export const VOTING_MODES = ['phones', 'keypad', 'hands'] as const;

/** The canvases whose layout the document keeps. */
export const CANVAS_NAMES = ['stakeholders', 'influenceGrid', 'workflow', 'dataMap'] as const;

/** How data arrives from a source. */
export const FEED_TYPES = ['batch', 'stream', 'api', 'manual-export', 'other'] as const;

/** Whether a source can feed the AI in production today. */
export const DATA_READINESS_LEVELS = ['ready', 'partial', 'not-ready', 'unknown'] as const;

/** The four ways data at scale differs from the pilot's data. */
export const DATA_CONTRAST_IDS = [
  'curatedVsLive',
  'singleVsMany',
  'staticVsRealtime',
  'controlledVsEdgeCases',
] as const;

/** Where a stakeholder sits in the organisation. */
export const STAKEHOLDER_KINDS = ['executive', 'middle-manager', 'frontline', 'it', 'data', 'other'] as const;

/** How a stakeholder feels about scaling the AI, from most to least supportive. */
export const STANCES = ['champion', 'supporter', 'neutral', 'sceptic', 'blocker'] as const;

/** How two stakeholders are connected. */
export const RELATIONSHIP_TYPES = ['reportsTo', 'handsWorkTo', 'dependsOn', 'influences'] as const;

/** The two lanes of the workflow canvas: how work is done today and how it will be done. */
export const WORKFLOW_LANES = ['current', 'future'] as const;

/** How far a workflow change has come. */
export const WORKFLOW_CHANGE_STATUSES = ['proposed', 'agreed', 'trialled', 'adopted', 'rejected'] as const;

/** Largest progress an action can report, in percent. */
export const MAXIMUM_PROGRESS = 100;

/** The scaling killer an action works against, or `general`. */
export const ACTION_KILLERS = ['ownership', 'data', 'buyIn', 'metrics', 'general'] as const;

/** How urgent an action is. */
export const ACTION_PRIORITIES = ['high', 'medium', 'low'] as const;

/** How far an action has come; `todo` is stored for "not started". */
export const ACTION_STATUSES = ['todo', 'in-progress', 'done', 'blocked', 'dropped'] as const;

/** Whether a session is the workshop itself or a follow-up held on it later. */
export const SESSION_KINDS = ['workshop', 'follow-up'] as const;

/** What an action can address: a readiness gap, a risk, a stakeholder, a data source, a workflow change or step. */
export const ACTION_LINK_KINDS = [
  'gap',
  'risk',
  'stakeholder',
  'dataSource',
  'workflowChange',
  'workflowStep',
] as const;

/**
 * Where a risk came from: a stakeholder's concern, stance or workaround, a likely workaround of
 * a workflow change, a data source at risk at scale, a pilot condition that vanishes, or the
 * facilitator's own words.
 */
export const RISK_SOURCE_KINDS = [
  'stakeholder',
  'workflowChange',
  'dataSource',
  'pilotCondition',
  'manual',
] as const;

/** The conditions a pilot enjoys that tend to disappear at scale. */
export const PILOT_CONDITION_IDS = [
  'smallMotivatedTeam',
  'curatedData',
  'forgivingTimeline',
  'closeSponsor',
] as const;

/** The questions about life after launch that must each get a named owner. */
export const POST_LAUNCH_QUESTION_IDS = [
  'modelUpkeep',
  'qualityMonitoring',
  'overrideDecisions',
  'incidentAccountability',
] as const;

/** The RAG band of a risk's score (likelihood × impact), from least to most serious. */
export const RISK_BANDS = ['green', 'amber', 'red-amber', 'red'] as const;
