import { useId } from 'react';
import { THEMES, type Theme } from '../../../shared/settings/themes';
import { useAppStore } from '../store/store-context';
import { THEME_LABELS } from '../theme';
import { text } from '../../../shared/text';

/** Lets the facilitator choose light, dark, projector or the computer's own theme. */
export function ThemePicker() {
  const id = useId();
  const theme = useAppStore((state) => state.settings?.theme ?? 'system');
  const updateSettings = useAppStore((state) => state.updateSettings);
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{text('app.theme')}</label>
      <select
        id={id}
        value={theme}
        onChange={(event) => void updateSettings({ theme: event.target.value as Theme })}
      >
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {THEME_LABELS[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
