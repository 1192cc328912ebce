/**
 * What the audience screen shows besides the stage — a canvas and how it is framed, the
 * readiness verdict, a revealed board of notes or a ranking, and whether the stage and timer
 * show — kept in the tab's storage with the workshop it belongs to. A reload of the
 * facilitator window starts a new store that shows none of it: without this, its first
 * presentation would take the canvas or the board off the room's screen until the
 * facilitator showed it again by hand. With it, the workshop opening again in this tab brings
 * back what the room was shown, before the first presentation goes out. (Start-up code:
 * checked by hand, without zod.)
 */
import { CANVAS_NAMES } from '../../shared/workshop/choices';
import type { CanvasView } from '../../shared/host-api/presentation-contract';
import type { AppStore } from '../app/store/create-app-store';
import type { AppState } from '../app/store/app-state';

const KEY = 'readyroom.shown-to-the-room';

/** The parts of the window's state that decide what the room sees, besides the stage itself. */
export type ShownToTheRoom = Pick<
  AppState,
  'presentedCanvas' | 'canvasView' | 'verdictShownStageId' | 'presentOptions' | 'presentedActivity'
>;

function shownIn(state: AppState): ShownToTheRoom {
  const { presentedCanvas, canvasView, verdictShownStageId, presentOptions, presentedActivity } = state;
  return { presentedCanvas, canvasView, verdictShownStageId, presentOptions, presentedActivity };
}

const sameShown = (left: ShownToTheRoom, right: ShownToTheRoom) =>
  (Object.keys(left) as (keyof ShownToTheRoom)[]).every((key) => left[key] === right[key]);

type Entry = Record<string, unknown>;
const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string';
const inRange = (value: unknown, low: number, high: number) =>
  typeof value === 'number' && value >= low && value <= high;

function canvasOf(value: unknown): ShownToTheRoom['presentedCanvas'] {
  if (!isEntry(value) || !isText(value.stageId)) return null;
  const canvas = CANVAS_NAMES.find((name) => name === value.canvas);
  return canvas === undefined ? null : { stageId: value.stageId, canvas };
}

function viewOf(value: unknown): CanvasView | null {
  if (!isEntry(value)) return null;
  const { zoom, centreX, centreY } = value;
  if (!inRange(zoom, 0.25, 8) || !inRange(centreX, 0, 1) || !inRange(centreY, 0, 1)) return null;
  return { zoom: zoom as number, centreX: centreX as number, centreY: centreY as number };
}

function activityOf(value: unknown): ShownToTheRoom['presentedActivity'] {
  if (!isEntry(value) || !isText(value.stageId) || !isText(value.activityId)) return null;
  return { stageId: value.stageId, activityId: value.activityId };
}

/** What was kept for the workshop at `path`; null if nothing, another workshop's, or garbled. */
function read(storage: Storage, path: string): ShownToTheRoom | null {
  try {
    const stored: unknown = JSON.parse(storage.getItem(KEY) ?? 'null');
    if (!isEntry(stored) || stored.path !== path) return null;
    const show = isEntry(stored.presentOptions) ? stored.presentOptions : {};
    return {
      presentedCanvas: canvasOf(stored.presentedCanvas),
      canvasView: viewOf(stored.canvasView),
      verdictShownStageId: isText(stored.verdictShownStageId) ? stored.verdictShownStageId : null,
      presentOptions: { stage: show.stage !== false, timer: show.timer !== false },
      presentedActivity: activityOf(stored.presentedActivity),
    };
  } catch {
    return null; // A garbled entry only costs showing things again by hand.
  }
}

/**
 * Remembers what the audience screen is shown, and shows it again when the same workshop opens
 * in this tab. Start it before the presentation sync, so the first presentation already has it.
 */
export function keepWhatTheRoomIsShown(store: AppStore, storage: Storage): () => void {
  return store.subscribe((state, previous) => {
    const path = state.openFile?.path ?? null;
    if (path !== (previous.openFile?.path ?? null)) {
      const stored = path === null ? null : read(storage, path);
      if (stored !== null) state.restoreShownToTheRoom(stored);
      return;
    }
    const shown = shownIn(state);
    if (path === null || sameShown(shown, shownIn(previous))) return;
    storage.setItem(KEY, JSON.stringify({ path, ...shown }));
  });
}
