import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Host } from '../../electron/host/create-host';
import { createAppStore, startAppStore, type AppStore } from '../../renderer/app/store/create-app-store';
import { StoreProvider } from '../../renderer/app/store/store-context';
import { makeTemporaryDirectory } from './temporary-directory';
import { createTestHost, inProcessHostApi } from './test-host';

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
  const directory = makeTemporaryDirectory();
  const host = createTestHost(directory.path);
  const dispose = async (): Promise<void> => {
    cleanup();
    await host.dispose();
    directory.remove();
  };
  try {
    const api = inProcessHostApi(host);
    const store = createAppStore(api, { sessionId: 'test-session-1' });
    await startAppStore(store, api);
    if (!(await store.getState().createWorkshop(title))) {
      throw new Error(`Could not create the test workshop “${title}”.`);
    }
    return {
      store,
      host,
      render: (node) => render(<StoreProvider store={store}>{node}</StoreProvider>),
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}
