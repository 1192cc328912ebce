import { expect, test, type Page } from '@playwright/test';
import { aFreshShellForEachTest } from './support/browser-shell';
import { FacilitatorPage, WorkshopPages } from './support/facilitator-page';

const running = aFreshShellForEachTest();

/** The app's own script files the page asks for from now on (its code chunks). */
function recordScriptRequests(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) scripts.push(pathname);
  });
  return scripts;
}

test('the cockpit and the stage editors load while the window is idle, so the first visit waits for no code', async ({
  page,
}) => {
  const scripts = recordScriptRequests(page);
  const facilitator = new FacilitatorPage(page);
  const workshop = new WorkshopPages(page);
  await facilitator.open(running.shell.url);

  // The library on screen: the cockpit's code comes while the facilitator looks at it.
  await expect.poll(() => scripts.some((script) => /\/cockpit-screen-[\w-]+\.js$/.test(script))).toBe(true);

  await workshop.createWorkshop('Preloaded');
  // Then every stage editor of the agenda, a canvas with React Flow among them.
  await expect
    .poll(() => scripts.some((script) => /\/stakeholders-stage-editor-[\w-]+\.js$/.test(script)))
    .toBe(true);
  await expect
    .poll(() => scripts.some((script) => /\/close-stage-editor-[\w-]+\.js$/.test(script)))
    .toBe(true);
  // Give the last editor's own imports a moment to arrive before counting.
  await page.waitForLoadState('networkidle');

  const before = scripts.length;
  await workshop.goToStage('Stakeholders and buy-in');
  await expect(page.locator('[data-canvas="stakeholders"] .react-flow')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.slice(before), 'code the stakeholder map still had to load').toEqual([]);
});
