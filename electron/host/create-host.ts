import type { HostMethods } from '../../shared/host-api/contract';
import { HostEventHub } from './event-hub';
import { NoticeBoard } from './notices';
import { createSettingsService, type SettingsFile } from './settings-service';

export interface HostOptions {
  readonly shell: 'desktop' | 'browser';
  readonly appName: string;
  readonly version: string;
  /** Opens the settings store: electron-store in the desktop shell, conf elsewhere. */
  readonly openSettingsFile: () => SettingsFile;
  readonly settingsFilePath: string;
}

/** Everything a shell needs from the host: the contract's methods and its event stream. */
export interface Host {
  readonly methods: HostMethods;
  readonly events: HostEventHub;
  /** Releases files and servers; call once when the shell quits. */
  dispose(): Promise<void>;
}

/**
 * Builds the host services once for a shell. Plain Node: no `electron` import here, so
 * the same host runs in the desktop main process, the browser shell and unit tests.
 */
export function createHost(options: HostOptions): Host {
  const events = new HostEventHub();
  const notices = new NoticeBoard(events);
  const settings = createSettingsService({
    open: options.openSettingsFile,
    filePath: options.settingsFilePath,
    onNotice: (message) => notices.add(message),
    onDidChange: (next) => events.emit('settings.onDidChange', next),
  });

  const methods: HostMethods = {
    'app.getInfo': async () => ({
      name: options.appName,
      version: options.version,
      shell: options.shell,
      platform: process.platform,
    }),
    'app.listNotices': async () => notices.list(),
    'app.dismissNotice': async ({ id }) => notices.dismiss(id),
    'settings.get': async () => settings.get(),
    'settings.set': async (patch) => settings.set(patch),
  };

  return {
    methods,
    events,
    dispose: async () => {},
  };
}
