/**
 * The room activities' part of the voting contract (`voting-contract.ts` re-exports it): a
 * silent writing round or a dot vote as the host shares it, the closed ones it recorded, what
 * opening one takes, the bounds of each input, and "how sure" on a ballot.
 */
import { z } from 'zod';
import { SHORT_TEXT_LIMIT } from '../workshop/fields';
import { ROOM_ACTIVITY_LIMITS } from '../workshop/room-activities';

/** The answer to "How sure are you?": 1 (not sure at all) to 5 (very sure). */
export const ConfidenceSchema = z.number().int().min(1).max(5);

/**
 * The bounds of a room activity, as the host and the phones hold them: the workshop file's
 * own (`ROOM_ACTIVITY_LIMITS`), so the document never refuses a note the room took.
 */
export const ACTIVITY_LIMITS = {
  promptLength: ROOM_ACTIVITY_LIMITS.promptLength,
  noteLength: ROOM_ACTIVITY_LIMITS.noteLength,
  notesPerPhone: ROOM_ACTIVITY_LIMITS.notesPerPhone,
  minItems: ROOM_ACTIVITY_LIMITS.dotItems.fewest,
  maxItems: ROOM_ACTIVITY_LIMITS.dotItems.most,
  itemLabelLength: SHORT_TEXT_LIMIT,
  maxDotsPerPhone: ROOM_ACTIVITY_LIMITS.dotsPerPhone.most,
} as const;

/**
 * Where a readiness round or a room activity is, as the window sees it: open or closed, when
 * it opened and closed, when it is planned to close (for the countdown; null without a time
 * limit), and whether the room has seen its results.
 */
export const LIVE_STATUS_FIELDS = {
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  revealed: z.boolean(),
};

/** A note as the host hands it over once its writing round is closed: no device id, ever. */
export const ActivityNoteSchema = z.strictObject({
  id: z.string(),
  text: z.string(),
  writtenAt: z.string(),
});
export type ActivityNote = z.infer<typeof ActivityNoteSchema>;

/** Something a dot vote is about (an action, a note, a group of notes). */
export const DotItemSchema = z.strictObject({
  id: z.string().min(1).max(100),
  label: z.string().min(1).max(ACTIVITY_LIMITS.itemLabelLength),
});
export type DotItem = z.infer<typeof DotItemSchema>;

/** Dots on one item. */
export const DotTotalSchema = z.strictObject({ itemId: z.string(), dots: z.number().int().min(0) });
export type DotTotal = z.infer<typeof DotTotalSchema>;

/**
 * A room activity (a silent writing round or a dot vote) as the facilitator window sees it.
 * While it is open it carries only how many notes or dots arrived and from how many phones;
 * `notes` and `totals` stay empty until it is closed (for the document), and the cockpit shows
 * them only once `revealed`.
 */
export const LiveActivitySchema = z.strictObject({
  activityId: z.string(),
  /** The workshop whose document holds this activity; refused for any other. */
  workshopId: z.string(),
  kind: z.enum(['writing', 'dots']),
  prompt: z.string(),
  ...LIVE_STATUS_FIELDS,
  /** When the facilitator revealed it (a fact for the document), or null. */
  revealedAt: z.string().nullable(),
  /** Phones that contributed (wrote a note that is still there, or placed a dot). */
  phones: z.number().int().min(0),
  writing: z
    .strictObject({
      noteCount: z.number().int().min(0),
      maxNotesPerPhone: z.number().int().min(1),
      maxNoteLength: z.number().int().min(1),
      /** Every note, once closed; empty while open. Anonymous: no device id. */
      notes: z.array(ActivityNoteSchema),
    })
    .nullable(),
  dots: z
    .strictObject({
      dotsPerPhone: z.number().int().min(1),
      items: z.array(DotItemSchema),
      dotsPlaced: z.number().int().min(0),
      /** Dots per item (every item, most dots first), once closed; empty while open. */
      totals: z.array(DotTotalSchema),
    })
    .nullable(),
});
export type LiveActivity = z.infer<typeof LiveActivitySchema>;

/** A closed room activity the host kept a journal of, with its notes or dot totals. */
export const RecordedActivitySchema = LiveActivitySchema.extend({
  status: z.literal('closed'),
  closedAt: z.string(),
});
export type RecordedActivity = z.infer<typeof RecordedActivitySchema>;

const ActivityIdInput = z.string().min(1).max(100);

/** `voting.openActivity`: a writing round, or a dot vote with its items and dots per phone. */
export const OpenActivityInputSchema = z
  .strictObject({
    activityId: ActivityIdInput,
    workshopId: z.string().min(1).max(100),
    workshopPath: z.string().min(1).max(4096),
    kind: z.enum(['writing', 'dots']),
    prompt: z.string().trim().min(1).max(ACTIVITY_LIMITS.promptLength),
    durationSeconds: z.number().int().min(10).max(3600).nullable().default(null),
    /** Dot vote only: what the dots go on. */
    items: z.array(DotItemSchema).min(ACTIVITY_LIMITS.minItems).max(ACTIVITY_LIMITS.maxItems).optional(),
    /** Dot vote only: how many dots each phone has. */
    dotsPerPhone: z.number().int().min(1).max(ACTIVITY_LIMITS.maxDotsPerPhone).optional(),
  })
  .refine(
    (input) => input.kind === 'writing' || (input.items !== undefined && input.dotsPerPhone !== undefined),
    {
      message: 'A dot vote needs its items and the dots per phone.',
    },
  )
  .refine(
    (input) => new Set((input.items ?? []).map((item) => item.id)).size === (input.items ?? []).length,
    {
      message: 'Each item needs its own id.',
    },
  );
