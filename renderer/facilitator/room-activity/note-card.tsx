import { useId } from 'react';
import { text } from '../../../shared/text';
import type { NoteGroup, NoteRecordKind } from '../../../shared/workshop/room-activities';
import type { ShownNote } from './board-logic';
import { ChoiceMenu } from './choice-menu';
import type { NoteEdits } from './use-note-edits';
import { QuietButton } from '../../app/components/quiet-button';

/** The kinds of record a note can become, in the order the menu offers them, with their words. */
function recordLabels(): Readonly<Record<NoteRecordKind, string>> {
  return {
    risk: text('roomActivity.record.risk'),
    'stakeholder-concern': text('roomActivity.record.stakeholder-concern'),
    'data-issue': text('roomActivity.record.data-issue'),
    'workflow-change': text('roomActivity.record.workflow-change'),
    action: text('roomActivity.record.action'),
    'parking-lot': text('roomActivity.record.parking-lot'),
  };
}

/** What a dragged note carries, so a drop knows it is a note of this board. */
export const NOTE_DRAG_TYPE = 'application/x-readyroom-note';

/** A note as a short line in a menu. */
function excerpt(words: string): string {
  return words.length <= 60 ? words : `${words.slice(0, 59)}…`;
}

/**
 * One note on the board: its words, what became of it (merged duplicates, hidden, turned into
 * a record), and its tools. It is dragged onto a group, or moved with "Move to group…".
 */
export function NoteCard({
  shown,
  groups,
  others,
  edits,
}: {
  shown: ShownNote;
  groups: readonly NoteGroup[];
  /** The other notes on the board, for "Merge a duplicate into this…". */
  others: readonly ShownNote[];
  edits: NoteEdits;
}) {
  const textId = useId();
  const { note, merged } = shown;
  const records = recordLabels();
  const moves = [
    ...groups
      .filter((group) => group.id !== note.groupId)
      .map((group) => ({
        label: text('roomActivity.note.moveToNamed', { group: group.title }),
        run: () => {
          edits.moveToGroup(note.id, group.id);
          edits.focusNote(note.id);
        },
      })),
    ...(note.groupId === null
      ? []
      : [
          {
            label: text('roomActivity.note.moveOut'),
            run: () => {
              edits.moveToGroup(note.id, null);
              edits.focusNote(note.id);
            },
          },
        ]),
    { label: text('roomActivity.note.moveToNew'), run: () => edits.moveToNewGroup(note.id) },
  ];
  return (
    <li
      className={`note-card${note.hidden ? ' note-card--hidden' : ''}`}
      data-note-id={note.id}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(NOTE_DRAG_TYPE, note.id);
        event.dataTransfer.setData('text/plain', note.text);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <p id={textId} className="note-card__text">
        {note.text}
      </p>
      {merged > 0 || note.hidden || note.record !== null ? (
        <p className="note-card__marks">
          {merged > 0 ? <span>{text('roomActivity.note.mergedCount', { count: merged })}</span> : null}
          {note.hidden ? <span>{text('roomActivity.note.hiddenMark')}</span> : null}
          {note.record !== null ? (
            <span>{text('roomActivity.note.turnedInto', { record: records[note.record.kind] })}</span>
          ) : null}
        </p>
      ) : null}
      <div className="note-card__tools">
        <ChoiceMenu label={text('roomActivity.note.moveTo')} describedBy={textId} choices={moves} />
        <ChoiceMenu
          label={text('roomActivity.note.merge')}
          describedBy={textId}
          empty={text('roomActivity.note.nothingToMerge')}
          choices={others.map((other) => ({
            label: text('roomActivity.note.mergeOne', { text: excerpt(other.note.text) }),
            run: () => edits.merge(other.note.id, note.id),
          }))}
        />
        {merged > 0 ? (
          <QuietButton small aria-describedby={textId} onClick={() => edits.unmerge(note.id)}>
            {text('roomActivity.note.unmerge')}
          </QuietButton>
        ) : null}
        <QuietButton small aria-describedby={textId} onClick={() => edits.setHidden(note.id, !note.hidden)}>
          {text(note.hidden ? 'roomActivity.note.show' : 'roomActivity.note.hide')}
        </QuietButton>
        {/* A hidden note is kept out of the plan as well as off the room's screen. */}
        {note.record === null && !note.hidden ? (
          <ChoiceMenu
            label={text('roomActivity.note.turnInto')}
            describedBy={textId}
            choices={Object.entries(records).map(([kind, label]) => ({
              label,
              run: () => {
                edits.turnInto(note.id, kind as NoteRecordKind);
                edits.focusNote(note.id); // the menu is gone once the note is a record
              },
            }))}
          />
        ) : null}
      </div>
    </li>
  );
}
