import type { HostApi } from '../../../shared/host-api/contract';
import type { Settings, SettingsPatch } from '../../../shared/settings/settings';
import type { AppSliceCreator } from './app-state';
import { text } from '../../../shared/text';

export interface SettingsSlice {
  /** The host's settings; null until the first load. */
  readonly settings: Settings | null;
  /** Plain-English reason the last settings change failed, if it did. */
  readonly settingsError: string | null;
  loadSettings(): Promise<void>;
  updateSettings(patch: SettingsPatch): Promise<void>;
  /** Applies settings pushed by the host (another window changed them). */
  receiveSettings(settings: Settings): void;
}

export function createSettingsSlice(host: HostApi): AppSliceCreator<SettingsSlice> {
  return (set) => ({
    settings: null,
    settingsError: null,
    loadSettings: async () => {
      const settings = await host.settings.get();
      set({ settings, settingsError: null });
    },
    updateSettings: async (patch) => {
      try {
        const settings = await host.settings.set(patch);
        set({ settings, settingsError: null });
      } catch (error) {
        set({ settingsError: error instanceof Error ? error.message : text('store.settings.notSaved') });
      }
    },
    receiveSettings: (settings) => set({ settings }),
  });
}
