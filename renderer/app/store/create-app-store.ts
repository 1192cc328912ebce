import { temporal, type TemporalState } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HostApi } from '../../../shared/host-api/contract';
import { withVotingFactsOf } from '../../../shared/workshop/readiness-facts';
import type { Workshop } from '../../../shared/workshop/workshop';
import { createAppSlice } from './app-slice';
import type { AppState } from './app-state';
import { createDocumentSlice } from './document-slice';
import { createFocusSlice } from './focus-slice';
import { createLibrarySlice } from './library-slice';
import { createSessionSlice, type DrawPlanPictures } from './session-slice';
import { createVotingSlice } from './voting-slice';
import { createSettingsSlice } from './settings-slice';
import { createFollowUpSlice } from '../../facilitator/follow-up/follow-up-slice';
import { createPortfolioSlice } from '../../facilitator/home/portfolio-slice';
import { createRoomActivitySlice } from '../../facilitator/room-activity/room-activity-slice';

/** What undo and redo track: the workshop document and nothing else. */
export type UndoableState = Pick<AppState, 'workshop'>;

export type AppStore = StoreApi<AppState> & { temporal: StoreApi<TemporalState<UndoableState>> };

/** Edits closer together than this become one undo step (typing a word is one step). */
export const UNDO_GROUP_MS = 600;
/** How many undo steps are kept. */
export const UNDO_LIMIT = 200;

/**
 * Groups a burst of changes into one history entry: the first change of a burst records the
 * state before it; later changes within `windowMs` of the previous one add nothing.
 */
function groupBursts<Arguments extends unknown[]>(
  record: (...args: Arguments) => void,
  windowMs: number,
): (...args: Arguments) => void {
  let lastChange = Number.NEGATIVE_INFINITY;
  return (...args) => {
    const now = Date.now();
    if (now - lastChange > windowMs) record(...args);
    lastChange = now;
  };
}

export interface AppStoreOptions {
  /** Names this window to the host when it opens files; one per tab or window. */
  readonly sessionId: string;
  /** Clock for timers (ms since epoch); tests pass their own. */
  readonly clock?: () => number;
  /**
   * Draws the canvas pictures for the Word plan. The app draws them in the page; tests
   * without a layout engine (jsdom) pass their own.
   */
  readonly drawPlanPictures?: DrawPlanPictures;
}

/**
 * Builds a fresh store over a host API. The app makes one per window; every test makes its
 * own, so no state leaks between tests and nothing needs mocking but the host it is given.
 * Undo/redo (zundo) covers the document slice only.
 */
export function createAppStore(host: HostApi, options: AppStoreOptions): AppStore {
  return createStore<AppState>()(
    temporal(
      (...parts) => ({
        ...createAppSlice(host)(...parts),
        ...createSettingsSlice(host)(...parts),
        ...createDocumentSlice(host, options.sessionId)(...parts),
        ...createLibrarySlice(host, options.sessionId)(...parts),
        ...createSessionSlice(host, options.clock, options.drawPlanPictures)(...parts),
        ...createVotingSlice(host)(...parts),
        ...createFocusSlice(...parts),
        ...createFollowUpSlice(host)(...parts),
        ...createPortfolioSlice(host)(...parts),
        ...createRoomActivitySlice()(...parts),
      }),
      {
        partialize: (state): UndoableState => ({ workshop: state.workshop }),
        equality: (past, current) => past.workshop === current.workshop,
        limit: UNDO_LIMIT,
        handleSet: (handleSet) => groupBursts(handleSet, UNDO_GROUP_MS),
      },
    ),
  ) as AppStore;
}

/** Undoes the last document edit, if any; the voting room's rounds and ballots stay as they are. */
export function undo(store: AppStore): void {
  moveInHistory(store, 'undo');
}

/** Redoes the last undone document edit, if any; the voting room's rounds and ballots stay as they are. */
export function redo(store: AppStore): void {
  moveInHistory(store, 'redo');
}

function moveInHistory(store: AppStore, move: 'undo' | 'redo'): void {
  const history = store.temporal.getState();
  const waiting = move === 'undo' ? history.pastStates : history.futureStates;
  if (waiting.length === 0) return;
  const before = store.getState().workshop;
  history[move]();
  keepVotingFacts(store, before);
  markEditedByHistory(store);
}

/**
 * A history entry is a whole earlier document, taken before the room's latest ballots came
 * in; moving to it must not take them away. The facts of the document just before the move
 * are put back, without a history step of their own.
 */
function keepVotingFacts(store: AppStore, before: Workshop | null): void {
  const after = store.getState().workshop;
  if (before === null || after === null || before.id !== after.id) return;
  const kept = withVotingFactsOf(after, before);
  if (kept === after) return;
  const history = store.temporal.getState();
  history.pause();
  try {
    store.setState({ workshop: kept });
  } finally {
    history.resume();
  }
}

/** Undo and redo change the document behind the slice's back; autosave must still see it. */
function markEditedByHistory(store: AppStore): void {
  if (store.getState().saveStatus !== 'conflict') store.setState({ saveStatus: 'dirty' });
}

/** What a window keeps in its store besides settings, notices and voting. */
export interface StartAppStoreOptions {
  /**
   * Whether this window shows the workshop library (the facilitator's home screen). A
   * window that never does (the audience screen) neither loads nor follows it. Default true.
   */
  readonly library?: boolean;
}

/**
 * Keeps the library list in step with the host, listing it again only while the home screen
 * shows it (no workshop open). Every save changes the library, about once a second while the
 * room edits, and listing it reads every workshop in the folder; with a workshop open, a
 * change only marks the list as out of date, and it is listed again when the workshop
 * closes. Returns the function that stops following.
 */
function followLibrary(store: AppStore, host: HostApi): () => void {
  let outOfDate = false;
  const stopChanges = host.events.on('documents.onDidChangeLibrary', () => {
    if (store.getState().workshop === null) void store.getState().refreshLibrary();
    else outOfDate = true;
  });
  const stopCatchingUp = store.subscribe((state, previous) => {
    if (outOfDate && state.workshop === null && previous.workshop !== null) {
      outOfDate = false;
      void store.getState().refreshLibrary();
    }
  });
  return () => {
    stopChanges();
    stopCatchingUp();
  };
}

/**
 * Loads what every window needs before it is usable and keeps it in sync with host events
 * (the library only in a window that shows it; see {@link followLibrary}). Returns the
 * function that stops listening.
 */
export async function startAppStore(
  store: AppStore,
  host: HostApi,
  options: StartAppStoreOptions = {},
): Promise<() => void> {
  const followsLibrary = options.library ?? true;
  const stopSettings = host.events.on('settings.onDidChange', (settings) =>
    store.getState().receiveSettings(settings),
  );
  const stopNotices = host.events.on('app.onDidChangeNotices', (notices) =>
    store.getState().receiveNotices(notices),
  );
  const stopVoting = host.events.on('voting.onDidChange', (state) => store.getState().receiveVoting(state));
  const stopLibrary = followsLibrary ? followLibrary(store, host) : () => {};
  await Promise.all([
    store.getState().loadAppInfo(),
    store.getState().loadSettings(),
    followsLibrary ? store.getState().refreshLibrary() : undefined,
  ]);
  return () => {
    stopVoting();
    stopLibrary();
    stopSettings();
    stopNotices();
  };
}
