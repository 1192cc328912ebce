import type { AppInfo, HostApi, Notice } from '../../../shared/host-api/contract';
import type { AppSliceCreator } from './app-state';

export interface AppSlice {
  readonly appInfo: AppInfo | null;
  readonly notices: readonly Notice[];
  /** Set when the host cannot be reached at start; the UI shows it instead of the app. */
  readonly startupError: string | null;
  /** A short message about an action that did not work (shown until dismissed). */
  readonly actionMessage: string | null;
  failAction(message: string): void;
  clearActionMessage(): void;
  loadAppInfo(): Promise<void>;
  receiveNotices(notices: readonly Notice[]): void;
  dismissNotice(id: string): Promise<void>;
  failStartup(message: string): void;
}

export function createAppSlice(host: HostApi): AppSliceCreator<AppSlice> {
  return (set) => ({
    appInfo: null,
    notices: [],
    startupError: null,
    actionMessage: null,
    failAction: (message) => set({ actionMessage: message }),
    clearActionMessage: () => set({ actionMessage: null }),
    loadAppInfo: async () => {
      const [appInfo, notices] = await Promise.all([host.app.getInfo(), host.app.listNotices()]);
      set({ appInfo, notices });
    },
    receiveNotices: (notices) => set({ notices }),
    dismissNotice: async (id) => {
      set({ notices: await host.app.dismissNotice({ id }) });
    },
    failStartup: (message) => set({ startupError: message }),
  });
}
