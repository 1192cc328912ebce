import { choiceLabels } from '../../../../shared/text';
import { READINESS_LABELS } from '../../../../shared/canvases/labels';
import {
  DATA_READINESS_LEVELS,
  FEED_TYPES,
  type DataReadiness,
  type FeedType,
} from '../../../../shared/workshop/data-sources';
import type { Choice } from '../shared/fields';

const FEED_TYPE_LABELS = choiceLabels('feedType', FEED_TYPES);

/** How data arrives from a source, as the list and the map offer it. */
export const FEED_TYPE_CHOICES: readonly Choice<FeedType>[] = FEED_TYPES.map((value) => ({
  value,
  label: FEED_TYPE_LABELS[value],
}));

/** Whether a source is ready, in the same words as the data map's badges. */
export const READINESS_CHOICES: readonly Choice<DataReadiness>[] = DATA_READINESS_LEVELS.map((value) => ({
  value,
  label: READINESS_LABELS[value].text,
}));
