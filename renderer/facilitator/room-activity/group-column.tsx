import { useState, type DragEvent } from 'react';
import { text } from '../../../shared/text';
import type { NoteGroup } from '../../../shared/workshop/room-activities';
import type { ShownNote } from './board-logic';
import { NOTE_DRAG_TYPE, NoteCard } from './note-card';
import type { NoteEdits } from './use-note-edits';

/** True when a drag carries a note of the board (not a file or text from elsewhere). */
function carriesNote(event: DragEvent): boolean {
  return event.dataTransfer.types.includes(NOTE_DRAG_TYPE);
}

/**
 * A place notes are dropped on: a group's column, the notes in no group, or "New group".
 * Dropping a note runs `onNote` with its id.
 */
export function NoteDropZone({
  className,
  label,
  groupId,
  onNote,
  children,
}: {
  className: string;
  label: string;
  /** The group's id, for the focus rule (a new group's name is focused once it is drawn). */
  groupId?: string;
  onNote: (noteId: string) => void;
  children: React.ReactNode;
}) {
  const [over, setOver] = useState(false);
  return (
    <section
      className={`${className}${over ? ' note-drop--over' : ''}`}
      aria-label={label}
      data-group-id={groupId}
      onDragOver={(event) => {
        if (!carriesNote(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        if (!carriesNote(event)) return;
        event.preventDefault();
        setOver(false);
        const noteId = event.dataTransfer.getData(NOTE_DRAG_TYPE);
        if (noteId !== '') onNote(noteId);
      }}
    >
      {children}
    </section>
  );
}

/** A column of the board: a group (its name editable) or the notes in no group, with their cards. */
export function GroupColumn({
  group,
  notes,
  groups,
  board,
  edits,
}: {
  /** Null for the notes in no group. */
  group: NoteGroup | null;
  notes: readonly ShownNote[];
  groups: readonly NoteGroup[];
  /** Every note on the board, for merging. */
  board: readonly ShownNote[];
  edits: NoteEdits;
}) {
  const name = group === null ? text('roomActivity.board.ungrouped') : group.title;
  return (
    <NoteDropZone
      className={group === null ? 'note-group note-group--loose' : 'note-group'}
      label={name}
      groupId={group?.id}
      onNote={(noteId) => edits.moveToGroup(noteId, group?.id ?? null)}
    >
      <header className="note-group__head">
        {group === null ? (
          <h5>{name}</h5>
        ) : (
          <input
            className="note-group__name"
            aria-label={text('roomActivity.board.groupName')}
            value={group.title}
            onChange={(event) => edits.renameGroup(group.id, event.target.value)}
          />
        )}
        <span className="note-group__count">
          {text('roomActivity.board.groupCount', { count: notes.length })}
        </span>
      </header>
      {notes.length === 0 ? (
        <p className="hint">{text('roomActivity.board.emptyGroup')}</p>
      ) : (
        <ul className="note-group__cards">
          {notes.map((shown) => (
            <NoteCard
              key={shown.note.id}
              shown={shown}
              groups={groups}
              others={board.filter((other) => other.note.id !== shown.note.id)}
              edits={edits}
            />
          ))}
        </ul>
      )}
    </NoteDropZone>
  );
}
