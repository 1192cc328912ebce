import { useEffect, useLayoutEffect, useState } from 'react';
import type { Theme } from '../../shared/settings/themes';
import { applyTheme, resolveTheme } from './theme';

function usePrefersDark(): boolean {
  const query = '(prefers-color-scheme: dark)';
  const [prefersDark, setPrefersDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const onChange = () => setPrefersDark(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return prefersDark;
}

/**
 * Keeps the page's theme in step with the chosen setting and the OS preference. Applied in a
 * layout effect, before the browser draws: the first frame already has the chosen theme (no
 * flash of the light one on a dark projector) and is not styled twice.
 */
export function useAppliedTheme(theme: Theme | undefined, fallback: Theme = 'system'): void {
  const prefersDark = usePrefersDark();
  const resolved = resolveTheme(theme ?? fallback, prefersDark);
  useLayoutEffect(() => {
    applyTheme(document.documentElement, resolved);
  }, [resolved]);
}
