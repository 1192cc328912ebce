import { THEMES, type Theme } from '../../shared/settings/themes';
import { choiceLabels } from '../../shared/text';

/** The theme actually drawn: `system` resolves to light or dark from the OS preference. */
export type ResolvedTheme = 'light' | 'dark' | 'projector';

export function resolveTheme(theme: Theme, prefersDark: boolean): ResolvedTheme {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return theme;
}

/** Applies a theme to the page root (`data-theme`) so CSS custom properties switch. */
export function applyTheme(root: HTMLElement, theme: ResolvedTheme): void {
  root.dataset.theme = theme;
  root.style.colorScheme = theme === 'light' ? 'light' : 'dark';
}

export const THEME_LABELS: Readonly<Record<Theme, string>> = choiceLabels('theme', THEMES);
