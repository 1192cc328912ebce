import { z } from 'zod';
import { ConfidenceSchema, LiveBallotSchema } from '../../../shared/host-api/voting-contract';
import { ID_PATTERN } from '../../../shared/workshop/ids';
import { ANSWERS, QUESTION_IDS } from '../../../shared/workshop/readiness';

/** How a round is voted in the live room (show-of-hands rounds never reach the host). */
export const LIVE_VOTING_MODES = ['phones', 'keypad'] as const;

/** The first line of every round journal: which round this file belongs to. */
export const RoundRecordSchema = z.strictObject({
  type: z.literal('round'),
  roundId: z.string().regex(ID_PATTERN),
  /** The workshop whose document holds the round (absent in journals written before it was kept). */
  workshopId: z.string().min(1).max(100).optional(),
  number: z.number().int().min(1).max(99),
  questionIds: z.array(z.enum(QUESTION_IDS)).min(1).max(QUESTION_IDS.length),
  mode: z.enum(LIVE_VOTING_MODES),
  /** Whether phones are asked "How sure are you?" (absent in journals written before it was asked). */
  askConfidence: z.boolean().optional(),
  openedAt: z.string(),
  closesAt: z.string().nullable(),
});
/** The first line of a round journal. */
export type RoundRecord = z.infer<typeof RoundRecordSchema>;

/** One ballot as the journal keeps it; `voterKey` is what "one ballot per voter" is keyed on. */
export const BallotRecordSchema = z.strictObject({
  type: z.literal('ballot'),
  id: z.string().min(1).max(100),
  /** `device:<id>` for a phone (even when named voting shows a name), `keypad:<n>` for a keypad voter. */
  voterKey: z.string().min(1).max(120),
  voter: LiveBallotSchema.shape.voter,
  questionId: z.enum(QUESTION_IDS),
  answer: z.enum(ANSWERS),
  /** "How sure are you?" 1–5, when the round asked and the voter said (absent otherwise). */
  confidence: ConfidenceSchema.optional(),
  castAt: z.string(),
});
/** One ballot line of a round journal. */
export type BallotRecord = z.infer<typeof BallotRecordSchema>;

/** The last line of a round that was closed: no ballot after it counts. */
export const ClosedRecordSchema = z.strictObject({ type: z.literal('closed'), closedAt: z.string() });
/** The line that closes a round. */
export type ClosedRecord = z.infer<typeof ClosedRecordSchema>;

/** Any line of a round journal. */
export const JournalRecordSchema = z.discriminatedUnion('type', [
  RoundRecordSchema,
  BallotRecordSchema,
  ClosedRecordSchema,
]);
/** Any line of a round journal. */
export type JournalRecord = z.infer<typeof JournalRecordSchema>;
/** A line appended after the round line. */
export type AppendedRecord = BallotRecord | ClosedRecord;
