import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import {
  choice,
  expecting,
  flag,
  kindUnion,
  listOf,
  SHORT_TEXT_LIMIT,
  shortText,
  textUpTo,
  timestamp,
  timestampOrNull,
  wholeNumber,
} from './fields';
import {
  ActionIdSchema,
  AgendaStageIdSchema,
  DataSourceIdSchema,
  DotItemIdSchema,
  NoteGroupIdSchema,
  ParkingLotItemIdSchema,
  RiskIdSchema,
  RoomActivityIdSchema,
  RoomNoteIdSchema,
  SessionIdSchema,
  StakeholderIdSchema,
  WorkflowChangeIdSchema,
} from './ids';

/**
 * What the room writes besides its readiness votes: silent writing rounds (anonymous notes,
 * revealed together) and dot votes (each phone spreads a few dots over a list of items).
 * The notes, the totals and the open, close and reveal times are facts the voting room
 * recorded; the groups, merges, hidden notes and the records made from notes are the
 * facilitator's edits (see `room-notes.ts`).
 */

/** The limits of a room activity, shared by the file format, the host and the phone page. */
export const ROOM_ACTIVITY_LIMITS = {
  /** Longest prompt of a writing round or dot vote, in characters. */
  promptLength: 200,
  /** Longest note a phone may send, in characters. */
  noteLength: 280,
  /** Most notes one phone may send in one writing round. */
  notesPerPhone: 5,
  /** Fewest and most items of a dot vote. */
  dotItems: { fewest: 2, most: 30 },
  /** Fewest and most dots each phone gets. */
  dotsPerPhone: { fewest: 1, most: 10 },
} as const;

/** Most phones (and so most dots per item, with ten each) a room activity can count. */
const MAXIMUM_PHONES = 10_000;

/** The two kinds of room activity. */
export const ROOM_ACTIVITY_KINDS = ['writing', 'dots'] as const;

/** A writing round or a dot vote. */
export type RoomActivityKind = (typeof ROOM_ACTIVITY_KINDS)[number];

/**
 * The record a note was turned into. The note keeps the reference, so the record itself needs
 * no field saying it came from the room (see `roomOriginOf` in `room-notes.ts`). A stakeholder
 * concern and a data issue point at the stakeholder or data source whose text holds them.
 */
export const NoteRecordSchema = kindUnion('a record', {
  risk: { id: RiskIdSchema },
  'stakeholder-concern': { id: StakeholderIdSchema },
  'data-issue': { id: DataSourceIdSchema },
  'workflow-change': { id: WorkflowChangeIdSchema },
  action: { id: ActionIdSchema },
  'parking-lot': { id: ParkingLotItemIdSchema },
});

/** The record a note was turned into. */
export type NoteRecord = DeepReadonly<z.output<typeof NoteRecordSchema>>;

/** The kinds of record a note can become. */
export type NoteRecordKind = NoteRecord['kind'];

/** Every kind of record a note can become, in the order the "Turn into…" menu lists them. */
export const NOTE_RECORD_KINDS = [
  'risk',
  'stakeholder-concern',
  'data-issue',
  'workflow-change',
  'action',
  'parking-lot',
] as const satisfies readonly NoteRecordKind[];

/** One anonymous note from a writing round (it never says which phone wrote it). */
export const RoomNoteSchema = z.strictObject({
  id: RoomNoteIdSchema,
  text: textUpTo(ROOM_ACTIVITY_LIMITS.noteLength),
  writtenAt: timestamp(),
  /** The group the facilitator put it in, or null. */
  groupId: NoteGroupIdSchema.nullable().default(null),
  /** Hidden from the room's board without being deleted. */
  hidden: flag().default(false),
  /** The note this one duplicated and was merged into, or null. */
  mergedInto: RoomNoteIdSchema.nullable().default(null),
  /** The record the facilitator turned it into, or null. */
  record: NoteRecordSchema.nullable().default(null),
});

/** One anonymous note from a writing round. */
export type RoomNote = DeepReadonly<z.output<typeof RoomNoteSchema>>;

/** A group of notes on the board. */
export const NoteGroupSchema = z.strictObject({
  id: NoteGroupIdSchema,
  title: shortText(),
});

/** A group of notes on the board. */
export type NoteGroup = DeepReadonly<z.output<typeof NoteGroupSchema>>;

/** One item of a dot vote: an action, or a note or group the room wrote. */
export const DotItemSchema = z.strictObject({
  id: DotItemIdSchema,
  label: textUpTo(SHORT_TEXT_LIMIT),
  /** The action the item stands for, so a ranking can set its priority; null for other items. */
  actionId: ActionIdSchema.nullable().default(null),
});

/** One item of a dot vote. */
export type DotItem = DeepReadonly<z.output<typeof DotItemSchema>>;

/** How many dots the room put on one item. */
export const DotTotalSchema = z.strictObject({
  itemId: DotItemIdSchema,
  dots: wholeNumber(0, MAXIMUM_PHONES * ROOM_ACTIVITY_LIMITS.dotsPerPhone.most),
});

/** How many dots the room put on one item. */
export type DotTotal = DeepReadonly<z.output<typeof DotTotalSchema>>;

/** What a dot vote offered and, once it closed, what the room chose. */
export const DotVoteSchema = z.strictObject({
  dotsPerPhone: wholeNumber(ROOM_ACTIVITY_LIMITS.dotsPerPhone.fewest, ROOM_ACTIVITY_LIMITS.dotsPerPhone.most),
  /** Phones that placed at least one dot. */
  phones: wholeNumber(0, MAXIMUM_PHONES).default(0),
  items: z
    .array(DotItemSchema, expecting('a list written in square brackets'))
    .max(
      ROOM_ACTIVITY_LIMITS.dotItems.most,
      expecting(`a list of at most ${ROOM_ACTIVITY_LIMITS.dotItems.most} items`),
    ),
  /** Dots per item once the vote closed; null while it is open. */
  totals: z.array(DotTotalSchema, expecting('a list written in square brackets')).nullable().default(null),
});

/** What a dot vote offered and what the room chose. */
export type DotVote = DeepReadonly<z.output<typeof DotVoteSchema>>;

/** A writing round or a dot vote the room ran on a stage. */
export const RoomActivitySchema = z.strictObject({
  id: RoomActivityIdSchema,
  kind: choice(ROOM_ACTIVITY_KINDS),
  /** The session it ran in; left out, it belongs to the latest session held on or before it opened. */
  sessionId: SessionIdSchema.optional(),
  /** The stage that was on when it opened. */
  stageId: AgendaStageIdSchema,
  prompt: textUpTo(ROOM_ACTIVITY_LIMITS.promptLength),
  openedAt: timestamp(),
  closedAt: timestampOrNull().default(null),
  /** When the facilitator showed the notes or the ranking to the room; null until then. */
  revealedAt: timestampOrNull().default(null),
  /** The notes of a writing round, in the order they were written; empty for a dot vote. */
  notes: listOf(RoomNoteSchema),
  groups: listOf(NoteGroupSchema),
  /** The dot vote's items and totals; null for a writing round. */
  dots: DotVoteSchema.nullable().default(null),
});

/** A writing round or a dot vote the room ran on a stage. */
export type RoomActivity = DeepReadonly<z.output<typeof RoomActivitySchema>>;
