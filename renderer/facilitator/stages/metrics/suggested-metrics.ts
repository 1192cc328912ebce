import type { MetricLayer } from '../../../../shared/workshop/metrics';

/** A metric the group can add with one click and then adjust. */
export interface SuggestedMetric {
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
    layer: 'process',
    name: 'Accuracy on production data',
    unit: '%',
    definition: 'Share of real, live cases the AI gets right, checked against a sample reviewed by people.',
  },
  {
    layer: 'process',
    name: 'Exception rate',
    unit: '% of cases',
    definition: 'Share of cases the AI passes to a person for review instead of handling them itself.',
  },
  {
    layer: 'process',
    name: 'Uptime',
    unit: '% of working hours',
    definition: 'Share of working hours in which the AI service is available to the people who rely on it.',
  },
  {
    layer: 'process',
    name: 'Response time',
    unit: 'seconds',
    definition: 'How long people wait for an answer from the AI, for the slowest 5 in 100 requests.',
  },
  {
    layer: 'outcome',
    name: 'Revenue affected',
    unit: 'per month',
    definition: 'Revenue won, kept or sped up by the work the AI supports, compared with before.',
  },
  {
    layer: 'outcome',
    name: 'Cost reduced',
    unit: 'per month',
    definition: 'Running cost of the process saved compared with the baseline before the AI.',
  },
  {
    layer: 'outcome',
    name: 'Time saved per workflow',
    unit: 'minutes per case',
    definition:
      'Working time saved each time the workflow runs, compared with the same workflow before the AI.',
  },
  {
    layer: 'outcome',
    name: 'Error rate against the pre-AI baseline',
    unit: '% of cases',
    definition:
      'Share of cases with a mistake that reaches the customer or the books, against the rate before the AI.',
  },
];

function sameName(first: string, second: string): boolean {
  return first.trim().toLocaleLowerCase() === second.trim().toLocaleLowerCase();
}

/** The suggestions of one layer that no metric of that layer has taken yet (matched by name). */
export function remainingSuggestions(
  layer: MetricLayer,
  existingNames: readonly string[],
): readonly SuggestedMetric[] {
  return SUGGESTED_METRICS.filter(
    (suggestion) =>
      suggestion.layer === layer && !existingNames.some((name) => sameName(name, suggestion.name)),
  );
}
