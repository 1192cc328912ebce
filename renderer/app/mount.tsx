import { StrictMode, useLayoutEffect, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import type { HostApi } from '../../shared/host-api/contract';
import { getHost } from '../bridge';
import { listenForOpenWorkshopRequests } from './open-workshop-requests';
import {
  createAppStore,
  startAppStore,
  type AppStore,
  type StartAppStoreOptions,
} from './store/create-app-store';
import { StoreProvider } from './store/store-context';
import { windowSessionId } from './window-session';
import { text } from '../../shared/text';

/** Window-specific start-up work, run after the store has loaded and before the first render. */
export type WindowSetup = (store: AppStore, host: HostApi) => Promise<void>;

/**
 * Calls `onCommitted` once React has committed the window's first render: a layout effect
 * runs right after the commit, before the browser draws it.
 */
function AfterFirstCommit({ onCommitted }: { readonly onCommitted: () => void }): null {
  useLayoutEffect(onCommitted, [onCommitted]);
  return null;
}

/** How {@link mountWindow} starts a window. */
export interface MountOptions extends StartAppStoreOptions {
  readonly setup?: WindowSetup;
}

/**
 * Starts one window: builds its store over the host, loads what it needs, renders, and
 * marks the page ready (`data-app-state="ready"`) once the UI can be used.
 */
export async function mountWindow(
  Root: ComponentType,
  container: HTMLElement,
  { setup, ...storeOptions }: MountOptions = {},
): Promise<void> {
  const host = getHost();
  const store = createAppStore(host, { sessionId: windowSessionId(window.sessionStorage) });
  const root = createRoot(container);
  // Listen before the first await: the desktop shell sends a file the app was launched with
  // as soon as the page has loaded (only to the facilitator window; see electron/main).
  const openRequests = listenForOpenWorkshopRequests(host, store);
  try {
    await startAppStore(store, host, storeOptions);
    await setup?.(store, host);
    openRequests.ready();
  } catch (error) {
    openRequests.stop();
    store.getState().failStartup(error instanceof Error ? error.message : text('app.startFailed'));
  }
  // The UI is usable once React has committed it and the browser has drawn that frame: from
  // the commit, wait for the next frame to start (rAF; it is the first that can show the
  // commit), then for a task after it (the frame has been painted by then). Requesting the
  // frame only after the commit matters: `root.render` is asynchronous, and a frame requested
  // before it could come and go before anything is on screen.
  let marked = false;
  const markWhenDrawn = () => {
    if (marked) return;
    marked = true;
    requestAnimationFrame(() => {
      setTimeout(() => {
        document.documentElement.dataset.appState =
          store.getState().startupError === null ? 'ready' : 'error';
      }, 0);
    });
  };
  root.render(
    <StrictMode>
      <StoreProvider store={store}>
        <Root />
        <AfterFirstCommit onCommitted={markWhenDrawn} />
      </StoreProvider>
    </StrictMode>,
  );
}
