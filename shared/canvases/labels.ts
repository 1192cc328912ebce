/**
 * The words the canvases use for stored values, taken from the text catalogue
 * (`shared/text`), so the cockpit, the audience screen and the Word plan say the same thing.
 */
import { choiceLabels } from '../text';
// The plain value lists, not the schema modules: the canvases are in the cockpit's start-up
// code, which has no use for zod.
import {
  CANVAS_NAMES,
  DATA_READINESS_LEVELS,
  RELATIONSHIP_TYPES,
  STAKEHOLDER_KINDS,
  STANCES,
  WORKFLOW_CHANGE_STATUSES,
  WORKFLOW_LANES,
} from '../workshop/choices';
import type { DataReadiness } from '../workshop/data-sources';
import type { Stance } from '../workshop/stakeholders';

/** What each canvas is called in the cockpit, on the audience screen and in the plan. */
export const CANVAS_LABELS = choiceLabels('canvas', CANVAS_NAMES);

/** How a relationship reads, from the first stakeholder to the second. */
export const RELATIONSHIP_LABELS = choiceLabels('relationship', RELATIONSHIP_TYPES);

const STANCE_SYMBOLS: Readonly<Record<Stance, string>> = {
  champion: '★',
  supporter: '▲',
  neutral: '●',
  sceptic: '▼',
  blocker: '✖',
};

const STANCE_WORDS = choiceLabels('stance', STANCES);

/**
 * Stances as words and a symbol, so a stance never depends on colour alone (the colour is a
 * third cue, set in the stylesheet).
 */
export const STANCE_LABELS: Readonly<Record<Stance, { readonly text: string; readonly symbol: string }>> =
  Object.fromEntries(
    STANCES.map((stance) => [stance, { text: STANCE_WORDS[stance], symbol: STANCE_SYMBOLS[stance] }]),
  ) as Record<Stance, { text: string; symbol: string }>;

export const STAKEHOLDER_KIND_LABELS = choiceLabels('stakeholderKind', STAKEHOLDER_KINDS);

export const WORKFLOW_LANE_LABELS = choiceLabels('workflowLane', WORKFLOW_LANES);

export const WORKFLOW_CHANGE_STATUS_LABELS = choiceLabels('workflowChangeStatus', WORKFLOW_CHANGE_STATUSES);

const READINESS_SYMBOLS: Readonly<Record<DataReadiness, string>> = {
  ready: '✔',
  partial: '◐',
  'not-ready': '✖',
  unknown: '?',
};

const READINESS_WORDS = choiceLabels('dataReadiness', DATA_READINESS_LEVELS);

/** Readiness of a data source as words and a symbol (never colour alone). */
export const READINESS_LABELS: Readonly<
  Record<DataReadiness, { readonly text: string; readonly symbol: string }>
> = Object.fromEntries(
  DATA_READINESS_LEVELS.map((level) => [
    level,
    { text: READINESS_WORDS[level], symbol: READINESS_SYMBOLS[level] },
  ]),
) as Record<DataReadiness, { text: string; symbol: string }>;
