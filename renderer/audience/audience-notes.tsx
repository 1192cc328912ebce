import type { CSSProperties } from 'react';
import type { PresentedActivity } from '../../shared/host-api/presentation-contract';
import { text } from '../../shared/text';

type PresentedNotes = Extract<PresentedActivity, { kind: 'notes' }>;

/** The room's share of the screen, as width over height (what is left under the heading). */
const AREA_RATIO = 2.2;
/** The shape a note card looks best in, as width over height. */
const CARD_RATIO = 1.5;
/** The height the tiles share at the least, in `--u` (a hundredth of the screen's height). */
const AREA_HEIGHT = 70;
const GAP = 1.2;
const LINE_HEIGHT = 1.2;

/**
 * How the tiles share the screen so that every one fits: columns and rows as near to the
 * card's shape as the screen allows, the type as large as the rows let it be (in `--u`), and
 * how many lines of a note show before it ends in "…".
 */
export function noteGrid(tiles: number): { columns: number; rows: number; font: number; lines: number } {
  const count = Math.max(1, tiles);
  const columns = Math.max(1, Math.min(count, Math.ceil(Math.sqrt((count * AREA_RATIO) / CARD_RATIO))));
  const rows = Math.ceil(count / columns);
  const cell = (AREA_HEIGHT - (rows - 1) * GAP) / rows;
  const font = Math.min(3.4, cell / 5);
  // The card's padding takes about one line.
  const lines = Math.max(2, Math.floor((cell - font) / (font * LINE_HEIGHT)));
  return { columns, rows, font: Math.round(font * 100) / 100, lines };
}

/**
 * The revealed notes of a writing round, as cards by group: each group opens with a tile
 * naming it, then its notes. The tiles share the screen, smaller as there are more, so every
 * shown note is on screen without scrolling. Hidden notes never reach this screen.
 */
export function NotesView({ activity }: { activity: PresentedNotes }) {
  const tiles = activity.groups.reduce((sum, group) => sum + group.notes.length + 1, 0);
  const { columns, rows, font, lines } = noteGrid(tiles + (activity.more > 0 ? 1 : 0));
  const style = {
    '--note-columns': columns,
    '--note-rows': rows,
    '--note-font': font,
    '--note-lines': lines,
  } as CSSProperties;
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
