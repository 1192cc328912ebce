import { describe, expect, it } from 'vitest';
import { applySettingsPatch, defaultSettings, restoreSettings, SETTINGS_SCHEMA_VERSION } from './settings';

describe('settings schema', () => {
  it('fills every default for an empty file', () => {
    expect(restoreSettings({})).toEqual({ settings: defaultSettings(), problems: [] });
    expect(defaultSettings()).toMatchObject({ theme: 'system', soundMuted: false, recentWorkshops: [] });
  });

  it('migrates a file written before settings carried a version', () => {
    const { settings, problems } = restoreSettings({ theme: 'dark' });
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ schemaVersion: SETTINGS_SCHEMA_VERSION, theme: 'dark' });
  });

  it('keeps valid fields and resets only the invalid ones, saying which', () => {
    const { settings, problems } = restoreSettings({ schemaVersion: 1, theme: 'neon', soundMuted: true });
    expect(settings.theme).toBe('system');
    expect(settings.soundMuted).toBe(true);
    expect(problems).toEqual(['The setting "theme" was not valid and was reset to its default.']);
  });

  it('starts from defaults when the file holds no object or comes from a newer app', () => {
    expect(restoreSettings([1, 2]).problems).toHaveLength(1);
    expect(restoreSettings(null).settings).toEqual(defaultSettings());
    expect(restoreSettings({ schemaVersion: 99, theme: 'dark' }).settings.theme).toBe('system');
  });

  it('applies a patch without touching other settings', () => {
    const next = applySettingsPatch({ ...defaultSettings(), soundMuted: true }, { theme: 'projector' });
    expect(next).toMatchObject({ theme: 'projector', soundMuted: true });
  });
});
