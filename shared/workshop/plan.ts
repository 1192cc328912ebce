import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { calendarDateOrEmpty, listOf, longText, shortText } from './fields';
import { MilestoneIdSchema } from './ids';

/** A milestone of the roadmap besides the go/no-go review, such as "Pilot extended to motor claims". */
export const MilestoneSchema = z.strictObject({
  id: MilestoneIdSchema,
  label: shortText(),
  /** `yyyy-mm-dd`, or empty while not agreed. */
  date: calendarDateOrEmpty(),
});

/** A milestone of the roadmap besides the go/no-go review. */
export type Milestone = DeepReadonly<z.output<typeof MilestoneSchema>>;

/** The dates the roadmap is drawn around. */
export const MilestonesSchema = z.strictObject({
  /** When the sponsor decides whether to scale, `yyyy-mm-dd`, or empty while not set. */
  goNoGoDate: calendarDateOrEmpty(),
  others: listOf(MilestoneSchema),
});

/** The dates the roadmap is drawn around. */
export type Milestones = DeepReadonly<z.output<typeof MilestonesSchema>>;

/** The sponsor's sign-off of the action plan. */
export const SignOffSchema = z.strictObject({
  sponsorName: shortText(),
  /** The day of sign-off, `yyyy-mm-dd`, or empty. */
  date: calendarDateOrEmpty(),
  /** What the room agreed, in its own words. */
  agreement: longText(),
});

/** The sponsor's sign-off of the action plan. */
export type SignOff = DeepReadonly<z.output<typeof SignOffSchema>>;

/** No go/no-go date and no other milestone yet. */
export function emptyMilestones(): { goNoGoDate: ''; others: [] } {
  return { goNoGoDate: '', others: [] };
}

/** A sign-off nobody has filled in yet. */
export function emptySignOff(): { sponsorName: ''; date: ''; agreement: '' } {
  return { sponsorName: '', date: '', agreement: '' };
}
