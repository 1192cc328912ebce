import { app } from 'electron';
import Store from 'electron-store';
import path from 'node:path';
import type { SettingsFile } from '../host/settings-service';
import { SETTINGS_FILE_NAME } from '../host/conf-settings';

/** Opens the desktop settings file with electron-store, in the app's user-data folder. */
export function openElectronSettingsFile(): SettingsFile {
  return new Store<Record<string, unknown>>({ name: SETTINGS_FILE_NAME, clearInvalidConfig: false });
}

export function electronSettingsFilePath(): string {
  return path.join(app.getPath('userData'), `${SETTINGS_FILE_NAME}.json`);
}
