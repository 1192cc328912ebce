/**
 * Which record a note of the room became, looked up without building anything: where a record
 * came from ({@link roomOriginOf}) and notes forgetting records that were deleted
 * ({@link withoutDanglingNoteRecords}). Free of zod, unlike `note-records.ts` (which makes
 * records from the schemas' defaults): the store runs it after every edit, so it sits in the
 * facilitator's start-up scripts, which carry no zod (`test/packaging/phone-page-chunks.test.ts`).
 */
import type { RoomActivityId, RoomNoteId } from './ids';
import type { NoteRecord, NoteRecordKind } from './room-activities';
import { withActivity, withNotes } from './room-notes';
import type { Workshop } from './workshop';

/** The ids of the records of each kind a note can point at. */
function recordIdsOf(workshop: Workshop, kind: NoteRecordKind): readonly { readonly id: string }[] {
  switch (kind) {
    case 'risk':
      return workshop.risks;
    case 'action':
      return workshop.actions;
    case 'workflow-change':
      return workshop.workflow.changes;
    case 'parking-lot':
      return workshop.parkingLot;
    case 'stakeholder-concern':
      return workshop.stakeholders;
    case 'data-issue':
      return workshop.dataSources;
  }
}

export function recordExists(workshop: Workshop, record: NoteRecord): boolean {
  return recordIdsOf(workshop, record.kind).some((candidate) => candidate.id === record.id);
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
