import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach } from 'vitest';
import type { Host } from '../../electron/host/create-host';
import type { HostApi } from '../../shared/host-api/contract';
import {
  createAppStore,
  startAppStore,
  type AppStore,
  type AppStoreOptions,
  type StartAppStoreOptions,
} from '../../renderer/app/store/create-app-store';
import { StoreProvider } from '../../renderer/app/store/store-context';
import { makeTemporaryDirectory } from './temporary-directory';
import { createTestHost, inProcessHostApi } from './test-host';

/** A real host over a temporary folder, and app stores over it as the app's windows. */
export interface TestHostWithStores {
  /** The temporary folder the host keeps its data (and workshops) in. */
  readonly directory: string;
  readonly host: Host;
  /** The renderer-facing API over {@link host}, in process. */
  readonly api: HostApi;
  /** A store for one window, started as the app starts it (settings and library loaded). */
  startStore(
    sessionId: string,
    options?: Omit<AppStoreOptions, 'sessionId'> & StartAppStoreOptions,
  ): Promise<AppStore>;
  /** Stops every store's subscriptions, disposes the host and deletes the folder. */
  dispose(): Promise<void>;
}

/**
 * Makes a temporary folder, a real host in it, and (through `startStore`) stores over that
 * host: for store tests that need one or more windows. Call `dispose()` when done.
 */
export function createTestHostWithStores(): TestHostWithStores {
  const folder = makeTemporaryDirectory();
  const host = createTestHost(folder.path);
  const api = inProcessHostApi(host);
  const stops: (() => void)[] = [];
  return {
    directory: folder.path,
    host,
    api,
    startStore: async (sessionId, { library, ...storeOptions } = {}) => {
      const store = createAppStore(api, { ...storeOptions, sessionId });
      stops.push(await startAppStore(store, api, library === undefined ? {} : { library }));
      return store;
    },
    dispose: async () => {
      for (const stop of stops.splice(0)) stop();
      await host.dispose();
      folder.remove();
    },
  };
}

/** A started app store with a new workshop open, over a real host in a temporary directory. */
export interface TestWorkshop {
  /** The store, already started and holding the new workshop. */
  readonly store: AppStore;
  /** The real host behind the store. */
  readonly host: Host;
  /** Renders `node` inside a `StoreProvider` for `store`. */
  render(node: ReactNode): RenderResult;
  /** Unmounts everything rendered, disposes the host and deletes the temporary directory. */
  dispose(): Promise<void>;
}

/**
 * Makes a temporary directory, a real host in it and a started app store over that host, then
 * creates a workshop called `title`; for component tests that need a workshop to edit.
 * Call `dispose()` when done (typically in `afterEach`).
 */
export async function openTestWorkshop(title = 'Test'): Promise<TestWorkshop> {
  const stores = createTestHostWithStores();
  const dispose = async (): Promise<void> => {
    cleanup();
    await stores.dispose();
  };
  try {
    const store = await stores.startStore('test-session-1');
    if (!(await store.getState().createWorkshop(title))) {
      throw new Error(`Could not create the test workshop “${title}”.`);
    }
    return {
      store,
      host: stores.host,
      render: (node) => render(<StoreProvider store={store}>{node}</StoreProvider>),
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** What {@link aTestWorkshopForEachTest} hands a test file. */
export interface TestWorkshopForEachTest {
  /** The running test's store: `store.getState()` reads it and runs its actions. */
  readonly store: Pick<AppStore, 'getState'>;
  /** The real host behind the running test's store. */
  readonly host: Host;
  /** Renders `node` inside a `StoreProvider` for the running test's store. */
  render(node: ReactNode): RenderResult;
}

/**
 * Gives every test of the calling file (or `describe` block) its own workshop, as
 * {@link openTestWorkshop} makes it, disposed after the test. Call it where `beforeEach`
 * could be called; what it returns may be destructured there, as it always reaches the
 * running test's workshop.
 */
export function aTestWorkshopForEachTest(title = 'Test'): TestWorkshopForEachTest {
  let current: TestWorkshop | null = null;
  beforeEach(async () => {
    current = await openTestWorkshop(title);
  });
  afterEach(async () => {
    await current?.dispose();
    current = null;
  });
  const running = (): TestWorkshop => {
    if (current === null) throw new Error('The test workshop exists only while a test runs.');
    return current;
  };
  return {
    store: { getState: () => running().store.getState() },
    get host() {
      return running().host;
    },
    render: (node) => running().render(node),
  };
}

/**
 * Windows of one browser tab that reloads, over one real host: each `aWindow()` is a fresh
 * store as a reload starts it, with `keep` (what the window keeps in the tab's storage)
 * started on it. Registers `beforeEach`/`afterEach`: a new host and an empty tab storage
 * for every test.
 */
export function aReloadingTab(keep: (store: AppStore, storage: Storage) => void): {
  readonly storage: Storage;
  aWindow(): Promise<AppStore>;
} {
  const storage = window.sessionStorage;
  let stores: TestHostWithStores | null = null;
  beforeEach(() => {
    stores = createTestHostWithStores();
    storage.clear();
  });
  afterEach(async () => {
    await stores?.dispose();
    storage.clear();
  });
  return {
    storage,
    aWindow: async () => {
      if (stores === null) throw new Error('aWindow() runs inside a test.');
      const store = await stores.startStore('reloaded-tab-1');
      keep(store, storage);
      return store;
    },
  };
}
