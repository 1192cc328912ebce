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

describe('facilitator window placement setting', () => {
  const placement = {
    displayId: 2_528_732_444,
    displayWidth: 1920,
    displayHeight: 1080,
    x: 100,
    y: 80,
    width: 1280,
    height: 800,
    maximized: false,
  };

  it('reads a version-1 file written before the field existed, without a problem', () => {
    const { settings, problems } = restoreSettings({ schemaVersion: 1, theme: 'dark', soundMuted: true });
    expect(problems).toEqual([]);
    expect(settings.facilitatorWindowBounds).toEqual([]);
    expect(settings).toMatchObject({ theme: 'dark', soundMuted: true });
  });

  it('keeps valid placements and fills the maximized flag when it is missing', () => {
    const { maximized: _maximized, ...withoutFlag } = placement;
    const { settings, problems } = restoreSettings({
      schemaVersion: 1,
      facilitatorWindowBounds: [placement, { ...withoutFlag, displayId: 7 }],
    });
    expect(problems).toEqual([]);
    expect(settings.facilitatorWindowBounds).toEqual([placement, { ...placement, displayId: 7 }]);
  });

  it('resets only the placements when they are damaged, keeping every other setting', () => {
    for (const damaged of [
      'left of the door',
      [{ ...placement, width: 0 }],
      [{ ...placement, x: 10.5 }],
      Array.from({ length: 9 }, (_, index) => ({ ...placement, displayId: index })),
    ]) {
      const { settings, problems } = restoreSettings({
        schemaVersion: 1,
        theme: 'projector',
        facilitatorWindowBounds: damaged,
      });
      expect(settings.facilitatorWindowBounds).toEqual([]);
      expect(settings.theme).toBe('projector');
      expect(problems).toEqual([
        'The setting "facilitatorWindowBounds" was not valid and was reset to its default.',
      ]);
    }
  });

  it('can be changed by a patch like any other setting', () => {
    const next = applySettingsPatch(defaultSettings(), { facilitatorWindowBounds: [placement] });
    expect(next.facilitatorWindowBounds).toEqual([placement]);
    expect(next.theme).toBe('system');
  });
});
