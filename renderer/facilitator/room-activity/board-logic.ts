/**
 * What the board and the audience screen read from a writing round: the notes still shown as
 * cards (merged ones left out, each counting the duplicates merged into it), and of those the
 * ones the room may see. A dot vote's ranking is `dotRanking` in `shared/workshop/dot-ranking.ts`.
 */
import type { RoomActivity, RoomNote } from '../../../shared/workshop/room-activities';

/** A note on the board, with the number of duplicates merged into it. */
export interface ShownNote {
  readonly note: RoomNote;
  readonly merged: number;
}

/** The notes that are not merged into another, in the order they were written (hidden ones too). */
export function boardNotes(activity: RoomActivity): ShownNote[] {
  const merged = new Map<string, number>();
  for (const note of activity.notes) {
    if (note.mergedInto !== null) merged.set(note.mergedInto, (merged.get(note.mergedInto) ?? 0) + 1);
  }
  return activity.notes
    .filter((note) => note.mergedInto === null)
    .map((note) => ({ note, merged: merged.get(note.id) ?? 0 }));
}

/** The notes the room may see: on the board and not hidden. */
export function visibleNotes(activity: RoomActivity): ShownNote[] {
  return boardNotes(activity).filter(({ note }) => !note.hidden);
}
