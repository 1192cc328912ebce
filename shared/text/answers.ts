import { ANSWERS } from '../workshop/choices';
import { choiceLabels } from './index';

/** A vote or final answer in words: "Yes", "Partly", "No" (no schema code: phones load this). */
export const ANSWER_LABELS = choiceLabels('answer', ANSWERS);
