import path from 'node:path';
import Conf from 'conf';
import type { SettingsFile } from './settings-service';

/** The settings file name, the same in both shells. */
export const SETTINGS_FILE_NAME = 'settings';

/** Opens the settings file in `directory` with `conf` (the browser shell and tests). */
export function openConfSettingsFile(directory: string): SettingsFile {
  return new Conf<Record<string, unknown>>({
    cwd: directory,
    configName: SETTINGS_FILE_NAME,
    clearInvalidConfig: false,
  });
}

/** Where `openConfSettingsFile(directory)` keeps its file. */
export function confSettingsFilePath(directory: string): string {
  return path.join(directory, `${SETTINGS_FILE_NAME}.json`);
}
