/**
 * The themes the UI offers, as plain data (no schema), so the first screen can list them
 * without loading the validation library. `system` follows the operating system;
 * `projector` is the high-contrast theme for a projected screen.
 */
export const THEMES = ['system', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];
