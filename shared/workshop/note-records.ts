/**
 * Turning what the room wrote into records of the stages, with one action each: a risk, a
 * stakeholder concern, a data issue, a workflow change, an action or a parking-lot item.
 *
 * The note keeps `record` pointing at what it became, so the record "remembers it came from
 * the room" without a field of its own: `roomOriginOf` (in `note-record-links.ts`, with the
 * other zod-free look-ups) finds the note, and `withoutDanglingNoteRecords` lets the note
 * forget a record that was deleted.
 */
import { ActionSchema } from './actions';
import { DataSourceSchema } from './data-sources';
import type { DataSourceId, RoomActivityId, RoomNoteId, StakeholderId } from './ids';
import { newId } from './new-id';
import { ParkingLotItemSchema } from './parking-lot';
import { RiskSchema } from './risks';
import type { NoteRecord, NoteRecordKind } from './room-activities';
import { NOTE_RECORD_LISTS, recordExists, type NoteRecordItems, type RecordList } from './note-record-links';
import { withActivity, withNotes } from './room-notes';
import { StakeholderSchema } from './stakeholders';
import { WorkflowChangeSchema } from './workflow';
import type { Workshop } from './workshop';

/** What to turn a note into, and where. */
export interface NoteIntoRecord {
  readonly activityId: RoomActivityId;
  readonly noteId: RoomNoteId;
  readonly kind: NoteRecordKind;
  /**
   * For a stakeholder concern: the stakeholder whose concerns it joins; for a data issue: the
   * data source whose notes it joins. Left out, a new stakeholder card or data source holds it.
   */
  readonly into?: StakeholderId | DataSourceId;
  /** The id of a new record; a fresh one when left out. */
  readonly newRecordId?: string;
  /** When it happens (a parking-lot item's `createdAt`); now when left out. */
  readonly now?: string;
}

/** `existing` and `addition` as one text, a line apart. */
function appended(existing: string, addition: string): string {
  return existing.trim() === '' ? addition : `${existing}\n${addition}`;
}

/**
 * How a note's text becomes a record of each kind: a new one, and, for the kinds that gather
 * several notes (a stakeholder's concerns, a data source's notes), added to a chosen one.
 */
interface RecordMaker<Item> {
  readonly fresh: (id: string, text: string, now: string) => Item;
  readonly append?: (chosen: Item, text: string) => Item;
}

const RECORD_MAKERS: { readonly [Kind in NoteRecordKind]: RecordMaker<NoteRecordItems[Kind]> } = {
  risk: { fresh: (id, text) => RiskSchema.parse({ id, title: text }) },
  'stakeholder-concern': {
    fresh: (id, text) => StakeholderSchema.parse({ id, concerns: text }),
    append: (chosen, text) => ({ ...chosen, concerns: appended(chosen.concerns, text) }),
  },
  'data-issue': {
    fresh: (id, text) => DataSourceSchema.parse({ id, notes: text }),
    append: (chosen, text) => ({ ...chosen, notes: appended(chosen.notes, text) }),
  },
  'workflow-change': { fresh: (id, text) => WorkflowChangeSchema.parse({ id, description: text }) },
  action: { fresh: (id, text) => ActionSchema.parse({ id, title: text }) },
  'parking-lot': { fresh: (id, text, now) => ParkingLotItemSchema.parse({ id, text, createdAt: now }) },
};

/**
 * Turns a note into a record with one action: a risk (titled with the note), a stakeholder
 * concern (added to the chosen stakeholder's concerns, or a new stakeholder card holding it,
 * whose name the facilitator types next: a concern needs someone who holds it), a data issue
 * (added to the chosen data source's notes, or a new data source), a workflow change, an
 * action, or a parking-lot item. The note's `record` then points at it. A note that already
 * became a record that still exists, or a hidden note, is left as it is.
 */
export function turnNoteIntoRecord(workshop: Workshop, request: NoteIntoRecord): Workshop {
  const activity = workshop.roomActivities.find((candidate) => candidate.id === request.activityId);
  const note = activity?.notes.find((candidate) => candidate.id === request.noteId);
  if (note === undefined || note.hidden) return workshop;
  if (note.record !== null && recordExists(workshop, note.record)) return workshop;
  const made = withRecord(workshop, request.kind, request, note.text.trim());
  return withActivity(made.workshop, request.activityId, (current) =>
    withNotes(
      current,
      (candidate) => candidate.id === request.noteId,
      (candidate) => ({ ...candidate, record: made.record }),
    ),
  );
}

/** `workshop` with the note's `text` in a record of `kind`, and that record. */
function withRecord<Kind extends NoteRecordKind>(
  workshop: Workshop,
  kind: Kind,
  request: NoteIntoRecord,
  text: string,
): { workshop: Workshop; record: NoteRecord } {
  const place: RecordList<NoteRecordItems[Kind]> = NOTE_RECORD_LISTS[kind];
  const maker: RecordMaker<NoteRecordItems[Kind]> = RECORD_MAKERS[kind];
  const list = place.of(workshop);
  const index = maker.append === undefined ? -1 : list.findIndex((item) => item.id === request.into);
  const chosen = list[index];
  if (chosen !== undefined && maker.append !== undefined) {
    const record = { kind, id: chosen.id } as NoteRecord;
    return { workshop: place.withList(workshop, list.with(index, maker.append(chosen, text))), record };
  }
  const made = maker.fresh(request.newRecordId ?? newId(), text, request.now ?? new Date().toISOString());
  return { workshop: place.withList(workshop, [...list, made]), record: { kind, id: made.id } as NoteRecord };
}
