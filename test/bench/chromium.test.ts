import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from '@playwright/test';
import { launchChromium, openColdPage } from './chromium';

/** Every target the browser has open besides pages: its own UI, extensions, workers. */
async function targetsOtherThanPages(browser: Browser): Promise<string[]> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    return targetInfos
      .filter((target) => target.type !== 'page')
      .map((target) => `${target.type} ${target.url}`);
  } finally {
    await session.detach();
  }
}

describe('the benchmark browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  // Each cold load opens a window. Without the flags, Chromium loads its address-bar pop-up
  // as WebUI pages next to it (`browser_ui chrome://omnibox-popup.top-chrome/`), which takes
  // CPU from the page being timed. If a Chromium update renames those features, this fails.
  it('loads no browser UI of its own beside a cold page', async () => {
    for (let load = 0; load < 2; load += 1) {
      const cold = await openColdPage(browser);
      try {
        await cold.page.goto('data:text/html,<title>cold</title><p>Cold page</p>');
        await expect.poll(() => cold.page.title()).toBe('cold');
        // The pop-up comes with the window; give it the time it takes to appear.
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(await targetsOtherThanPages(browser)).toEqual([]);
      } finally {
        await cold.close();
      }
    }
  });
});
