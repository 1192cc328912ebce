import type { StageTimer } from '../../shared/cockpit/stage-timer';
import type { AppStore } from '../app/store/create-app-store';
import { stagesAlongside } from '../../shared/workshop/sessions';

const KEY = 'readyroom.cockpit';

interface StoredSession {
  readonly path: string;
  readonly currentStageId: string | null;
  readonly timers: Record<string, StageTimer>;
}

type Session = Omit<StoredSession, 'path'>;

/**
 * The stage to show when a workshop opens: in its latest session (a follow-up once there is
 * one), the one running, else the first not skipped.
 */
function startingStageId(store: AppStore): string | null {
  const workshop = store.getState().workshop;
  const agenda = workshop === null ? [] : stagesAlongside(workshop, null);
  return (
    (agenda.find((stage) => stage.status === 'active') ?? agenda.find((stage) => stage.status !== 'skipped'))
      ?.id ?? null
  );
}

/** The stage and timers this tab kept for the open workshop; null if none, another's, or garbled. */
function storedSession(store: AppStore, storage: Storage): Session | null {
  try {
    const stored = JSON.parse(storage.getItem(KEY) ?? 'null') as StoredSession | null;
    const { openFile, workshop } = store.getState();
    if (stored === null || openFile === null || stored.path !== openFile.path) return null;
    if (
      stored.currentStageId !== null &&
      !workshop?.agenda.some((stage) => stage.id === stored.currentStageId)
    )
      return null;
    return { currentStageId: stored.currentStageId, timers: stored.timers };
  } catch {
    return null; // A garbled entry only costs the stage position; the document itself is on disk.
  }
}

/**
 * Keeps the current stage and the timers in the tab's storage, so a reload mid-workshop
 * comes back to the same stage with the clock still right, whatever the agenda says is
 * running (an undo may have changed that). Opening another workshop starts at its running
 * (or first) stage.
 */
export function startCockpitSessionPersistence(store: AppStore, storage: Storage): () => void {
  return store.subscribe((state, previous) => {
    if (state.openFile?.path !== previous.openFile?.path) {
      // Read before restoring: the restore is itself a change this listener writes down.
      const session = storedSession(store, storage) ?? { currentStageId: startingStageId(store), timers: {} };
      store.getState().restoreSession(session);
      return;
    }
    if (
      state.openFile !== null &&
      (state.currentStageId !== previous.currentStageId || state.timers !== previous.timers)
    ) {
      const stored: StoredSession = {
        path: state.openFile.path,
        currentStageId: state.currentStageId,
        timers: { ...state.timers },
      };
      storage.setItem(KEY, JSON.stringify(stored));
    }
  });
}
