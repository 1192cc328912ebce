import type { Answer } from '../workshop/readiness';
import { choiceLabels } from './index';

/**
 * The answers in the order every screen shows them. Written out here (type-checked against
 * `Answer`) rather than imported with the schema, so the phone page pulls in no schema code.
 */
const ANSWER_ORDER: readonly Answer[] = ['yes', 'partly', 'no'];

/** A vote or final answer in words: "Yes", "Partly", "No". */
export const ANSWER_LABELS = choiceLabels('answer', ANSWER_ORDER);
