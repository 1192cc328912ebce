import type { VotingRoundId } from './ids';
import type { Answer, Ballot, QuestionId, Readiness, VotingRound } from './readiness';
// The plain lists, not the schema module: the cockpit's start-up code uses this file.
import { QUESTION_IDS, READINESS_QUESTIONS } from './choices';

/** How many votes each answer got. */
export interface AnswerCounts {
  readonly yes: number;
  readonly partly: number;
  readonly no: number;
  readonly total: number;
}

/** The counts of one round, per question. Questions the round did not ask count zero. */
export type QuestionCounts = Readonly<Record<QuestionId, AnswerCounts>>;

/** The counts of one round. */
export interface RoundTally {
  readonly round: VotingRound;
  readonly counts: QuestionCounts;
}

const noVotes: AnswerCounts = { yes: 0, partly: 0, no: 0, total: 0 };

/**
 * The ballots that count: for each round, question and voter only the latest one (by
 * `castAt`; for equal times, the one later in the list), because people may change their
 * vote while a round is open. Keeps the order of the input list.
 */
export function countedBallots(ballots: readonly Ballot[]): readonly Ballot[] {
  const latestIndexByKey = new Map<string, number>();
  ballots.forEach((ballot, index) => {
    const key = JSON.stringify([ballot.roundId, ballot.questionId, voterKey(ballot)]);
    const previousIndex = latestIndexByKey.get(key);
    const previous = previousIndex === undefined ? undefined : ballots[previousIndex];
    if (previous === undefined || castTime(ballot) >= castTime(previous)) {
      latestIndexByKey.set(key, index);
    }
  });
  const counted = new Set(latestIndexByKey.values());
  return ballots.filter((_ballot, index) => counted.has(index));
}

/**
 * Counts the votes of one round per question. A show-of-hands round uses the facilitator's
 * hand counts (the last one recorded per question); other rounds count ballots, one per
 * voter per question. Votes on questions the round did not ask are left out.
 */
export function tallyRound(readiness: Readiness, roundId: VotingRoundId): QuestionCounts {
  const round = readiness.rounds.find((candidate) => candidate.id === roundId);
  const counts = emptyQuestionCounts();
  if (round === undefined) {
    return counts;
  }
  const asked = new Set<QuestionId>(round.questionIds);
  if (round.mode === 'hands') {
    for (const handCount of readiness.handCounts) {
      if (handCount.roundId !== roundId || !asked.has(handCount.questionId)) continue;
      const { yes, partly, no } = handCount;
      counts[handCount.questionId] = { yes, partly, no, total: yes + partly + no };
    }
    return counts;
  }
  for (const ballot of countedBallots(readiness.ballots)) {
    if (ballot.roundId !== roundId || !asked.has(ballot.questionId)) continue;
    counts[ballot.questionId] = addVote(counts[ballot.questionId], ballot.answer);
  }
  return counts;
}

/** The counts of every round, in round-number order. */
export function tallyRounds(readiness: Readiness): readonly RoundTally[] {
  return [...readiness.rounds]
    .sort((first, second) => first.number - second.number)
    .map((round) => ({ round, counts: tallyRound(readiness, round.id) }));
}

/** The outcome of the Scaling Readiness Test. */
export interface Verdict {
  /**
   * `ready` only when all four final answers are yes; `incomplete` while any final answer is
   * still missing; otherwise `not-ready`.
   */
  readonly kind: 'ready' | 'not-ready' | 'incomplete';
  /** Questions whose final answer is partly or no: each needs actions. */
  readonly gaps: readonly QuestionId[];
  /** Questions without a final answer yet. */
  readonly unanswered: readonly QuestionId[];
  /** The verdict in one plain sentence, for screens and reports. */
  readonly sentence: string;
}

/** Works out the verdict from the group's final answers. "Partly" is not a yes. */
export function computeVerdict(workshop: { readonly readiness: Readiness }): Verdict {
  const { finalAnswers } = workshop.readiness;
  const gaps = QUESTION_IDS.filter((id) => {
    const answer = finalAnswers[id].answer;
    return answer === 'partly' || answer === 'no';
  });
  const unanswered = QUESTION_IDS.filter((id) => finalAnswers[id].answer === null);

  if (unanswered.length > 0) {
    const still =
      unanswered.length === 1
        ? `1 question still needs a final answer (${listQuestions(unanswered)})`
        : `${unanswered.length} questions still need a final answer (${listQuestions(unanswered)})`;
    const shortOfYes =
      gaps.length === 0
        ? ''
        : `; ${listQuestions(gaps)} ${gaps.length === 1 ? 'is' : 'are'} already short of a yes`;
    return { kind: 'incomplete', gaps, unanswered, sentence: `No verdict yet: ${still}${shortOfYes}.` };
  }
  if (gaps.length === 0) {
    return {
      kind: 'ready',
      gaps,
      unanswered,
      sentence: 'Ready to scale: the group answered yes to all four questions.',
    };
  }
  const count =
    gaps.length === 1 ? 'one question is' : `${numberWords[gaps.length] ?? gaps.length} questions are`;
  return {
    kind: 'not-ready',
    gaps,
    unanswered,
    sentence: `Not ready to scale yet: ${count} short of a yes (${listQuestions(gaps)}), and each needs actions before scaling.`,
  };
}

const numberWords: Readonly<Record<number, string>> = { 2: 'two', 3: 'three', 4: 'all four' };

function listQuestions(ids: readonly QuestionId[]): string {
  const labels = ids.map(
    (id) => READINESS_QUESTIONS.find((question) => question.id === id)?.label.toLowerCase() ?? id,
  );
  if (labels.length <= 1) {
    return labels.join('');
  }
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1] ?? ''}`;
}

function emptyQuestionCounts(): Record<QuestionId, AnswerCounts> {
  return { ownership: noVotes, data: noVotes, buyIn: noVotes, metrics: noVotes };
}

function addVote(counts: AnswerCounts, answer: Answer): AnswerCounts {
  return { ...counts, [answer]: counts[answer] + 1, total: counts.total + 1 };
}

function voterKey(ballot: Ballot): string {
  return ballot.voter.kind === 'device' ? `device:${ballot.voter.deviceId}` : `label:${ballot.voter.label}`;
}

function castTime(ballot: Ballot): number {
  const time = Date.parse(ballot.castAt);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}
