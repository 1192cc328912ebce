import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import {
  choice,
  expecting,
  expectingVariant,
  flag,
  listOf,
  longText,
  onePerId,
  SHORT_TEXT_LIMIT,
  textUpTo,
  timestamp,
  timestampOrNull,
  wholeNumber,
} from './fields';
import { BallotIdSchema, DeviceIdSchema, SessionIdSchema, VotingRoundIdSchema } from './ids';
import { QUESTION_IDS, READINESS_QUESTIONS, ANSWERS, VOTING_MODES, type ReadinessQuestion } from './choices';

export { QUESTION_IDS, READINESS_QUESTIONS, ANSWERS, VOTING_MODES, type ReadinessQuestion };

/** Names one of the four readiness questions. */
export type QuestionId = (typeof QUESTION_IDS)[number];

/** An answer to a readiness question. */
export type Answer = (typeof ANSWERS)[number];

/** How the room votes in a round: on phones, on keypads, or by a show of hands counted by the facilitator. */
export type VotingMode = (typeof VOTING_MODES)[number];

/** One voting round on some or all of the questions. */
export const VotingRoundSchema = z.strictObject({
  id: VotingRoundIdSchema,
  /** 1 for the first round, 2 for the second, … */
  number: wholeNumber(1, 99),
  questionIds: z
    .array(choice(QUESTION_IDS), expecting('a list of question ids'))
    .min(1, expecting('a list of one to four question ids'))
    .max(QUESTION_IDS.length, expecting('a list of one to four question ids')),
  openedAt: timestampOrNull().default(null),
  closedAt: timestampOrNull().default(null),
  /** True once the results have been shown to the room. */
  revealed: flag().default(false),
  mode: choice(VOTING_MODES).default('phones'),
  /** True when phones were asked "How sure are you?" (1–5) with each answer. */
  askConfidence: flag().default(false),
  /**
   * The session the round was voted in. Files from before sessions name the first one; a
   * round without it belongs to the latest session held on or before the day it opened.
   */
  sessionId: SessionIdSchema.optional(),
});

/** One voting round. */
export type VotingRound = DeepReadonly<z.output<typeof VotingRoundSchema>>;

/** Who cast a ballot: an anonymous device, or a label such as a keypad number. */
export const VoterSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('device'), deviceId: DeviceIdSchema }),
    z.strictObject({ kind: z.literal('label'), label: textUpTo(SHORT_TEXT_LIMIT) }),
  ],
  expectingVariant('a voter: {"kind": "device", "deviceId": …} or {"kind": "label", "label": …}'),
);

/** Who cast a ballot. */
export type Voter = DeepReadonly<z.output<typeof VoterSchema>>;

/** One vote on one question in one round. A later ballot from the same voter replaces an earlier one. */
export const BallotSchema = z.strictObject({
  id: BallotIdSchema,
  roundId: VotingRoundIdSchema,
  questionId: choice(QUESTION_IDS),
  voter: VoterSchema,
  answer: choice(ANSWERS),
  castAt: timestamp(),
  /** How sure the voter was, 1 (a guess) to 5 (certain), when the round asked; left out otherwise. */
  confidence: wholeNumber(1, 5).optional(),
});

/** One vote on one question in one round. */
export type Ballot = DeepReadonly<z.output<typeof BallotSchema>>;

/** Largest number of hands that can be counted for one answer. */
export const MAXIMUM_HAND_COUNT = 10_000;

/** The facilitator's count of raised hands for one question in a show-of-hands round. */
export const HandCountSchema = z.strictObject({
  roundId: VotingRoundIdSchema,
  questionId: choice(QUESTION_IDS),
  yes: wholeNumber(0, MAXIMUM_HAND_COUNT).default(0),
  partly: wholeNumber(0, MAXIMUM_HAND_COUNT).default(0),
  no: wholeNumber(0, MAXIMUM_HAND_COUNT).default(0),
});

/** The count of raised hands for one question in a show-of-hands round. */
export type HandCount = DeepReadonly<z.output<typeof HandCountSchema>>;

/**
 * The group's final answer to a question, recorded by the facilitator. It may differ from
 * the majority vote; the rationale keeps the reason.
 */
export const FinalAnswerSchema = z.strictObject({
  answer: choice(ANSWERS).nullable().default(null),
  rationale: longText(),
});

/** The group's final answer to a question; `answer` is null until recorded. */
export type FinalAnswer = DeepReadonly<z.output<typeof FinalAnswerSchema>>;

/** The group's final answer to each of the four questions. */
export const FinalAnswersSchema = onePerId(QUESTION_IDS, FinalAnswerSchema);

/** Everything the Scaling Readiness Test records. */
export const ReadinessSchema = z.strictObject({
  rounds: listOf(VotingRoundSchema),
  ballots: listOf(BallotSchema),
  handCounts: listOf(HandCountSchema),
  finalAnswers: FinalAnswersSchema,
});

/** Everything the Scaling Readiness Test records. */
export type Readiness = DeepReadonly<z.output<typeof ReadinessSchema>>;
