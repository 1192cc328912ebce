import { choiceLabels } from '../../../../shared/text';
import { READINESS_QUESTIONS, VOTING_MODES, type QuestionId } from '../../../../shared/workshop/readiness';

export const MODE_LABELS = choiceLabels('votingMode', VOTING_MODES);
export const MODE_SHORT_LABELS = choiceLabels('votingModeShort', VOTING_MODES);

/** The short label of a readiness question ("Ownership"), or its id if it is unknown. */
export function questionLabel(id: QuestionId): string {
  return READINESS_QUESTIONS.find((question) => question.id === id)?.label ?? id;
}
