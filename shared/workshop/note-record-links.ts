/**
 * Which record a note of the room became, looked up without building anything: the list that
 * holds each kind of record ({@link NOTE_RECORD_LISTS}), where a record came from
 * ({@link roomOriginOf}) and notes forgetting records that were deleted
 * ({@link withoutDanglingNoteRecords}). Free of zod, unlike `note-records.ts` (which makes
 * records from the schemas' defaults): the store runs it after every edit, so it sits in the
 * facilitator's start-up scripts, which carry no zod (`test/packaging/phone-page-chunks.test.ts`).
 */
import type { RoomActivityId, RoomNoteId } from './ids';
import type { NoteRecord, NoteRecordKind } from './room-activities';
import { withActivity, withNotes } from './room-notes';
import type { Workshop } from './workshop';

/** The record of each kind a note can become, as the workshop holds it. */
export interface NoteRecordItems {
  readonly risk: Workshop['risks'][number];
  readonly 'stakeholder-concern': Workshop['stakeholders'][number];
  readonly 'data-issue': Workshop['dataSources'][number];
  readonly 'workflow-change': Workshop['workflow']['changes'][number];
  readonly action: Workshop['actions'][number];
  readonly 'parking-lot': Workshop['parkingLot'][number];
}

/** Where the workshop keeps the records of one kind: the list, and the workshop with it replaced. */
export interface RecordList<Item extends { readonly id: string }> {
  readonly of: (workshop: Workshop) => readonly Item[];
  readonly withList: (workshop: Workshop, list: readonly Item[]) => Workshop;
}

/** The list holding each kind of record a note can become (a concern lives on its stakeholder). */
export const NOTE_RECORD_LISTS: { readonly [Kind in NoteRecordKind]: RecordList<NoteRecordItems[Kind]> } = {
  risk: { of: (workshop) => workshop.risks, withList: (workshop, risks) => ({ ...workshop, risks }) },
  'stakeholder-concern': {
    of: (workshop) => workshop.stakeholders,
    withList: (workshop, stakeholders) => ({ ...workshop, stakeholders }),
  },
  'data-issue': {
    of: (workshop) => workshop.dataSources,
    withList: (workshop, dataSources) => ({ ...workshop, dataSources }),
  },
  'workflow-change': {
    of: (workshop) => workshop.workflow.changes,
    withList: (workshop, changes) => ({ ...workshop, workflow: { ...workshop.workflow, changes } }),
  },
  action: { of: (workshop) => workshop.actions, withList: (workshop, actions) => ({ ...workshop, actions }) },
  'parking-lot': {
    of: (workshop) => workshop.parkingLot,
    withList: (workshop, parkingLot) => ({ ...workshop, parkingLot }),
  },
};

export function recordExists(workshop: Workshop, record: NoteRecord): boolean {
  const list: readonly { readonly id: string }[] = NOTE_RECORD_LISTS[record.kind].of(workshop);
  return list.some((candidate) => candidate.id === record.id);
}

/** Where a record came from in the room: the activity's prompt and the note's words. */
export interface RoomOrigin {
  readonly activityId: RoomActivityId;
  readonly noteId: RoomNoteId;
  readonly prompt: string;
  readonly noteText: string;
}

/**
 * The note a record was made from, if the room wrote it ("came from the room: <prompt>");
 * the first such note when several went into one stakeholder or data source. `kind` tells
 * records of different lists apart (ids are unique within a list only); left out, any kind.
 */
export function roomOriginOf(
  workshop: Pick<Workshop, 'roomActivities'>,
  recordId: string,
  kind?: NoteRecordKind,
): RoomOrigin | null {
  for (const activity of workshop.roomActivities) {
    for (const note of activity.notes) {
      if (note.record === null || note.record.id !== recordId) continue;
      if (kind !== undefined && note.record.kind !== kind) continue;
      return { activityId: activity.id, noteId: note.id, prompt: activity.prompt, noteText: note.text };
    }
  }
  return null;
}

/**
 * The workshop with every note's `record` cleared whose record is gone (a risk deleted in
 * the register, a stakeholder removed from the map). The store runs it after every edit, as
 * it runs `forgetPlanReferences`, so no removal path has to remember the notes. Returns the
 * workshop itself when nothing dangles.
 */
export function withoutDanglingNoteRecords(workshop: Workshop): Workshop {
  let result = workshop;
  for (const activity of workshop.roomActivities) {
    if (!activity.notes.some((note) => note.record !== null && !recordExists(workshop, note.record)))
      continue;
    result = withActivity(result, activity.id, (current) =>
      withNotes(
        current,
        (note) => note.record !== null && !recordExists(workshop, note.record),
        (note) => ({ ...note, record: null }),
      ),
    );
  }
  return result;
}
