import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { choice, flag, longText, onePerId, shortText } from './fields';
import { DataSourceIdSchema } from './ids';
import { ownerField } from './people';
import { choiceLabels } from '../text';
import { DATA_CONTRAST_IDS, FEED_TYPES, DATA_READINESS_LEVELS } from './choices';

export { DATA_CONTRAST_IDS, FEED_TYPES, DATA_READINESS_LEVELS };

/** Names one pilot-to-scale data contrast. */
export type DataContrastId = (typeof DATA_CONTRAST_IDS)[number];

const pilotWords = choiceLabels('dataContrastPilot', DATA_CONTRAST_IDS);
const scaleWords = choiceLabels('dataContrastScale', DATA_CONTRAST_IDS);

/** The four ways data at scale differs from the pilot's data: what the pilot had, what scale brings. */
export const DATA_CONTRASTS = DATA_CONTRAST_IDS.map((id) => ({
  id,
  pilot: pilotWords[id],
  scale: scaleWords[id],
}));

/** How data arrives from a source. */
export type FeedType = (typeof FEED_TYPES)[number];

/** Whether a source can feed the AI in production today. */
export type DataReadiness = (typeof DATA_READINESS_LEVELS)[number];

/** What a source looked like in the pilot and what it will look like at scale. */
export const DataContrastSchema = z.strictObject({
  pilot: longText(),
  scale: longText(),
});

/** What a source looked like in the pilot and what it will look like at scale. */
export type DataContrast = DeepReadonly<z.output<typeof DataContrastSchema>>;

/** A system the AI will read from in production. */
export const DataSourceSchema = z.strictObject({
  id: DataSourceIdSchema,
  /** The system's name, for example "Policy administration". */
  system: shortText(),
  owner: ownerField(),
  contrasts: onePerId(DATA_CONTRAST_IDS, DataContrastSchema),
  feedType: choice(FEED_TYPES).default('other'),
  /** True when data flows without anyone exporting, copying or cleaning it by hand. */
  automated: flag().default(false),
  readiness: choice(DATA_READINESS_LEVELS).default('unknown'),
  notes: longText(),
});

/** A system the AI will read from in production. */
export type DataSource = DeepReadonly<z.output<typeof DataSourceSchema>>;
