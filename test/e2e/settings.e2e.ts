import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { startBrowserShell, type BrowserShell } from './support/browser-shell';
import { FacilitatorPage } from './support/facilitator-page';

/** Runs `body` against a browser shell over a fresh data folder, then stops it and removes the folder. */
async function withShell(body: (shell: BrowserShell, dataPath: string) => Promise<void>): Promise<void> {
  const data = makeTemporaryDirectory();
  const shell = await startBrowserShell(data.path);
  try {
    await body(shell, data.path);
  } finally {
    await shell.stop();
    data.remove();
  }
}

/** The theme the shell has saved in its settings file. */
function savedTheme(dataPath: string): unknown {
  return JSON.parse(readFileSync(path.join(dataPath, 'settings.json'), 'utf8')).theme;
}

test('a changed setting survives a reload and a restart of the shell', async ({ page }) => {
  const data = makeTemporaryDirectory();
  let shell = await startBrowserShell(data.path);
  // The first load finds its start-up replies in the page; a reload (the key is no longer
  // in the address) asks for them in one batch.
  const batches: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/batch') batches.push(request.url());
  });
  try {
    const facilitator = new FacilitatorPage(page);
    await facilitator.open(shell.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The key leaves the address bar once the page is idle after its first screen.
    await expect(page).not.toHaveURL(/token=/);
    expect(batches).toEqual([]);

    await facilitator.chooseTheme('Dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => savedTheme(data.path)).toBe('dark');

    await facilitator.reload();
    await expect(facilitator.themeSelect()).toHaveValue('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(batches).toHaveLength(1);

    await shell.stop();
    shell = await startBrowserShell(data.path);
    await facilitator.open(shell.url);
    await expect(facilitator.themeSelect()).toHaveValue('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(batches).toHaveLength(1);
  } finally {
    await shell.stop();
    data.remove();
  }
});

/**
 * Watches the load from inside the page: counts the animation frames that start after the
 * home screen is first in the page, and notes that count when the page says it is ready.
 * Plain JavaScript in a string (it runs in the page).
 */
const READY_WATCH = `(() => {
  let framesSinceContent = -1;
  const countFrame = () => {
    framesSinceContent += 1;
    requestAnimationFrame(countFrame);
  };
  new MutationObserver((_, observer) => {
    const root = document.getElementById('root');
    if (framesSinceContent < 0 && root !== null && root.childElementCount > 0) {
      framesSinceContent = 0;
      requestAnimationFrame(countFrame);
    }
    const state = document.documentElement.dataset.appState;
    if (state !== undefined) {
      window.__readyWatch = { state, framesSinceContent, heading: document.querySelector('h1')?.textContent ?? null };
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-app-state'] });
})();`;

test('the page says it is ready only once a frame showing the home screen has been drawn', async ({
  page,
}) => {
  await withShell(async (shell) => {
    await page.addInitScript({ content: READY_WATCH });
    await new FacilitatorPage(page).open(shell.url);
    const seen = await page.evaluate('window.__readyWatch');
    expect(seen).toMatchObject({ state: 'ready', heading: expect.stringMatching(/\S/) });
    expect((seen as { framesSinceContent: number }).framesSinceContent).toBeGreaterThanOrEqual(1);
  });
});

/** Notes the page's theme when the UI is first put in the page (before it can be drawn). */
const FIRST_CONTENT_THEME = `(() => {
  new MutationObserver((_, observer) => {
    const root = document.getElementById('root');
    if (root === null || root.childElementCount === 0) return;
    window.__firstContentTheme = document.documentElement.dataset.theme ?? null;
    observer.disconnect();
  }).observe(document, { subtree: true, childList: true });
})();`;

test('a chosen dark theme is there from the first frame, with no flash of the light one', async ({
  page,
}) => {
  await withShell(async (shell, dataPath) => {
    const facilitator = new FacilitatorPage(page);
    await facilitator.open(shell.url);
    await facilitator.chooseTheme('Dark');
    await expect.poll(() => savedTheme(dataPath)).toBe('dark');

    await page.addInitScript({ content: FIRST_CONTENT_THEME });
    await facilitator.reload();
    expect(await page.evaluate('window.__firstContentTheme')).toBe('dark');
  });
});

test('a setting changed while the page was still connecting reaches it', async ({ page }) => {
  await withShell(async (shell, dataPath) => {
    // Hold the page's event socket until the setting has changed somewhere else.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.routeWebSocket(/\/api\/events/, async (socket) => {
      await released;
      socket.connectToServer();
    });
    const facilitator = new FacilitatorPage(page);
    await facilitator.open(shell.url);
    await expect(facilitator.themeSelect()).toHaveValue('system');

    // Another window of the same shell chooses Dark (a call with the shell's key).
    const response = await fetch(`${shell.origin}/api/call/settings.set`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-readyroom-token': new URL(shell.url).searchParams.get('token') ?? '',
      },
      body: JSON.stringify({ input: { theme: 'dark' } }),
    });
    expect(response.status).toBe(200);
    await expect.poll(() => savedTheme(dataPath)).toBe('dark');

    release();
    await expect(facilitator.themeSelect()).toHaveValue('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test('a page opened without the access key says what to do', async ({ page }) => {
  await withShell(async (shell) => {
    await page.goto(`${shell.origin}/`);
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'error');
    await expect(page.getByRole('alert')).toContainText('Open the full address that "npm run serve" printed');
  });
});

test('the home and audience screens pass axe-core in every theme', async ({ page }) => {
  await withShell(async (shell) => {
    const facilitator = new FacilitatorPage(page);
    await facilitator.open(shell.url);
    for (const theme of ['Light', 'Dark', 'Projector (high contrast)']) {
      await facilitator.chooseTheme(theme);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations, `${theme}: ${JSON.stringify(results.violations, null, 2)}`).toEqual([]);
    }
    await page.goto(`${shell.origin}/audience.html`);
    await facilitator.waitUntilReady();
    const audience = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(audience.violations).toEqual([]);
  });
});
