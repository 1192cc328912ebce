import type { Page } from '@playwright/test';
import { startBrowserShell } from '../e2e/support/browser-shell';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { ensureAppBuild } from './app-build';
import type { BenchContext } from './registry';

/** A running browser shell over a throw-away data folder. */
export interface BenchBrowserShell {
  /** The data folder (settings, and the library in `workshops/`). */
  readonly dataPath: string;
  /** The facilitator address the shell printed, token included. */
  readonly url: string;
  /** `http://127.0.0.1:<port>`, for other entries such as `/participant.html`. */
  readonly origin: string;
  /** Stops the shell and deletes its data folder. */
  stop(): Promise<void>;
}

/**
 * Starts the real browser shell (`node out/main/serve.js --port 0 --data-dir <tmp>`, via the
 * e2e launcher) after making sure the build exists. Every call gets an empty data folder,
 * which `fill` may put files in (a library) before the shell starts.
 */
export async function startBenchBrowserShell(
  context: BenchContext,
  fill?: (dataPath: string) => void,
): Promise<BenchBrowserShell> {
  await ensureAppBuild(context);
  const dataDirectory = makeTemporaryDirectory('readyroom-bench-shell-');
  try {
    fill?.(dataDirectory.path);
    const shell = await startBrowserShell(dataDirectory.path);
    context.log(`browser shell at ${shell.origin}`);
    return {
      dataPath: dataDirectory.path,
      url: shell.url,
      origin: shell.origin,
      stop: async () => {
        await shell.stop();
        dataDirectory.remove();
      },
    };
  } catch (error) {
    dataDirectory.remove();
    throw error;
  }
}

/**
 * Loads the shell's facilitator page in `page`, waits for the ready marker and opens the
 * workshop titled `title` from the library (untimed set-up for the measurements after it).
 */
export async function openFromLibrary(page: Page, shell: BenchBrowserShell, title: string): Promise<void> {
  await page.goto(shell.url);
  await page.locator('html[data-app-state="ready"]').waitFor();
  await page.locator('.library-item__open', { hasText: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}
