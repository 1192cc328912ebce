import type { HostApi } from '../../shared/host-api/contract';
import type { AppStore } from './store/create-app-store';

/**
 * Opens a workshop the desktop shell asked for (a double-clicked `.readyroom` file). The open
 * workshop, if another, is closed first the usual way — a pending edit is saved and the file
 * released — and stays open if that save fails or the file is in conflict, so nothing is lost. Answers whether the
 * requested workshop is now open; a problem opening it shows as the store's `openProblem`.
 */
export async function openRequestedWorkshop(store: AppStore, path: string): Promise<boolean> {
  const before = store.getState();
  if (before.openFile?.path === path) return true;
  // Another program changed the open file: the facilitator decides first, not a double-click.
  if (before.saveStatus === 'conflict') return false;
  if (before.openFile !== null) {
    await before.closeWorkshop();
    if (store.getState().openFile !== null) return false;
  }
  return store.getState().openWorkshop(path);
}

export interface OpenWorkshopRequests {
  /** The window has finished starting: open what was asked for meanwhile, then each as it comes. */
  ready(): void;
  /** Stops listening. */
  stop(): void;
}

/**
 * Listens for `app.onDidRequestOpenWorkshop` from the first moment, so a file the app was
 * launched with is not missed, but opens nothing until `ready()`: the window's own start-up
 * (settings, reopening after a reload) comes first. Requests run one after another.
 * Only the desktop shell sends this event, and only to the facilitator window.
 */
export function listenForOpenWorkshopRequests(host: HostApi, store: AppStore): OpenWorkshopRequests {
  const waiting: string[] = [];
  let isReady = false;
  let queue: Promise<unknown> = Promise.resolve();
  const open = (path: string) => {
    queue = queue.then(() => openRequestedWorkshop(store, path)).catch(() => false);
  };
  const stop = host.events.on('app.onDidRequestOpenWorkshop', ({ path }) => {
    if (isReady) open(path);
    else waiting.push(path);
  });
  return {
    ready: () => {
      isReady = true;
      for (const path of waiting.splice(0)) open(path);
    },
    stop,
  };
}
