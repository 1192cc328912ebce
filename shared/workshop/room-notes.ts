/**
 * The facilitator's edits of what the room wrote: grouping notes, merging duplicates and
 * hiding a note without deleting it. Each is a pure function from a workshop to the next one
 * (the store makes each one undo step); it returns the workshop itself when nothing changes
 * (an unknown activity, note or group). Turning a note into a record is in
 * `note-records.ts`; setting the actions' priority from a dot vote in `dot-ranking.ts`.
 */
import type { NoteGroupId, RoomActivityId, RoomNoteId } from './ids';
import type { NoteGroup, RoomActivity, RoomNote } from './room-activities';
import type { Workshop } from './workshop';

/** `workshop` with one activity changed by `change`; the workshop itself when it has no such activity. */
export function withActivity(
  workshop: Workshop,
  activityId: RoomActivityId,
  change: (activity: RoomActivity) => RoomActivity,
): Workshop {
  const index = workshop.roomActivities.findIndex((activity) => activity.id === activityId);
  const activity = workshop.roomActivities[index];
  if (activity === undefined) return workshop;
  const changed = change(activity);
  if (changed === activity) return workshop;
  return { ...workshop, roomActivities: workshop.roomActivities.with(index, changed) };
}

/** `activity` with the notes `chosen` picks changed by `change`; the activity itself when none changes. */
export function withNotes(
  activity: RoomActivity,
  chosen: (note: RoomNote) => boolean,
  change: (note: RoomNote) => RoomNote,
): RoomActivity {
  let changed = false;
  const notes = activity.notes.map((note) => {
    if (!chosen(note)) return note;
    const next = change(note);
    if (next !== note) changed = true;
    return next;
  });
  return changed ? { ...activity, notes } : activity;
}

/** The note that `noteId` was merged into, following merges of merges; the note itself when it stands alone. */
export function mergedRoot(activity: RoomActivity, noteId: RoomNoteId): RoomNoteId {
  const seen = new Set<RoomNoteId>();
  let current = noteId;
  for (;;) {
    const note = activity.notes.find((candidate) => candidate.id === current);
    if (note?.mergedInto == null || seen.has(current)) return current;
    seen.add(current);
    current = note.mergedInto;
  }
}

/** Puts a note (and the notes merged into it) in a group, or in none with `groupId` null. */
export function moveNoteToGroup(
  workshop: Workshop,
  activityId: RoomActivityId,
  noteId: RoomNoteId,
  groupId: NoteGroupId | null,
): Workshop {
  return withActivity(workshop, activityId, (activity) => {
    if (groupId !== null && !activity.groups.some((group) => group.id === groupId)) return activity;
    return withNotes(
      activity,
      (note) => note.id === noteId || mergedRoot(activity, note.id) === noteId,
      (note) => (note.groupId === groupId ? note : { ...note, groupId }),
    );
  });
}

/** Starts a new group, named `group.title`, with the note in it. */
export function moveNoteToNewGroup(
  workshop: Workshop,
  activityId: RoomActivityId,
  noteId: RoomNoteId,
  group: NoteGroup,
): Workshop {
  const withGroup = withActivity(workshop, activityId, (activity) =>
    activity.notes.some((note) => note.id === noteId) &&
    !activity.groups.some((existing) => existing.id === group.id)
      ? { ...activity, groups: [...activity.groups, group] }
      : activity,
  );
  return withGroup === workshop ? workshop : moveNoteToGroup(withGroup, activityId, noteId, group.id);
}

/** Renames a group. */
export function renameNoteGroup(
  workshop: Workshop,
  activityId: RoomActivityId,
  groupId: NoteGroupId,
  title: string,
): Workshop {
  return withActivity(workshop, activityId, (activity) => {
    const index = activity.groups.findIndex((group) => group.id === groupId);
    const group = activity.groups[index];
    if (group === undefined || group.title === title) return activity;
    return { ...activity, groups: activity.groups.with(index, { ...group, title }) };
  });
}

/** Removes a group; its notes go back to no group. */
export function ungroupNotes(workshop: Workshop, activityId: RoomActivityId, groupId: NoteGroupId): Workshop {
  return withActivity(workshop, activityId, (activity) => {
    if (!activity.groups.some((group) => group.id === groupId)) return activity;
    const withoutGroup = withNotes(
      activity,
      (note) => note.groupId === groupId,
      (note) => ({ ...note, groupId: null }),
    );
    return { ...withoutGroup, groups: activity.groups.filter((group) => group.id !== groupId) };
  });
}

/**
 * Merges a duplicate into another note: the duplicate (and whatever was merged into it)
 * points at the note that stays, joins its group and leaves the board as a card of its own.
 * Merging a note into itself, or into a note merged into it, changes nothing.
 */
export function mergeNotes(
  workshop: Workshop,
  activityId: RoomActivityId,
  duplicateId: RoomNoteId,
  intoId: RoomNoteId,
): Workshop {
  return withActivity(workshop, activityId, (activity) => {
    const ids = new Set(activity.notes.map((note) => note.id));
    if (!ids.has(duplicateId) || !ids.has(intoId)) return activity;
    const keeper = mergedRoot(activity, intoId);
    const duplicate = mergedRoot(activity, duplicateId);
    if (keeper === duplicate) return activity;
    const groupId = activity.notes.find((note) => note.id === keeper)?.groupId ?? null;
    return withNotes(
      activity,
      (note) => note.id === duplicate || note.mergedInto === duplicate,
      (note) => ({ ...note, mergedInto: keeper, groupId }),
    );
  });
}

/** Splits every note merged into `noteId` back onto the board, each a card of its own again. */
export function unmergeNotes(workshop: Workshop, activityId: RoomActivityId, noteId: RoomNoteId): Workshop {
  return withActivity(workshop, activityId, (activity) =>
    withNotes(
      activity,
      (note) => note.mergedInto === noteId,
      (note) => ({ ...note, mergedInto: null }),
    ),
  );
}

/** Hides a note from the room's board without deleting it, or shows it again. */
export function setNoteHidden(
  workshop: Workshop,
  activityId: RoomActivityId,
  noteId: RoomNoteId,
  hidden: boolean,
): Workshop {
  return withActivity(workshop, activityId, (activity) =>
    withNotes(
      activity,
      (note) => note.id === noteId,
      (note) => (note.hidden === hidden ? note : { ...note, hidden }),
    ),
  );
}
