import { existsSync, renameSync } from 'node:fs';
import {
  applySettingsPatch,
  restoreSettings,
  type Settings,
  type SettingsPatch,
} from '../../shared/settings/settings';
import { text } from '../../shared/text';

/**
 * The part of `conf` / `electron-store` the settings service uses. electron-store extends
 * conf, so both shells pass their own store and share everything below.
 */
export interface SettingsFile {
  readonly path: string;
  store: Record<string, unknown>;
}

export interface SettingsServiceOptions {
  /** Opens (or creates) the store; may throw when the file on disk is not valid JSON. */
  readonly open: () => SettingsFile;
  /** Where the settings file lives, used to move a damaged one aside before reopening. */
  readonly filePath: string;
  /** Told, in plain English, about anything that had to be reset. */
  readonly onNotice: (message: string) => void;
  readonly onDidChange: (settings: Settings) => void;
  /** Clock for the name of a file kept aside; injectable for tests. */
  readonly now?: () => Date;
}

export interface SettingsService {
  get(): Settings;
  set(patch: SettingsPatch): Settings;
  /** Applies a change computed from the current settings (for example adding a recent workshop). */
  update(change: (current: Settings) => SettingsPatch): Settings;
}

function keepAside(filePath: string, now: Date): string | null {
  if (!existsSync(filePath)) return null;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const asidePath = `${filePath}.invalid-${stamp}`;
  renameSync(filePath, asidePath);
  return asidePath;
}

/**
 * Settings backed by one JSON file. An unreadable file is kept aside (never deleted) and
 * replaced by defaults; invalid fields are reset one by one; both raise a notice.
 */
export function createSettingsService(options: SettingsServiceOptions): SettingsService {
  const now = options.now ?? (() => new Date());
  let file: SettingsFile;
  let raw: unknown;
  try {
    file = options.open();
    raw = file.store;
  } catch {
    const asidePath = keepAside(options.filePath, now());
    file = options.open();
    raw = {};
    options.onNotice(text('host.settings.unreadable', { path: asidePath ?? options.filePath }));
  }

  const restored = restoreSettings(raw);
  let current = restored.settings;
  if (restored.problems.length > 0) {
    const asidePath = keepAside(options.filePath, now());
    options.onNotice(
      text('host.settings.repaired', {
        problems: restored.problems.join(' '),
        path: asidePath ?? options.filePath,
      }),
    );
  }
  file.store = { ...current };

  function set(patch: SettingsPatch): Settings {
    current = applySettingsPatch(current, patch);
    file.store = { ...current };
    options.onDidChange(current);
    return current;
  }

  return {
    get: () => current,
    set,
    update: (change) => set(change(current)),
  };
}
