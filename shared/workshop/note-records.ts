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
import type {
  ActionId,
  DataSourceId,
  ParkingLotItemId,
  RiskId,
  RoomActivityId,
  RoomNoteId,
  StakeholderId,
  WorkflowChangeId,
} from './ids';
import { newId } from './new-id';
import { ParkingLotItemSchema } from './parking-lot';
import { RiskSchema } from './risks';
import type { NoteRecord, NoteRecordKind } from './room-activities';
import { recordExists } from './note-record-links';
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
  const id = request.newRecordId ?? newId();
  const text = note.text.trim();
  const made = withRecord(workshop, request, id, text);
  if (made === null) return workshop;
  return withActivity(made.workshop, request.activityId, (current) =>
    withNotes(
      current,
      (candidate) => candidate.id === request.noteId,
      (candidate) => ({ ...candidate, record: made.record }),
    ),
  );
}

function withRecord(
  workshop: Workshop,
  request: NoteIntoRecord,
  id: string,
  text: string,
): { workshop: Workshop; record: NoteRecord } | null {
  switch (request.kind) {
    case 'risk':
      return {
        workshop: { ...workshop, risks: [...workshop.risks, RiskSchema.parse({ id, title: text })] },
        record: { kind: 'risk', id: id as RiskId },
      };
    case 'action':
      return {
        workshop: { ...workshop, actions: [...workshop.actions, ActionSchema.parse({ id, title: text })] },
        record: { kind: 'action', id: id as ActionId },
      };
    case 'workflow-change': {
      const change = WorkflowChangeSchema.parse({ id, description: text });
      return {
        workshop: {
          ...workshop,
          workflow: { ...workshop.workflow, changes: [...workshop.workflow.changes, change] },
        },
        record: { kind: 'workflow-change', id: id as WorkflowChangeId },
      };
    }
    case 'parking-lot': {
      const item = ParkingLotItemSchema.parse({
        id,
        text,
        createdAt: request.now ?? new Date().toISOString(),
      });
      return {
        workshop: { ...workshop, parkingLot: [...workshop.parkingLot, item] },
        record: { kind: 'parking-lot', id: id as ParkingLotItemId },
      };
    }
    case 'stakeholder-concern': {
      const added = addedToChosenOrNew(
        workshop.stakeholders,
        request.into,
        () => StakeholderSchema.parse({ id, concerns: text }),
        (chosen) => ({ ...chosen, concerns: appended(chosen.concerns, text) }),
      );
      return {
        workshop: { ...workshop, stakeholders: added.list },
        record: { kind: 'stakeholder-concern', id: added.id },
      };
    }
    case 'data-issue': {
      const added = addedToChosenOrNew(
        workshop.dataSources,
        request.into,
        () => DataSourceSchema.parse({ id, notes: text }),
        (chosen) => ({ ...chosen, notes: appended(chosen.notes, text) }),
      );
      return {
        workshop: { ...workshop, dataSources: added.list },
        record: { kind: 'data-issue', id: added.id },
      };
    }
  }
}

/** `list` with the item `chosenId` names changed by `append`, or, when there is no such item, with a `fresh` one. */
function addedToChosenOrNew<Item extends { readonly id: string }>(
  list: readonly Item[],
  chosenId: string | undefined,
  fresh: () => Item,
  append: (chosen: Item) => Item,
): { list: readonly Item[]; id: Item['id'] } {
  const index = list.findIndex((item) => item.id === chosenId);
  const chosen = list[index];
  if (chosen !== undefined) return { list: list.with(index, append(chosen)), id: chosen.id };
  const made = fresh();
  return { list: [...list, made], id: made.id };
}
