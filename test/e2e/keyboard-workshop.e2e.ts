/**
 * A short workshop run from the keyboard alone, in the browser shell: create it, fill a
 * record on each stage, add two stakeholders and link them, run a keypad vote on the audience
 * screen, and export the Word plan. Controls are reached with Tab and used with Enter, Space,
 * typing and the app's shortcuts; the page records every mouse or pointer event and the test
 * fails if there was even one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { aFreshShellForEachTest } from './support/browser-shell';
import { FacilitatorPage } from './support/facilitator-page';

const running = aFreshShellForEachTest();

/** Counts, in the page, every event a mouse, pen or finger makes (a keyboard never does). */
const WATCH_POINTER = `(() => {
  window.__pointerEvents = [];
  for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'contextmenu', 'wheel', 'touchstart']) {
    window.addEventListener(type, (event) => window.__pointerEvents.push(type + ' on ' + (event.target && event.target.tagName)), true);
  }
  // A click from Enter or Space has detail 0; a click from a mouse counts its presses.
  window.addEventListener('click', (event) => { if (event.detail > 0) window.__pointerEvents.push('mouse click'); }, true);
})();`;

async function pointerEvents(page: Page): Promise<unknown> {
  return page.evaluate('window.__pointerEvents');
}

/** True when `target` has focus. */
function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === element.ownerDocument.activeElement, undefined, {
    timeout: 5_000,
  });
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `limit` presses. */
async function tabTo(
  page: Page,
  target: Locator,
  { limit = 120, backwards = false }: { limit?: number; backwards?: boolean } = {},
): Promise<number> {
  for (let presses = 0; presses <= limit; presses += 1) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab did not reach ${String(target)} in ${limit} presses`);
}

async function expectFocusOn(target: Locator): Promise<void> {
  await expect.poll(() => isFocused(target), { message: `focus on ${String(target)}` }).toBe(true);
}

async function nextStage(page: Page, title: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+Alt+ArrowDown');
  await expect(page.locator('#stage-heading')).toHaveText(title);
}

test('a short workshop, start to export, with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript({ content: WATCH_POINTER });
  await new FacilitatorPage(page).open(running.shell.url);
  const stage = page.locator('main');

  await test.step('create the workshop: focus goes to its first field', async () => {
    await tabTo(page, page.getByLabel('New workshop title'));
    await page.keyboard.type('Keyboard run');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Keyboard run' })).toBeVisible();
    await expectFocusOn(page.getByLabel('Workshop title'));
    await page.keyboard.press('Tab');
    await expectFocusOn(page.getByLabel('Organisation'));
    await page.keyboard.type('Northwind Insurance');
  });

  await test.step('the skip link jumps past the header and the agenda', async () => {
    const skip = page.getByRole('link', { name: 'Skip to the stage' });
    await tabTo(page, skip, { backwards: true });
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expectFocusOn(page.locator('#main'));
    const toNext = await tabTo(page, page.getByRole('button', { name: 'Next stage →' }));
    expect(toNext).toBeLessThanOrEqual(8);
  });

  await test.step('a record on each of the first stages', async () => {
    await nextStage(page, 'Looking back at the pilot');
    await tabTo(page, stage.getByLabel('What did the pilot prove?'));
    await page.keyboard.type('Triage time halved for motor claims.');

    await nextStage(page, 'Ownership');
    await tabTo(page, stage.getByLabel('Business role'));
    await page.keyboard.type('Head of claims operations');

    await nextStage(page, 'Data');
    await tabTo(page, stage.getByRole('button', { name: 'Add data source' }));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Claims system');
    await expect(page.locator(':focus')).toHaveValue('Claims system');
  });

  await test.step('two stakeholders, added and linked', async () => {
    await nextStage(page, 'Stakeholders and buy-in');
    const add = stage.getByRole('button', { name: 'Add stakeholder' });
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    // Focus is on the new card's name: typing names it, and a second Enter adds nothing.
    await expectFocusOn(stage.getByLabel('Name', { exact: true }));
    await page.keyboard.type('Ana Lopez');
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    await expectFocusOn(stage.getByLabel('Name', { exact: true }));
    await page.keyboard.type('Ben Okafor');
    await expect(stage.locator('.react-flow__node')).toHaveCount(2);

    await tabTo(page, stage.getByLabel('…whom'));
    await expect(stage.getByLabel('…whom')).toHaveValue(/.+/);
    await tabTo(page, stage.getByRole('button', { name: 'Connect' }));
    await page.keyboard.press('Enter');
    const line = stage.locator('.react-flow__edge');
    await expect(line).toHaveCount(1);
    await expect(line).toHaveAttribute('aria-label', 'Ben Okafor reports to Ana Lopez');
  });

  await test.step('a step of the workflow and a metric', async () => {
    await nextStage(page, 'Designing the new workflow');
    await tabTo(page, stage.getByRole('button', { name: 'Add a step of today' }));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Clerk keys in the claim');
    await expect(stage.locator('.react-flow__node', { hasText: 'Clerk keys in the claim' })).toBeVisible();

    await nextStage(page, 'Metrics');
    await tabTo(page, stage.getByRole('button', { name: 'Add a process metric' }));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Claims triaged within an hour');
  });

  await test.step('a keypad vote on the audience screen, closed and revealed', async () => {
    await nextStage(page, 'Scaling Readiness Test');
    await tabTo(page, stage.getByLabel('How the room votes'));
    await page.keyboard.press('k'); // "Keypad on the shared screen…"
    await expect(stage.getByLabel('How the room votes')).toHaveValue('keypad');

    const popup = page.waitForEvent('popup');
    await page.keyboard.press('F5');
    const audience = await popup;
    await expect(audience.locator('html')).toHaveAttribute('data-app-state', 'ready');

    await tabTo(page, stage.getByRole('button', { name: 'Open round 1' }));
    await page.keyboard.press('Enter');
    const close = stage.getByRole('button', { name: 'Close round 1' });
    await expectFocusOn(close);
    const keypad = audience.getByRole('region', { name: 'Keypad voting' });
    for (const [index, key] of ['1', '2', '1', '3'].entries()) {
      await expect(keypad).toContainText(`Voter 1 · question ${index + 1} of 4`);
      await audience.keyboard.press(key);
    }
    await expect(keypad).toContainText('Voter 2');

    await page.keyboard.press('Enter'); // Close round 1
    const reveal = stage.getByRole('button', { name: 'Reveal round 1' });
    await expectFocusOn(reveal);
    await page.keyboard.press('Enter');
    await expect(stage.getByRole('figure').filter({ hasText: /Ownership \(1 votes?\)/ })).toBeVisible();

    await tabTo(page, stage.getByRole('group', { name: /^Ownership:/ }).getByRole('radio', { name: 'Yes' }));
    await page.keyboard.press('Space');
    await expect(
      stage.getByRole('group', { name: /^Ownership:/ }).getByRole('radio', { name: 'Yes' }),
    ).toBeChecked();
  });

  await test.step('an action, the close, then the Word plan', async () => {
    await nextStage(page, 'Action plan');
    await tabTo(page, stage.getByRole('button', { name: 'Add action' }));
    await page.keyboard.press('Enter');
    await expectFocusOn(stage.getByLabel('Title of action 1'));
    await page.keyboard.type('Automate the nightly claims feed');

    // The close: a topic parked in the side panel, then marked resolved on the last stage.
    await nextStage(page, 'Close');
    await tabTo(page, page.getByLabel('New parking-lot item'));
    await page.keyboard.type('Budget for the second year');
    await page.keyboard.press('Enter');
    const resolve = stage.getByRole('button', { name: /^Mark resolved\s*: Budget for the second year$/ });
    await tabTo(page, resolve, { backwards: true });
    await page.keyboard.press('Enter');
    await expect(resolve).toHaveCount(0);

    const download = page.waitForEvent('download');
    await page.keyboard.press('ControlOrMeta+e');
    const plan = await download;
    const planPath = path.join(running.dataPath, plan.suggestedFilename());
    await plan.saveAs(planPath);
    expect(readFileSync(planPath).subarray(0, 2).toString()).toBe('PK');
  });

  expect(await pointerEvents(page)).toEqual([]);
});
