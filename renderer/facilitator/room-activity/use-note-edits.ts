/**
 * The facilitator's edits of a revealed activity, each one undoable step (`editWorkshopWith`):
 * grouping, renaming, merging, hiding (`shared/workshop/room-notes.ts`), turning a note into a
 * record (`note-records.ts`) and setting the actions' priority from a dot ranking
 * (`dot-ranking.ts`), bound to one activity.
 */
import { useMemo } from 'react';
import { text } from '../../../shared/text';
import type { Workshop } from '../../../shared/workshop';
import { applyDotRanking } from '../../../shared/workshop/dot-ranking';
import type { NoteGroupId, RoomActivityId, RoomNoteId } from '../../../shared/workshop/ids';
import { newId } from '../../../shared/workshop/new-id';
import type { NoteRecordKind } from '../../../shared/workshop/room-activities';
import {
  mergeNotes,
  moveNoteToGroup,
  moveNoteToNewGroup,
  renameNoteGroup,
  setNoteHidden,
  unmergeNotes,
} from '../../../shared/workshop/room-notes';
import { turnNoteIntoRecord } from '../../../shared/workshop/note-records';
import { useAppStoreApi } from '../../app/store/store-context';

/** What the board and the ranking can do to one activity. */
export interface NoteEdits {
  /**
   * After a menu moved a card (it is drawn again in its new column), focus goes back to its
   * "Move to group…", so the keyboard carries on from the same card.
   */
  focusNote(noteId: string): void;
  /** Puts a note in a group, or in none (null). */
  moveToGroup(noteId: string, groupId: string | null): void;
  /** Starts a new group ("Group 3") with the note in it; focus goes to its name. */
  moveToNewGroup(noteId: string): void;
  renameGroup(groupId: string, title: string): void;
  /** Merges `duplicateId` into `intoId`: one card stays, counting the other. */
  merge(duplicateId: string, intoId: string): void;
  /** Splits every note merged into `noteId` back onto the board. */
  unmerge(noteId: string): void;
  setHidden(noteId: string, hidden: boolean): void;
  turnInto(noteId: string, kind: NoteRecordKind): void;
  /** Sets the priority of the ranked actions from the dot vote's ranking. */
  applyRanking(): void;
}

/** The edits of one activity, for the board and the ranking. */
export function useNoteEdits(activityId: string): NoteEdits {
  const store = useAppStoreApi();
  return useMemo(() => {
    const id = activityId as RoomActivityId;
    const run = (edit: (workshop: Workshop) => Workshop) => store.getState().editWorkshopWith(edit);
    return {
      focusNote: (noteId) =>
        store.getState().requestFocus({
          kind: 'opened',
          places: [`[data-note-id="${noteId}"] .choice-menu > summary`],
        }),
      moveToGroup: (noteId, groupId) =>
        run((workshop) => moveNoteToGroup(workshop, id, noteId as RoomNoteId, groupId as NoteGroupId | null)),
      moveToNewGroup: (noteId) => {
        const groups = store.getState().workshop?.roomActivities.find((item) => item.id === id)?.groups ?? [];
        const group = {
          id: newId() as NoteGroupId,
          title: text('roomActivity.board.newGroupName', { number: groups.length + 1 }),
        };
        run((workshop) => moveNoteToNewGroup(workshop, id, noteId as RoomNoteId, group));
        store.getState().requestFocus({ kind: 'created', place: `[data-group-id="${group.id}"]` });
      },
      renameGroup: (groupId, title) =>
        run((workshop) => renameNoteGroup(workshop, id, groupId as NoteGroupId, title)),
      merge: (duplicateId, intoId) =>
        run((workshop) => mergeNotes(workshop, id, duplicateId as RoomNoteId, intoId as RoomNoteId)),
      unmerge: (noteId) => run((workshop) => unmergeNotes(workshop, id, noteId as RoomNoteId)),
      setHidden: (noteId, hidden) =>
        run((workshop) => setNoteHidden(workshop, id, noteId as RoomNoteId, hidden)),
      turnInto: (noteId, kind) =>
        run((workshop) =>
          turnNoteIntoRecord(workshop, { activityId: id, noteId: noteId as RoomNoteId, kind }),
        ),
      applyRanking: () => run((workshop) => applyDotRanking(workshop, id)),
    } satisfies NoteEdits;
  }, [activityId, store]);
}
