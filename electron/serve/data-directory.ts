import os from 'node:os';
import path from 'node:path';

/** The browser shell's data folder when none is given: the usual per-user config place. */
export function defaultBrowserShellDataDirectory(): string {
  const home = os.homedir();
  if (process.platform === 'win32') {
    return path.join(
      process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'),
      'ReadyRoom',
      'browser-shell',
    );
  }
  if (process.platform === 'darwin') {
    return path.join(home, 'Library', 'Application Support', 'ReadyRoom', 'browser-shell');
  }
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'ReadyRoom', 'browser-shell');
}

/** Where workshops live by default: a ReadyRoom folder in the user's documents. */
export function defaultLibraryFolder(): string {
  return path.join(os.homedir(), 'Documents', 'ReadyRoom');
}
