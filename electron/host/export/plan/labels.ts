/**
 * The words the action plan uses for the document's choice values, from the text catalogue
 * (`shared/text`), so the Word document, the CSV of actions and the app say the same thing.
 */
import { choiceLabels, text } from '../../../../shared/text';
import {
  ACTION_KILLERS,
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  ANSWERS,
  DATA_CONTRAST_IDS,
  DATA_READINESS_LEVELS,
  FEED_TYPES,
  READINESS_QUESTIONS,
  STAKEHOLDER_KINDS,
  STANCES,
  WORKFLOW_CHANGE_STATUSES,
  type QuestionId,
} from '../../../../shared/workshop';

/** What a reader sees where a value nobody has agreed yet should be. */
export const NOT_SET = text('plan.notSet');

/** The short name of each readiness question, as the Scaling Readiness Test shows it. */
export const QUESTION_LABELS: Readonly<Record<QuestionId, string>> = Object.fromEntries(
  READINESS_QUESTIONS.map((question) => [question.id, question.label]),
) as Record<QuestionId, string>;

/** The scaling killer an action works against. */
export const KILLER_LABELS = choiceLabels('actionKiller', ACTION_KILLERS);

/** How urgent an action is. */
export const PRIORITY_LABELS = choiceLabels('actionPriority', ACTION_PRIORITIES);

/** How far an action has come. */
export const ACTION_STATUS_LABELS = choiceLabels('actionStatus', ACTION_STATUSES);

/** A vote or final answer. */
export const ANSWER_LABELS = choiceLabels('answer', ANSWERS);

/** How a stakeholder feels about scaling. */
export const STANCE_LABELS = choiceLabels('stance', STANCES);

/** Where a stakeholder sits in the organisation. */
export const STAKEHOLDER_KIND_LABELS = choiceLabels('stakeholderKind', STAKEHOLDER_KINDS);

/** How data arrives from a source. */
export const FEED_TYPE_LABELS = choiceLabels('feedType', FEED_TYPES);

/** Whether a data source can feed the AI in production today. */
export const DATA_READINESS_LABELS = choiceLabels('dataReadiness', DATA_READINESS_LEVELS);

/** The column headings of the four pilot-to-scale contrasts. */
export const DATA_CONTRAST_LABELS = choiceLabels('dataContrast', DATA_CONTRAST_IDS);

/** How far a workflow change has come. */
export const WORKFLOW_CHANGE_STATUS_LABELS = choiceLabels('workflowChangeStatus', WORKFLOW_CHANGE_STATUSES);
