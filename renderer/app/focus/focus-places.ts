/**
 * The stated places focus goes to after a command (see `focus-rule.ts`), as CSS selectors,
 * declared once. A place that names one record carries its id in a `data-` attribute.
 */

/** Quotes a value for an attribute selector (`[data-x="…"]`). */
function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, (character) => `\\${character}`)}"`;
}

/** A control or region marked `data-focus-place="name"`. */
export function place(name: string): string {
  return `[data-focus-place=${quoted(name)}]`;
}

export const FOCUS_PLACES = {
  /** The current stage's heading: where a workshop opens, and where a stage begins. */
  stageHeading: '#stage-heading',
  /** The open workshop's cover details (title first). */
  workshopDetails: '#workshop-details',
  /** The heading of the workshop library. */
  libraryHeading: '#library-heading',
  /** The field that names a new workshop. */
  newWorkshopTitle: place('new-workshop-title'),
  /** A workshop's row in the library, by its file path. */
  libraryItem: (path: string) => `[data-library-path=${quoted(path)}] .library-item__open`,
  /** The Rename button of a workshop's row. */
  libraryRename: (path: string) => `[data-library-path=${quoted(path)}] ${place('rename')}`,
  /** The form that changes the library folder. */
  libraryFolderForm: '.library__folder-form',
  /** "Change" beside the library folder. */
  libraryFolderChange: place('change-library-folder'),
  /** The open voting room's heading. */
  votingRoomHeading: '#room-heading',
  /** The room activity panel's heading (writing rounds and dot votes, on any stage). */
  roomActivityHeading: '#room-activity-heading',
  /** "Close", while a writing round or dot vote is open. */
  closeActivity: place('close-activity'),
  /** "Reveal", while a writing round or dot vote waits for its reveal. */
  revealActivity: place('reveal-activity'),
  /** The heading of a revealed writing round's board or dot vote's ranking, by activity id. */
  revealedActivity: (activityId: string) => `[data-activity-id=${quoted(activityId)}] h4`,
  /** "Open the voting room". */
  openVotingRoom: place('open-voting-room'),
  /** "Open round N". */
  openRound: place('open-round'),
  /** "Close round N", while a round is open. */
  closeRound: place('close-round'),
  /** "Reveal round N", once a round is closed. */
  revealRound: place('reveal-round'),
  /** A finished round's results, by round id. */
  roundResult: (roundId: string) => `[data-round-id=${quoted(roundId)}]`,
  /** The heading over every round's results. */
  resultsHeading: '#results-heading',
  /** The record panel of a card just added to a canvas, by its id. */
  record: (id: string) => `[data-record-id=${quoted(id)}]`,
  /** The canvas of the current stage. */
  stageCanvas: '#stage-canvas',
} as const;
