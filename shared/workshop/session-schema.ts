import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { calendarDateOrEmpty, choice, expecting, listOf, longText, wholeNumber } from './fields';
import { ActionIdSchema, SessionIdSchema } from './ids';
import { ACTION_STATUSES, MAXIMUM_PROGRESS, SESSION_KINDS } from './choices';
import { FinalAnswersSchema } from './readiness';

export { SESSION_KINDS };

/** Whether a session is the workshop itself or a follow-up held on it later. */
export type SessionKind = (typeof SESSION_KINDS)[number];

const calendarDateExpectation = expecting('a date written as yyyy-mm-dd (for example 2025-03-14)');

/** A calendar date written `yyyy-mm-dd` (never empty). */
export function calendarDate() {
  return z.string(calendarDateExpectation).regex(z.regexes.date, calendarDateExpectation);
}

/**
 * What a follow-up recorded about one action when the room reviewed it: its status, progress
 * and note, and its due date at that review. The action itself carries the latest of these;
 * the review keeps them as they were on the day, so an earlier session still reads true.
 */
export const ActionReviewSchema = z.strictObject({
  actionId: ActionIdSchema,
  status: choice(ACTION_STATUSES).default('todo'),
  /** Percent done, 0–100, or null when nobody gave a figure. */
  progress: wholeNumber(0, MAXIMUM_PROGRESS).nullable().default(null),
  note: longText(),
  /** The due date agreed at this review, `yyyy-mm-dd`, or empty. */
  dueDate: calendarDateOrEmpty(),
});

/** What a follow-up recorded about one action. */
export type ActionReview = DeepReadonly<z.output<typeof ActionReviewSchema>>;

/**
 * One session held on a workshop. The first is the workshop itself; each follow-up reviews
 * the actions and votes the four questions again. Readiness rounds name the session they were
 * voted in; agenda stages with no session belong to the first one.
 */
export const SessionSchema = z.strictObject({
  id: SessionIdSchema,
  kind: choice(SESSION_KINDS),
  /** The day the session was held, `yyyy-mm-dd`. */
  date: calendarDate(),
  /** A follow-up's review of each action, in the order they were reviewed. */
  actionReviews: listOf(ActionReviewSchema),
  /**
   * A follow-up's own final answers to the four questions after its re-test. The workshop
   * session keeps its final answers in `readiness.finalAnswers`.
   */
  finalAnswers: FinalAnswersSchema,
});

/** One session held on a workshop. */
export type Session = DeepReadonly<z.output<typeof SessionSchema>>;
