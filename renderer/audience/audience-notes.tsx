import type { CSSProperties } from 'react';
import type { PresentedActivity } from '../../shared/host-api/presentation-contract';
import { text } from '../../shared/text';

type PresentedNotes = Extract<PresentedActivity, { kind: 'notes' }>;

/** The room's share of the screen, as width over height (what is left under the heading). */
const AREA_RATIO = 2.2;
/** The shape a note card looks best in, as width over height. */
const CARD_RATIO = 1.5;

/**
 * How many columns and rows the tiles take so that every one fits: as near to the card's
 * shape as the screen allows, never more cells than needed.
 */
export function noteGrid(tiles: number): { columns: number; rows: number } {
  const count = Math.max(1, tiles);
  const columns = Math.max(1, Math.min(count, Math.ceil(Math.sqrt((count * AREA_RATIO) / CARD_RATIO))));
  return { columns, rows: Math.ceil(count / columns) };
}

/**
 * The revealed notes of a writing round, as cards by group: each group opens with a tile
 * naming it, then its notes. The tiles share the screen, smaller as there are more, so every
 * shown note is on screen without scrolling. Hidden notes never reach this screen.
 */
export function NotesView({ activity }: { activity: PresentedNotes }) {
  const tiles = activity.groups.reduce((sum, group) => sum + group.notes.length + 1, 0);
  const { columns, rows } = noteGrid(tiles + (activity.more > 0 ? 1 : 0));
  const style = { '--note-columns': columns, '--note-rows': rows } as CSSProperties;
  return (
    <section className="audience-notes" aria-labelledby="audience-notes-heading">
      <h1 id="audience-notes-heading" className="audience-results__heading">
        {text('audience.activity.notesHeading', { prompt: activity.prompt })}
      </h1>
      <ul className="audience-notes__grid" style={style}>
        {activity.groups.map((group, groupIndex) => [
          <li key={`group-${groupIndex}`} className="audience-notes__group">
            <h2>{group.title ?? text('audience.activity.otherNotes')}</h2>
          </li>,
          ...group.notes.map((note, index) => (
            <li key={`${groupIndex}-${index}`} className="audience-notes__card">
              <p>{note.text}</p>
              {note.merged > 0 ? (
                <span className="audience-notes__merged">
                  {text('roomActivity.note.mergedCount', { count: note.merged })}
                </span>
              ) : null}
            </li>
          )),
        ])}
        {activity.more > 0 ? (
          <li className="audience-notes__more">
            {text('audience.activity.moreNotes', { count: activity.more })}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
