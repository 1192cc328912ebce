/**
 * What the voting room recorded of a writing round or dot vote is a fact, like a ballot: when
 * it opened, closed and was revealed, the notes phones wrote, the dots they placed. Facts are
 * recorded without an undo step, and undo and redo never take them away. What the facilitator
 * did with them (groups, merges, hidden notes, records made from notes) stays undoable.
 */
import { withoutDanglingNoteRecords } from './note-record-links';
import type { RoomActivity, RoomNote } from './room-activities';
import { sessionOfRound } from './sessions';
import type { Workshop } from './workshop';

/**
 * An activity as the voting room recorded it. The room knows nothing of groups or records,
 * so its notes carry only what a phone wrote.
 */
export type RecordedActivityFacts = Omit<RoomActivity, 'notes' | 'groups'> & {
  readonly notes: readonly Pick<RoomNote, 'id' | 'text' | 'writtenAt'>[];
};

/** A note as it arrives from the room: in no group, shown, standing alone. */
function arrivedNote(note: Pick<RoomNote, 'id' | 'text' | 'writtenAt'>): RoomNote {
  return {
    id: note.id,
    text: note.text,
    writtenAt: note.writtenAt,
    groupId: null,
    hidden: false,
    mergedInto: null,
    record: null,
  };
}

/** `stored` with what `recorded` adds: a close, a reveal, notes and dot totals it lacked. */
function withFactsAdded(stored: RoomActivity, recorded: RecordedActivityFacts): RoomActivity {
  const known = new Set(stored.notes.map((note) => note.id));
  const arrived = recorded.notes.filter((note) => !known.has(note.id)).map(arrivedNote);
  const closedAt = stored.closedAt ?? recorded.closedAt;
  const revealedAt = stored.revealedAt ?? recorded.revealedAt;
  // Until the document has the totals, the room's count of phones and its totals are news.
  const dotsNews =
    stored.dots !== null &&
    recorded.dots !== null &&
    stored.dots.totals === null &&
    (recorded.dots.totals !== null || recorded.dots.phones !== stored.dots.phones);
  const dots =
    dotsNews && stored.dots !== null && recorded.dots !== null
      ? { ...stored.dots, phones: recorded.dots.phones, totals: recorded.dots.totals }
      : stored.dots;
  if (arrived.length === 0 && closedAt === stored.closedAt && revealedAt === stored.revealedAt && !dotsNews) {
    return stored;
  }
  return { ...stored, closedAt, revealedAt, dots, notes: [...stored.notes, ...arrived] };
}

/**
 * The document with what the voting room recorded and the document lacks: an activity it
 * never heard of (its window had gone; given the session held when it opened), a close or a
 * reveal it missed, notes and dot totals. Nothing the document holds is changed or removed.
 * Returns `workshop` itself when nothing was missing.
 */
export function withRecordedActivities(
  workshop: Workshop,
  recorded: readonly RecordedActivityFacts[],
): Workshop {
  let activities = workshop.roomActivities;
  for (const facts of recorded) {
    const index = activities.findIndex((activity) => activity.id === facts.id);
    const stored = activities[index];
    if (stored === undefined) {
      const sessionId = facts.sessionId ?? sessionOfRound(workshop, { openedAt: facts.openedAt });
      activities = [...activities, { ...facts, sessionId, notes: facts.notes.map(arrivedNote), groups: [] }];
      continue;
    }
    const next = withFactsAdded(stored, facts);
    if (next !== stored) activities = activities.with(index, next);
  }
  return activities === workshop.roomActivities ? workshop : { ...workshop, roomActivities: activities };
}

/**
 * `target` with the room's facts of `source`: every activity the source holds, with its
 * times, dots and notes from the source and the facilitator's edits (groups, merges, hidden
 * notes, records) from the target. Used after an undo or redo, with `source` the document
 * just before it. A note only the source holds keeps only the edits the target can honour.
 * Returns `target` itself when the facts already agree.
 */
export function withRoomActivityFactsOf(target: Workshop, source: Workshop): Workshop {
  if (target.roomActivities === source.roomActivities) return target;
  const targetById = new Map(target.roomActivities.map((activity) => [activity.id, activity]));
  const sourceIds = new Set(source.roomActivities.map((activity) => activity.id));
  const activities = [
    ...source.roomActivities.map((activity) => factsOntoEdits(targetById.get(activity.id), activity)),
    ...target.roomActivities.filter((activity) => !sourceIds.has(activity.id)),
  ];
  const unchanged =
    activities.length === target.roomActivities.length &&
    activities.every((activity, index) => activity === target.roomActivities[index]);
  if (unchanged) return target;
  return withoutDanglingNoteRecords({ ...target, roomActivities: activities });
}

/** The source's facts of one activity, with the target's edits of it where the target has it. */
function factsOntoEdits(target: RoomActivity | undefined, source: RoomActivity): RoomActivity {
  if (target === source) return source;
  const groups = target?.groups ?? [];
  const groupIds = new Set(groups.map((group) => group.id));
  const targetNotes = new Map(target?.notes.map((note) => [note.id, note]));
  const noteIds = new Set(source.notes.map((note) => note.id));
  const notes = source.notes.map((note) => {
    const edited = targetNotes.get(note.id);
    if (edited !== undefined) return edited;
    return {
      ...note,
      groupId: note.groupId !== null && groupIds.has(note.groupId) ? note.groupId : null,
      mergedInto: note.mergedInto !== null && noteIds.has(note.mergedInto) ? note.mergedInto : null,
    };
  });
  const next: RoomActivity = { ...source, groups, notes };
  const sameAsTarget =
    target !== undefined &&
    target.closedAt === source.closedAt &&
    target.revealedAt === source.revealedAt &&
    target.dots === source.dots &&
    target.notes.length === notes.length &&
    notes.every((note, index) => note === target.notes[index]);
  return sameAsTarget ? target : next;
}
