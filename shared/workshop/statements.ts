import { choiceLabels, text } from '../text';
import type { Action } from './actions';
import { ANSWERS } from './choices';
import type { QuestionId, Readiness } from './readiness';
import { READINESS_QUESTIONS } from './readiness';
import { computeVerdict } from './readiness-logic';
import { PILOT_CONDITIONS, type PilotConditionId, type Retrospective } from './retrospective';

/**
 * Statements worked out from a workshop, in the words both the app and the Word plan use.
 * Anything the room reads on screen and the sponsor reads in the plan comes from here, so the
 * two can never disagree.
 */

/** Joins words as English does: "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) {
    return words.join('');
  }
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/** A pilot condition the group expects to lose, wholly (`yes`) or in part (`partly`). */
export interface ConditionLostAtScale {
  readonly id: PilotConditionId;
  readonly label: string;
  readonly vanishes: 'yes' | 'partly';
}

/** The pilot conditions the group marked as vanishing at scale, "partly" included, in the usual order. */
export function conditionsLostAtScale(retrospective: Retrospective): readonly ConditionLostAtScale[] {
  return PILOT_CONDITIONS.flatMap((condition) => {
    const vanishes = retrospective.conditions[condition.id].vanishesAtScale;
    return vanishes === 'yes' || vanishes === 'partly'
      ? [{ id: condition.id, label: condition.label, vanishes }]
      : [];
  });
}

/**
 * "3 of 4 pilot conditions will not hold at scale: a small team that wanted it to work, clean
 * data prepared by hand and a senior sponsor watching closely (partly)." Null when none is
 * marked.
 */
export function conditionsLostSentence(retrospective: Retrospective): string | null {
  const lost = conditionsLostAtScale(retrospective);
  if (lost.length === 0) return null;
  const named = lost.map((condition) => {
    const words = `${condition.label.charAt(0).toLowerCase()}${condition.label.slice(1)}`;
    return condition.vanishes === 'partly' ? text('statement.conditionPartly', { condition: words }) : words;
  });
  return text('statement.conditionsLost', {
    lost: lost.length,
    count: PILOT_CONDITIONS.length,
    conditions: joinWords(named),
  });
}

/** A readiness question short of a yes, and what the plan does about it. */
export interface GapStatement {
  readonly id: QuestionId;
  readonly label: string;
  readonly answer: 'partly' | 'no';
  readonly rationale: string;
  /** Actions in the plan linked to this killer. */
  readonly actionCount: number;
  /** "Data (final answer: Partly)." */
  readonly heading: string;
  /** "1 action in the plan works on this gap." */
  readonly actionsSentence: string;
  /** The heading and the actions sentence, as one line. */
  readonly sentence: string;
}

const ANSWER_WORDS = choiceLabels('answer', ANSWERS);

/**
 * The gaps of the readiness test, the most serious first (every "no" before every "partly",
 * each in the order the test asks them), with the number of actions working on each.
 */
export function gapStatements(workshop: {
  readonly readiness: Readiness;
  readonly actions: readonly Pick<Action, 'killer'>[];
}): readonly GapStatement[] {
  const { finalAnswers } = workshop.readiness;
  const gaps = computeVerdict(workshop).gaps;
  const ranked = [
    ...gaps.filter((id) => finalAnswers[id].answer === 'no'),
    ...gaps.filter((id) => finalAnswers[id].answer === 'partly'),
  ];
  return ranked.map((id) => {
    const answer = finalAnswers[id].answer === 'no' ? 'no' : 'partly';
    const label = READINESS_QUESTIONS.find((question) => question.id === id)?.label ?? id;
    const actionCount = workshop.actions.filter((action) => action.killer === id).length;
    const heading = text('statement.gapHeading', { question: label, answer: ANSWER_WORDS[answer] });
    const actionsSentence =
      actionCount === 0
        ? text('statement.gapNoAction')
        : text('statement.gapActions', { count: actionCount });
    return {
      id,
      label,
      answer,
      rationale: finalAnswers[id].rationale.trim(),
      actionCount,
      heading,
      actionsSentence,
      sentence: `${heading} ${actionsSentence}`,
    };
  });
}
