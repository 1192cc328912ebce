/**
 * What the answer-first page is worked out from: the first-round answer to each readiness
 * question and the actions that matter most. Pure functions of the workshop.
 */
import type { Action, Answer, QuestionId, RoundTally, Workshop } from '../../../../shared/workshop';
import { computeVerdict } from '../../../../shared/workshop';
import { compareActions } from './action-order';

/** How the room answered a question the first time it was voted on. */
export interface FirstRoundAnswer {
  /** The answer with the most votes; on a tie, the more cautious one. */
  readonly answer: Answer;
  readonly votes: number;
  readonly total: number;
  readonly tied: boolean;
}

/** From most to least cautious: a tie is read the cautious way. */
const CAUTIOUS_FIRST: readonly Answer[] = ['no', 'partly', 'yes'];

/** How far an answer is from a yes: 0 for no, 2 for yes. */
export const ANSWER_STEP: Readonly<Record<Answer, number>> = { no: 0, partly: 1, yes: 2 };

/**
 * The first-round answer to each question: from the earliest round (by number) that asked
 * it and got votes. Questions never voted on are left out.
 */
export function firstRoundAnswers(
  tallies: readonly RoundTally[],
): Partial<Record<QuestionId, FirstRoundAnswer>> {
  const found: Partial<Record<QuestionId, FirstRoundAnswer>> = {};
  for (const { round, counts } of tallies) {
    for (const id of round.questionIds) {
      const count = counts[id];
      if (found[id] !== undefined || count.total === 0) continue;
      const most = Math.max(count.yes, count.partly, count.no);
      const leaders = CAUTIOUS_FIRST.filter((answer) => count[answer] === most);
      found[id] = { answer: leaders[0] ?? 'no', votes: most, total: count.total, tied: leaders.length > 1 };
    }
  }
  return found;
}

/**
 * The actions that matter most, at most `limit` of them (dropped actions never): actions not done before done ones,
 * then high priority first, then those working on a "no" gap, then on a "partly" gap, then
 * the earliest due date (undated last), as the action plan orders them.
 */
export function topActions(workshop: Pick<Workshop, 'actions' | 'readiness'>, limit = 3): Action[] {
  const { finalAnswers } = workshop.readiness;
  const gaps = new Set<string>(computeVerdict(workshop).gaps);
  const gapRank = (action: Action): number => {
    if (!gaps.has(action.killer)) return 2;
    return finalAnswers[action.killer as QuestionId].answer === 'no' ? 0 : 1;
  };
  const priority = { high: 0, medium: 1, low: 2 } as const;
  return workshop.actions
    .filter((action) => action.status !== 'dropped')
    .sort(
      (first, second) =>
        Number(first.status === 'done') - Number(second.status === 'done') ||
        priority[first.priority] - priority[second.priority] ||
        gapRank(first) - gapRank(second) ||
        compareActions(first, second),
    )
    .slice(0, limit);
}
