/**
 * Which Chromium the command-line export draws pictures with, found the way the project's
 * tests and icon script find it: `READYROOM_CHROMIUM` names an executable (or `bundled` for
 * Playwright's own browser), otherwise Debian's `/usr/bin/chromium`.
 */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';

/** Where Debian installs Chromium; used when `READYROOM_CHROMIUM` is not set. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The Chromium to launch: a path, or `bundled` for Playwright's own browser. */
export type ChromiumChoice =
  { readonly kind: 'executable'; readonly path: string } | { readonly kind: 'bundled' };

/** The Chromium named by the environment. */
export function chooseChromium(environment: NodeJS.ProcessEnv = process.env): ChromiumChoice {
  const configured = environment.READYROOM_CHROMIUM?.trim();
  if (configured === 'bundled') return { kind: 'bundled' };
  return {
    kind: 'executable',
    path: configured === undefined || configured === '' ? DEFAULT_CHROMIUM : configured,
  };
}

/** Whether an executable exists at `executablePath` and may be run. */
export async function isExecutable(executablePath: string): Promise<boolean> {
  try {
    await access(executablePath, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
