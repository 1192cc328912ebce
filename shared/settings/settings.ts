import { z } from 'zod';
import { THEMES, type Theme } from './themes';

/** The settings file's current version; bump it and add a migration when the shape changes. */
export const SETTINGS_SCHEMA_VERSION = 1;

export const ThemeSchema = z.enum(THEMES);
export type { Theme };

export const RecentWorkshopSchema = z.object({
  path: z.string().min(1),
  title: z.string(),
  openedAt: z.string(),
});
export type RecentWorkshop = z.infer<typeof RecentWorkshopSchema>;

/** How many recent workshops the home screen keeps. */
export const MAX_RECENT_WORKSHOPS = 12;

export const RoomServerPreferencesSchema = z.object({
  /** The address the voting room listens on; null lets the shell pick its safe default. */
  host: z.string().nullable().default(null),
  namedVoting: z.boolean().default(false),
});

/**
 * Where the facilitator window last was on one display (the desktop shell remembers one
 * placement per display, most recent first). Positions and sizes are in the display
 * coordinates Electron's `screen` API uses; the display is recognised by its id and size.
 */
export const WindowPlacementSchema = z.object({
  displayId: z.number().int(),
  displayWidth: z.number().int().positive(),
  displayHeight: z.number().int().positive(),
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().default(false),
});
export type WindowPlacement = z.infer<typeof WindowPlacementSchema>;

/** How many displays the facilitator window's placement is remembered for. */
export const MAX_REMEMBERED_DISPLAYS = 8;

/**
 * Every setting with its default. One schema serves electron-store (desktop) and conf
 * (browser shell and tests); a field that fails validation falls back to its default.
 */
export const SettingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION).default(SETTINGS_SCHEMA_VERSION),
  theme: ThemeSchema.default('system'),
  /** Folder holding the workshop library; null means the default under the user's documents. */
  libraryFolder: z.string().min(1).nullable().default(null),
  recentWorkshops: z.array(RecentWorkshopSchema).max(MAX_RECENT_WORKSHOPS).default([]),
  soundMuted: z.boolean().default(false),
  roomServer: RoomServerPreferencesSchema.default({ host: null, namedVoting: false }),
  /**
   * Desktop shell only: the facilitator window's placement per display. Added without a
   * version bump: files written before it simply get the empty default.
   */
  facilitatorWindowBounds: z.array(WindowPlacementSchema).max(MAX_REMEMBERED_DISPLAYS).default([]),
});
export type Settings = Readonly<z.infer<typeof SettingsSchema>>;

/** What a renderer may change in one call; unknown keys are refused. */
export const SettingsPatchSchema = SettingsSchema.omit({ schemaVersion: true }).partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** The settings a fresh install starts with. */
export function defaultSettings(): Settings {
  return SettingsSchema.parse({});
}

type SettingsMigration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Sequential migrations: entry `n` turns a version-`n` settings object into version `n + 1`.
 * Version 0 is a file written before settings carried a version (same fields, no number).
 */
export const settingsMigrations: Readonly<Record<number, SettingsMigration>> = {
  0: (raw) => ({ ...raw, schemaVersion: 1 }),
};

/** The result of reading a settings file: usable settings plus what had to be repaired. */
export interface SettingsRestoreResult {
  readonly settings: Settings;
  /** Plain-English notes on what was reset; empty when the file was fine. */
  readonly problems: readonly string[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns whatever was read from disk into valid settings: migrates old versions, keeps every
 * valid field and resets each invalid one to its default, reporting what it reset.
 */
export function restoreSettings(raw: unknown): SettingsRestoreResult {
  if (!isPlainObject(raw)) {
    return {
      settings: defaultSettings(),
      problems: ['The settings file did not hold settings, so every setting was reset.'],
    };
  }
  let current: Record<string, unknown> = { ...raw };
  let version = typeof current.schemaVersion === 'number' ? current.schemaVersion : 0;
  if (version > SETTINGS_SCHEMA_VERSION) {
    return {
      settings: defaultSettings(),
      problems: [
        'The settings were saved by a newer version of ReadyRoom, so this version started from the defaults.',
      ],
    };
  }
  while (version < SETTINGS_SCHEMA_VERSION) {
    const migrate = settingsMigrations[version];
    if (migrate === undefined) break;
    current = migrate(current);
    version += 1;
  }

  const problems: string[] = [];
  const repaired: Record<string, unknown> = {};
  const shape = SettingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const field = shape[key];
    const parsed = field.safeParse(current[key]);
    if (parsed.success) {
      repaired[key] = parsed.data;
    } else {
      repaired[key] = field.parse(undefined);
      problems.push(`The setting "${key}" was not valid and was reset to its default.`);
    }
  }
  return { settings: SettingsSchema.parse(repaired), problems };
}

/** Applies a validated patch to settings. */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  return SettingsSchema.parse({ ...settings, ...patch });
}
