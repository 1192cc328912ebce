import type { Action } from './actions';
import type { Metric, MetricLayer } from './metrics';
import type { QuestionId } from './readiness';

/**
 * Built-in starting points the facilitator can add with one click: metrics from the workshop
 * method, and actions for each readiness gap. An entry added from one keeps the suggestion's
 * id in `fromSuggestion` while it is still the suggestion as offered; once the room renames or
 * rewrites it, it is the room's own and the id is cleared.
 */

/** A metric the group can add with one click and then adjust. */
export interface SuggestedMetric {
  readonly id: string;
  readonly layer: MetricLayer;
  readonly name: string;
  readonly unit: string;
  readonly definition: string;
}

/**
 * Starting points from the workshop method: process metrics say whether the AI performs,
 * outcome metrics say whether the business is better off.
 */
export const SUGGESTED_METRICS: readonly SuggestedMetric[] = [
  {
    id: 'accuracy-on-production-data',
    layer: 'process',
    name: 'Accuracy on production data',
    unit: '%',
    definition: 'Share of real, live cases the AI gets right, checked against a sample reviewed by people.',
  },
  {
    id: 'exception-rate',
    layer: 'process',
    name: 'Exception rate',
    unit: '% of cases',
    definition: 'Share of cases the AI passes to a person for review instead of handling them itself.',
  },
  {
    id: 'uptime',
    layer: 'process',
    name: 'Uptime',
    unit: '% of working hours',
    definition: 'Share of working hours in which the AI service is available to the people who rely on it.',
  },
  {
    id: 'response-time',
    layer: 'process',
    name: 'Response time',
    unit: 'seconds',
    definition: 'How long people wait for an answer from the AI, for the slowest 5 in 100 requests.',
  },
  {
    id: 'revenue-affected',
    layer: 'outcome',
    name: 'Revenue affected',
    unit: 'per month',
    definition: 'Revenue won, kept or sped up by the work the AI supports, compared with before.',
  },
  {
    id: 'cost-reduced',
    layer: 'outcome',
    name: 'Cost reduced',
    unit: 'per month',
    definition: 'Running cost of the process saved compared with the baseline before the AI.',
  },
  {
    id: 'time-saved-per-workflow',
    layer: 'outcome',
    name: 'Time saved per workflow',
    unit: 'minutes per case',
    definition:
      'Working time saved each time the workflow runs, compared with the same workflow before the AI.',
  },
  {
    id: 'error-rate-against-baseline',
    layer: 'outcome',
    name: 'Error rate against the pre-AI baseline',
    unit: '% of cases',
    definition:
      'Share of cases with a mistake that reaches the customer or the books, against the rate before the AI.',
  },
];

/** An action the group can add for a readiness gap and then adjust. */
export interface SuggestedAction {
  readonly id: string;
  readonly title: string;
}

/** Starting points for the action plan, per readiness question short of a yes: prompts, not a plan. */
export const SUGGESTED_ACTIONS: Readonly<Record<QuestionId, readonly SuggestedAction[]>> = {
  ownership: [
    {
      id: 'appoint-product-owner',
      title: 'Appoint the AI Product Owner from the business, with a written objective',
    },
    {
      id: 'name-post-launch-owners',
      title: 'Name an owner for model upkeep, quality monitoring, override decisions and incidents',
    },
  ],
  data: [
    { id: 'list-data-sources', title: 'List every production data source and its owner' },
    { id: 'automate-data-intake', title: 'Automate how data comes in and is checked' },
    { id: 'watch-data-feeds', title: 'Watch the feeds for gaps and errors' },
    { id: 'test-edge-cases', title: 'Test with real edge cases before rollout' },
  ],
  buyIn: [
    { id: 'co-design-sessions', title: 'Hold a co-design session with each affected manager' },
    { id: 'trial-workflow-changes', title: 'Trial the workflow changes with their teams' },
    { id: 'watch-for-workarounds', title: 'Watch for workarounds and feed them back into the design' },
  ],
  metrics: [
    { id: 'measure-baseline', title: 'Measure the baseline before rollout' },
    { id: 'set-metric-targets', title: 'Set targets and owners for the process and outcome metrics' },
    { id: 'agree-cfo-number', title: 'Agree the one number the CFO will see' },
  ],
};

