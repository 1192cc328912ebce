/**
 * The revealed activity the audience screen shows (a board of notes or a ranking), kept in the
 * tab's storage with the workshop it belongs to. A reload of the facilitator window starts a
 * new store that shows nothing; without this, its first presentation would take the board off
 * the room's screen until the facilitator pressed "Show on the audience screen" again. With it,
 * the workshop opening again in this tab brings back what the room was shown, before the
 * first presentation goes out.
 */
import type { AppStore } from '../../app/store/create-app-store';

const KEY = 'readyroom.presented-activity';

interface StoredActivity {
  readonly path: string;
  readonly stageId: string;
  readonly activityId: string;
}

function read(storage: Storage): StoredActivity | null {
  try {
    const stored = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<StoredActivity> | null;
    const { path, stageId, activityId } = stored ?? {};
    if (typeof path !== 'string' || typeof stageId !== 'string' || typeof activityId !== 'string')
      return null;
    return { path, stageId, activityId };
  } catch {
    return null; // A garbled entry only costs showing the board again by hand.
  }
}

/**
 * Remembers what the audience screen is shown, and shows it again when the same workshop opens
 * in this tab. Start it before the presentation sync, so the first presentation already has it.
 */
export function keepPresentedActivity(store: AppStore, storage: Storage): () => void {
  return store.subscribe((state, previous) => {
    const path = state.openFile?.path ?? null;
    if (path !== (previous.openFile?.path ?? null)) {
      const stored = read(storage);
      if (path !== null && stored?.path === path) {
        state.restorePresentedActivity({ stageId: stored.stageId, activityId: stored.activityId });
      }
      return;
    }
    if (path === null || state.presentedActivity === previous.presentedActivity) return;
    if (state.presentedActivity === null) storage.removeItem(KEY);
    else storage.setItem(KEY, JSON.stringify({ path, ...state.presentedActivity } satisfies StoredActivity));
  });
}
