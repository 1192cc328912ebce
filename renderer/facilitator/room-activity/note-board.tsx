import { useId, useMemo } from 'react';
import { text } from '../../../shared/text';
import type { RoomActivity } from '../../../shared/workshop/room-activities';
import { boardNotes } from './board-logic';
import { GroupColumn, NoteDropZone } from './group-column';
import { PresentActivityButton } from './present-activity-button';
import { useNoteEdits } from './use-note-edits';

/**
 * A revealed writing round as a board: a column per group and one for the notes in no group,
 * plus "New group". Cards are dragged between columns or moved with their menus; hidden notes
 * stay on the board (marked) and in the file, but never reach the audience screen.
 */
export function NoteBoard({ activity }: { activity: RoomActivity }) {
  const headingId = useId();
  const edits = useNoteEdits(activity.id);
  const notes = useMemo(() => boardNotes(activity), [activity]);
  const known = new Set(activity.groups.map((group) => group.id));
  const hidden = notes.filter(({ note }) => note.hidden).length;
  return (
    <section className="note-board" aria-labelledby={headingId} data-activity-id={activity.id}>
      <div className="room-activity__head">
        <h4 id={headingId}>{text('roomActivity.board.heading', { prompt: activity.prompt })}</h4>
        <PresentActivityButton activityId={activity.id} />
      </div>
      {notes.length === 0 ? (
        <p className="hint">{text('roomActivity.board.noNotes')}</p>
      ) : (
        <>
          <p className="hint">
            {text('roomActivity.board.summary', { count: notes.length - hidden, hidden })}{' '}
            {text('roomActivity.board.dragHint')}
          </p>
          <div className="note-board__columns">
            {activity.groups.map((group) => (
              <GroupColumn
                key={group.id}
                group={group}
                notes={notes.filter(({ note }) => note.groupId === group.id)}
                groups={activity.groups}
                board={notes}
                edits={edits}
              />
            ))}

            <NoteDropZone
              className="note-group note-group--new"
              label={text('roomActivity.board.newGroup')}
              onNote={(noteId) => edits.moveToNewGroup(noteId)}
            >
              <h5>{text('roomActivity.board.newGroup')}</h5>
              <p className="hint">{text('roomActivity.board.emptyGroup')}</p>
            </NoteDropZone>
            <GroupColumn
              group={null}
              notes={notes.filter(({ note }) => note.groupId === null || !known.has(note.groupId))}
              groups={activity.groups}
              board={notes}
              edits={edits}
            />
          </div>
        </>
      )}
    </section>
  );
}