function sameText(first: string, second: string): boolean {
  return first.trim().toLocaleLowerCase('en-GB') === second.trim().toLocaleLowerCase('en-GB');
}

/** The suggested metric with this id, if any. */
export function suggestedMetric(id: string | null): SuggestedMetric | undefined {
  return id === null ? undefined : SUGGESTED_METRICS.find((suggestion) => suggestion.id === id);
}

/** The suggestions of one layer that no metric has taken yet (added from it, or with its name). */
export function remainingSuggestions(
  layer: MetricLayer,
  metrics: readonly Pick<Metric, 'name' | 'fromSuggestion'>[],
): readonly SuggestedMetric[] {
  return SUGGESTED_METRICS.filter(
    (suggestion) =>
      suggestion.layer === layer &&
      !metrics.some(
        (metric) => metric.fromSuggestion === suggestion.id || sameText(metric.name, suggestion.name),
      ),
  );
}

/** The text of a metric a suggestion fills in, besides its name. */
export type SuggestedMetricText = Partial<Pick<Metric, 'definition' | 'unit'>>;

/** What an edit of a metric's name, definition or unit changes, and what it cleared. */
export interface MetricEdit {
  /** The fields to set on the metric. */
  readonly changes: Partial<Pick<Metric, 'name' | 'definition' | 'unit' | 'fromSuggestion'>>;
  /** Text the suggestion had filled in and the rename cleared, so the room can keep it; null when nothing was. */
  readonly cleared: SuggestedMetricText | null;
}

/**
 * Edits a metric's name, definition or unit. Editing a suggested metric makes it the room's
 * own; renaming it also clears the definition and unit the suggestion filled in (and that
 * nobody changed), because they describe the suggestion, not the new metric.
 */
export function editMetricText(
  metric: Pick<Metric, 'name' | 'definition' | 'unit' | 'fromSuggestion'>,
  patch: Partial<Pick<Metric, 'name' | 'definition' | 'unit'>>,
): MetricEdit {
  const suggestion = suggestedMetric(metric.fromSuggestion);
  if (metric.fromSuggestion === null) return { changes: patch, cleared: null };
  if (suggestion === undefined) return { changes: { ...patch, fromSuggestion: null }, cleared: null };
  const renamed = patch.name !== undefined && !sameText(patch.name, suggestion.name);
  const touched = renamed || patch.definition !== undefined || patch.unit !== undefined;
  if (!touched) return { changes: patch, cleared: null };
  const changes: { -readonly [Field in keyof MetricEdit['changes']]: MetricEdit['changes'][Field] } = {
    ...patch,
    fromSuggestion: null,
  };
  const cleared: { definition?: string; unit?: string } = {};
  if (renamed) {
    for (const field of ['definition', 'unit'] as const) {
      if (patch[field] === undefined && metric[field] === suggestion[field] && suggestion[field] !== '') {
        changes[field] = '';
        cleared[field] = suggestion[field];
      }
    }
  }
  return { changes, cleared: Object.keys(cleared).length === 0 ? null : cleared };
}

/** Retitles an action; a suggested action whose title changes becomes the room's own. */
export function retitleAction(
  action: Pick<Action, 'fromSuggestion'>,
  title: string,
): Pick<Action, 'title' | 'fromSuggestion'> {
  if (action.fromSuggestion === null) return { title, fromSuggestion: null };
  const suggestion = Object.values(SUGGESTED_ACTIONS)
    .flat()
    .find((candidate) => candidate.id === action.fromSuggestion);
  const unchanged = suggestion !== undefined && sameText(suggestion.title, title);
  return { title, fromSuggestion: unchanged ? action.fromSuggestion : null };
}
