/**
 * The follow-up report's "what moved": per readiness question, its answer in every session
 * and how it moved since the session before the latest, in words. Built on the shared
 * `questionMovements`, the same comparison the app's re-test shows.
 */
import { choiceLabels, text } from '../../../../shared/text';
import {
  ANSWERS,
  type Answer,
  latestSession,
  questionMovements,
  type QuestionMovement,
  type Workshop,
} from '../../../../shared/workshop';
import { joinWords } from '../plan/format';
import { QUESTION_LABELS } from '../plan/labels';

const ANSWER_LABELS = choiceLabels('answer', ANSWERS);

/** An answer in words; "Not voted" while nobody answered. */
export function answerWords(answer: Answer | null): string {
  return answer === null ? text('followUpReport.notVoted') : ANSWER_LABELS[answer];
}

/** One question's line of the movement table. */
export interface MovementRow {
  readonly question: string;
  /** The answer in each earlier session, oldest first. */
  readonly earlier: readonly string[];
  readonly now: string;
  /** "Better: No → Partly", "No change: Yes", … against the session before the latest. */
  readonly movement: string;
  readonly moved: boolean;
}

function movementWords(movement: QuestionMovement): { words: string; moved: boolean } {
  const previous = movement.earlier.at(-1);
  if (previous === undefined || previous.change === 'unknown') {
    return { words: text('followUpReport.moved.unknown'), moved: false };
  }
  const path = `${answerWords(previous.answer)} → ${answerWords(movement.now)}`;
  switch (previous.change) {
    case 'better':
      return { words: text('followUpReport.moved.better', { path }), moved: true };
    case 'worse':
      return { words: text('followUpReport.moved.worse', { path }), moved: true };
    default:
      return {
        words: text('followUpReport.moved.same', { answer: answerWords(movement.now) }),
        moved: false,
      };
  }
}

/** The movement of the four questions in the latest session, as rows of words. */
export function movementRows(
  workshop: Pick<Workshop, 'sessions' | 'meta' | 'createdAt' | 'readiness'>,
): MovementRow[] {
  return questionMovements(workshop, latestSession(workshop).id).map((movement) => {
    const { words, moved } = movementWords(movement);
    return {
      question: QUESTION_LABELS[movement.questionId],
      earlier: movement.earlier.map((earlier) => answerWords(earlier.answer)),
      now: answerWords(movement.now),
      movement: words,
      moved,
    };
  });
}

/** "Moved: Data and Buy-in." and "Did not move: Ownership and Metrics." */
export function movementSummary(rows: readonly MovementRow[]): string[] {
  const moved = rows.filter((row) => row.moved).map((row) => row.question);
  const still = rows.filter((row) => !row.moved).map((row) => row.question);
  return [
    moved.length === 0
      ? text('followUpReport.moved.noneMoved')
      : text('followUpReport.moved.movedList', { questions: joinWords(moved) }),
    ...(still.length === 0 ? [] : [text('followUpReport.moved.stillList', { questions: joinWords(still) })]),
  ];
}

/** The trend picture in words, for its alternative text: each question's answers, session by session. */
export function trendDescription(rows: readonly MovementRow[]): string {
  return text('followUpReport.trend.summary', {
    count: (rows[0]?.earlier.length ?? 0) + 1,
    questions: rows
      .map((row) =>
        text('followUpReport.trend.question', {
          question: row.question,
          path: [...row.earlier, row.now].join(' → '),
        }),
      )
      .join('; '),
  });
}
