/**
 * The lines of a room activity's journal (`<data>/voting/activity-<activityId>.jsonl`).
 *
 * What the journal keeps, and why: each note and each dot allocation is kept with the
 * `deviceKey` of the phone that sent it (`device:<deviceId>`, the room session's anonymous
 * device id), so a phone can see and delete its own notes, its notes are counted against its
 * limit, and its dots are replaced rather than added after a reload or a host restart. That
 * key stays in this file: the facilitator window (`LiveActivity`, `RecordedActivity`), the
 * workshop file and every other phone get notes without it, and dot totals only.
 */
import { z } from 'zod';
import { ACTIVITY_LIMITS, DotItemSchema } from '../../../shared/host-api/voting-contract';
import { ID_PATTERN } from '../../../shared/workshop/ids';

const DeviceKeySchema = z.string().min(1).max(120);

/** The first line: which activity this file belongs to, and its bounds. */
export const ActivityRecordSchema = z.strictObject({
  type: z.literal('activity'),
  activityId: z.string().regex(ID_PATTERN),
  workshopId: z.string().min(1).max(100),
  kind: z.enum(['writing', 'dots']),
  prompt: z.string().max(ACTIVITY_LIMITS.promptLength),
  openedAt: z.string(),
  closesAt: z.string().nullable(),
  writing: z
    .strictObject({
      maxNotesPerPhone: z.number().int().min(1).max(50),
      maxNoteLength: z.number().int().min(1).max(2000),
    })
    .nullable(),
  dots: z
    .strictObject({
      dotsPerPhone: z.number().int().min(1).max(ACTIVITY_LIMITS.maxDotsPerPhone),
      items: z.array(DotItemSchema).min(1).max(ACTIVITY_LIMITS.maxItems),
    })
    .nullable(),
});
export type ActivityRecord = z.infer<typeof ActivityRecordSchema>;

/** A note a phone wrote. */
export const NoteRecordSchema = z.strictObject({
  type: z.literal('note'),
  id: z.string().min(1).max(100),
  deviceKey: DeviceKeySchema,
  text: z.string().min(1).max(2000),
  writtenAt: z.string(),
});
export type NoteRecord = z.infer<typeof NoteRecordSchema>;

/** A phone took one of its own notes back. */
export const NoteDeletedRecordSchema = z.strictObject({
  type: z.literal('note-deleted'),
  id: z.string().min(1).max(100),
  deviceKey: DeviceKeySchema,
});
export type NoteDeletedRecord = z.infer<typeof NoteDeletedRecordSchema>;

/** A phone's whole dot allocation, replacing its earlier one. */
export const DotsRecordSchema = z.strictObject({
  type: z.literal('dots'),
  deviceKey: DeviceKeySchema,
  dots: z.array(z.strictObject({ itemId: z.string().min(1).max(100), dots: z.number().int().min(1) })),
  placedAt: z.string(),
});
export type DotsRecord = z.infer<typeof DotsRecordSchema>;

/** No note or dot after this line counts. */
export const ActivityClosedRecordSchema = z.strictObject({ type: z.literal('closed'), closedAt: z.string() });

/** The facilitator showed the notes or the ranking to the room. */
export const RevealedRecordSchema = z.strictObject({ type: z.literal('revealed'), revealedAt: z.string() });

/** Any line of an activity journal. */
export const ActivityLineSchema = z.discriminatedUnion('type', [
  ActivityRecordSchema,
  NoteRecordSchema,
  NoteDeletedRecordSchema,
  DotsRecordSchema,
  ActivityClosedRecordSchema,
  RevealedRecordSchema,
]);
export type ActivityLine = z.infer<typeof ActivityLineSchema>;
/** A line appended after the first. */
export type ActivityAppended = Exclude<ActivityLine, ActivityRecord>;
