/**
 * How split the room is on a readiness question, shown next to the counts on the audience
 * screen and in the cockpit, and noted in the Word plan. Zod-free, like `readiness-logic.ts`:
 * the cockpit's start-up code and the audience screen use it.
 */
import type { VotingRoundId } from './ids';
import type { QuestionId, Readiness } from './readiness';
import { countedBallots, tallyRound, type AnswerCounts } from './readiness-logic';

/** In words: the room agreed, leaned one way, or was split. */
export type SpreadLevel = 'agreed' | 'leaning' | 'split';

/** How split the room was on one question in one round. */
export interface ReadinessSpread {
  readonly level: SpreadLevel;
  /**
   * How far apart the answers are, from 0 (every vote the same) to 1 (half Yes, half No).
   * It is the standard deviation of the votes with Yes = 1, Partly = ½ and No = 0, divided by
   * its largest possible value, ½.
   */
  readonly disagreement: number;
  /** The votes counted. */
  readonly votes: number;
  /** The average answer to "How sure are you?" (1–5), or null when nobody said. */
  readonly averageConfidence: number | null;
  /** How many voters said how sure they were. */
  readonly confidenceCount: number;
}

/** The share of the votes at which one answer counts as the room's agreement. */
export const AGREED_SHARE = 0.75;
/** The share of the votes each end (Yes and No) needs for the room to count as split. */
export const SPLIT_END_SHARE = 0.25;

/**
 * How split the room was, by one rule a facilitator can say out loud:
 *
 * - **split** when at least a quarter of the votes are Yes *and* at least a quarter are No:
 *   both ends have real support, so the room disagrees rather than hesitates;
 * - **agreed** when one answer has at least three quarters of the votes (and it is not split);
 * - **leaning** otherwise (a majority, or a spread over Partly, without a clear agreement).
 *
 * No votes is `agreed` with a disagreement of 0 (nothing to note). A split room always has a
 * disagreement of at least √½ ≈ 0.71 (its least-spread case is ¼ Yes, ½ Partly, ¼ No).
 * `confidences` are the 1–5 answers to "How sure are you?" given with the votes.
 */
export function readinessSpread(
  counts: Pick<AnswerCounts, 'yes' | 'partly' | 'no'>,
  confidences: readonly number[] = [],
): ReadinessSpread {
  const votes = counts.yes + counts.partly + counts.no;
  const confidenceCount = confidences.length;
  const averageConfidence =
    confidenceCount === 0 ? null : confidences.reduce((sum, value) => sum + value, 0) / confidenceCount;
  if (votes === 0) return { level: 'agreed', disagreement: 0, votes, averageConfidence, confidenceCount };
  const shares = { yes: counts.yes / votes, partly: counts.partly / votes, no: counts.no / votes };
  const mean = shares.yes + shares.partly / 2;
  const variance = shares.yes * (1 - mean) ** 2 + shares.partly * (0.5 - mean) ** 2 + shares.no * mean ** 2;
  // Rounding can push the variance a hair below 0 or the ratio a hair above 1.
  const disagreement = Math.min(1, Math.sqrt(Math.max(0, variance)) / 0.5);
  const level: SpreadLevel =
    shares.yes >= SPLIT_END_SHARE && shares.no >= SPLIT_END_SHARE
      ? 'split'
      : Math.max(shares.yes, shares.partly, shares.no) >= AGREED_SHARE
        ? 'agreed'
        : 'leaning';
  return { level, disagreement, votes, averageConfidence, confidenceCount };
}

/**
 * The spread of each question one round asked, with the confidence its counted ballots
 * carried (a changed vote counts once, as in the tally). A show of hands has no confidence.
 */
export function roundSpreads(
  readiness: Readiness,
  roundId: VotingRoundId,
): Partial<Readonly<Record<QuestionId, ReadinessSpread>>> {
  const round = readiness.rounds.find((candidate) => candidate.id === roundId);
  if (round === undefined) return {};
  const counts = tallyRound(readiness, roundId);
  const counted = countedBallots(readiness.ballots).filter((ballot) => ballot.roundId === roundId);
  return Object.fromEntries(
    round.questionIds.map((questionId) => {
      const confidences = counted
        .filter((ballot) => ballot.questionId === questionId)
        .flatMap((ballot) => (ballot.confidence === undefined ? [] : [ballot.confidence]));
      return [questionId, readinessSpread(counts[questionId], confidences)];
    }),
  );
}
