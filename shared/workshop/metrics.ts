import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { choice, longText, shortText, suggestionReference } from './fields';
import { MetricIdSchema } from './ids';
import { ownerField } from './people';

/**
 * The two layers of metrics: `process` says whether the AI performs, `outcome` says whether
 * the business is better off.
 */
export const METRIC_LAYERS = ['process', 'outcome'] as const;

/** The layer a metric belongs to. */
export type MetricLayer = (typeof METRIC_LAYERS)[number];

/**
 * A metric to agree before scaling. Baseline and target are text on purpose: in the room
 * they are often "not measured yet" or "-20% against baseline".
 */
export const MetricSchema = z.strictObject({
  id: MetricIdSchema,
  layer: choice(METRIC_LAYERS),
  name: shortText(),
  definition: longText(),
  baseline: shortText(),
  target: shortText(),
  unit: shortText(),
  owner: ownerField(),
  /** Where the number comes from. */
  source: shortText(),
  /** How often it is reviewed, for example "weekly". */
  cadence: shortText(),
  /**
   * The suggestion this metric was added from, while it is still the suggestion as offered;
   * null once the group made it its own (or wrote it from scratch).
   */
  fromSuggestion: suggestionReference(),
});

/** A metric to agree before scaling. */
export type Metric = DeepReadonly<z.output<typeof MetricSchema>>;
