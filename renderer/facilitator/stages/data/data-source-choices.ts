import { choiceLabels } from '../../../../shared/text';
import { READINESS_LABELS } from '../../../../shared/canvases/labels';
import { DATA_READINESS_LEVELS, FEED_TYPES } from '../../../../shared/workshop/data-sources';
import { choicesOf } from '../shared/fields';

const FEED_TYPE_LABELS = choiceLabels('feedType', FEED_TYPES);

/** How data arrives from a source, as the list and the map offer it. */
export const FEED_TYPE_CHOICES = choicesOf(FEED_TYPES, (value) => FEED_TYPE_LABELS[value]);

/** Whether a source is ready, in the same words as the data map's badges. */
export const READINESS_CHOICES = choicesOf(DATA_READINESS_LEVELS, (value) => READINESS_LABELS[value].text);
