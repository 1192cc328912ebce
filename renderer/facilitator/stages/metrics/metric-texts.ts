import { text } from '../../../../shared/text';
import type { MetricLayer } from '../../../../shared/workshop/metrics';

/** The words of each layer of metrics: its heading, question, Add button and empty list. */
export const LAYERS: Readonly<
  Record<
    MetricLayer,
    {
      title: string;
      question: string;
      /** The name of an unnamed metric from its number, e.g. "process metric 2". */
      numbered: (number: number) => string;
      addLabel: string;
      empty: string;
    }
  >
> = {
  process: {
    title: text('stage.metrics.processMetrics'),
    question: text('stage.metrics.isTheAi'),
    numbered: (number) => text('stage.metrics.processMetricNumber', { number }),
    addLabel: text('stage.metrics.addAProcess'),
    empty: text('stage.metrics.noProcessMetrics'),
  },
  outcome: {
    title: text('stage.metrics.outcomeMetrics'),
    question: text('stage.metrics.isTheBusiness'),
    numbered: (number) => text('stage.metrics.outcomeMetricNumber', { number }),
    addLabel: text('stage.metrics.addAnOutcome'),
    empty: text('stage.metrics.noOutcomeMetrics'),
  },
};

/** What a rename cleared of a suggestion's text: its definition, its unit, or both. */
export const CLEARED_TEXTS = {
  definition: {
    note: text('stage.metrics.clearedDefinition'),
    keep: text('stage.metrics.keepDefinition'),
  },
  unit: { note: text('stage.metrics.clearedUnit'), keep: text('stage.metrics.keepUnit') },
  both: {
    note: text('stage.metrics.clearedDefinitionAndUnit'),
    keep: text('stage.metrics.keepDefinitionAndUnit'),
  },
} as const;
