import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HostApi } from '../../../shared/host-api/contract';
import { createAppSlice } from './app-slice';
import type { AppState } from './app-state';
import { createSettingsSlice } from './settings-slice';

export type AppStore = StoreApi<AppState>;

/**
 * Builds a fresh store over a host API. The app makes one per window; every test makes its
 * own, so no state leaks between tests and nothing needs mocking but the host it is given.
 */
export function createAppStore(host: HostApi): AppStore {
  return createStore<AppState>()((...parts) => ({
    ...createAppSlice(host)(...parts),
    ...createSettingsSlice(host)(...parts),
  }));
}

/**
 * Loads what every window needs before it is usable and keeps it in sync with host events.
 * Returns the function that stops listening.
 */
export async function startAppStore(store: AppStore, host: HostApi): Promise<() => void> {
  const stopSettings = host.events.on('settings.onDidChange', (settings) =>
    store.getState().receiveSettings(settings),
  );
  const stopNotices = host.events.on('app.onDidChangeNotices', (notices) =>
    store.getState().receiveNotices(notices),
  );
  await Promise.all([store.getState().loadAppInfo(), store.getState().loadSettings()]);
  return () => {
    stopSettings();
    stopNotices();
  };
}
