/**
 * One accessibility sweep over every screen state: the facilitator app (home, each stage
 * empty and filled, each canvas and view, each dialog, the voting states, each theme), the
 * audience screen and the phone page. axe-core runs in each state with the WCAG 2.0/2.1 A and
 * AA rules plus best practice; the list of states is printed, and any violation fails.
 *
 * One shell and one seeded library for the whole file (the sample workshop, filled; an empty
 * one made in the page), moving between states rather than restarting.
 */
import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { buildSampleWorkshop } from '../fixtures/build-sample-workshop';
import { aShellOverALibrary, writeToLibrary } from './support/browser-shell';
import { FacilitatorPage, WorkshopPages } from './support/facilitator-page';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const SAMPLE_TITLE = 'Claims triage: from pilot to every personal line';
const EMPTY_TITLE = 'Sweep: an empty workshop';
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
/** A card on a canvas (not a lane or a grid cell drawn behind the cards). */
const CARD = '.react-flow__node:not([data-id^="backdrop-"])';
const THEMES = [
  ['Light', 'light'],
  ['Dark', 'dark'],
  ['Projector (high contrast)', 'projector'],
] as const;

const STAGES = [
  'Welcome and ground rules',
  'Looking back at the pilot',
  'Ownership',
  'Data',
  'Stakeholders and buy-in',
  'Designing the new workflow',
  'Metrics',
  'Scaling Readiness Test',
  'Action plan',
  'Close',
] as const;

/** One visited state and what axe found there. */
interface Visited {
  readonly name: string;
  readonly violations: readonly string[];
}

/** Runs axe in a state and keeps the result; the test fails at the end if any state had a violation. */
class Sweep {
  readonly visited: Visited[] = [];

  /** Runs axe; with `narrow`, also checks the page reflows at 320 CSS px (WCAG 1.4.10). */
  async check(page: Page, name: string, options: { readonly narrow?: boolean } = {}): Promise<void> {
    if (options.narrow === true) await page.setViewportSize({ width: 320, height: 640 });
    const sideways = options.narrow === true ? await sidewaysScroll(page) : null;
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const violations = results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} — ${violation.nodes
          .slice(0, 4)
          .map((node) => `${node.target.join(' ')} ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
          .join(' | ')}${violation.nodes.length > 4 ? ` (+${violation.nodes.length - 4} more)` : ''}`,
    );
    if (sideways !== null) violations.push(`reflow: ${sideways}`);
    // React Flow's own name for a line is "Edge from <id> to <id>": every line must have ours.
    const linesById = await page.locator('[aria-label^="Edge from"]').count();
    if (linesById > 0) violations.push(`canvas lines named by their ids: ${linesById}`);
    this.visited.push({ name, violations });
  }

  report(): string {
    const lines = this.visited.map(
      (state, index) =>
        `${String(index + 1).padStart(2)}. ${state.name}: ${
          state.violations.length === 0 ? 'no violations' : `${state.violations.length} violation(s)`
        }${state.violations.map((violation) => `\n      - ${violation}`).join('')}`,
    );
    return `Accessibility sweep: ${this.visited.length} states\n${lines.join('\n')}`;
  }
}

/** Why the page scrolls sideways (the page, or the widest element past the right edge), or null. */
function sidewaysScroll(page: Page): Promise<string | null> {
  // In the page, reached through the root element: this project's Node types have no DOM.
  return page.locator('html').evaluate((root) => {
    const width = root.ownerDocument.defaultView?.innerWidth ?? 0;
    if (root.scrollWidth <= width) return null;
    const widest = [...root.ownerDocument.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => `${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]}`)
      .slice(0, 5);
    return `the page is ${root.scrollWidth} px wide in a ${width} px window (${widest.join(', ')})`;
  });
}

async function chooseTheme(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel('Theme').selectOption({ label });
  await expect(page.locator('html')).toHaveAttribute('data-theme', value);
}

// A step that cannot happen fails in seconds, not at the end of the whole sweep's time.
test.use({ actionTimeout: 15_000 });

// The library starts empty; the sweep puts the sample in it once the empty home screen is checked.
const running = aShellOverALibrary({});

async function phonePage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext(PHONE);
  const phone = await context.newPage();
  await phone.goto(url);
  await expect(phone.locator('html')).toHaveAttribute('data-app-state', 'ready');
  return phone;
}

test('every screen state passes axe-core (WCAG 2.1 AA and best practice)', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const sweep = new Sweep();
  const facilitator = new FacilitatorPage(page);
  const workshops = new WorkshopPages(page);
  try {
    await test.step('home screen', async () => {
      await facilitator.open(running.shell.url);
      await sweep.check(page, 'home, empty library');
      await sweep.check(page, 'home, empty library, at 320 px wide', { narrow: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      const library = writeToLibrary(running.dataPath, { 'sample.readyroom': buildSampleWorkshop() });
      writeFileSync(path.join(library, 'damaged.readyroom'), '{"schemaVersion": 3, "id": ');
      await facilitator.reload();
      await expect(page.locator('.library-item__open', { hasText: SAMPLE_TITLE })).toBeVisible();
      for (const [label, value] of THEMES) {
        await chooseTheme(page, label, value);
        await sweep.check(page, `home with a library (${label} theme)`);
      }
      await chooseTheme(page, 'Light', 'light');
      await page.getByRole('button', { name: `Rename ${SAMPLE_TITLE}` }).click();
      await sweep.check(page, 'home, renaming a workshop');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Change', exact: true }).click();
      await sweep.check(page, 'home, changing the library folder');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await sweep.check(page, 'home at 320 px wide (400 % zoom)', { narrow: true });
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    await test.step('a damaged file', async () => {
      await page.locator('.library-item__open', { hasText: 'damaged' }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await sweep.check(page, 'dialog: a damaged workshop file');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
    });

    await test.step('each stage of an empty workshop', async () => {
      await workshops.createWorkshop(EMPTY_TITLE);
      for (const stage of STAGES) {
        await workshops.goToStage(stage);
        await sweep.check(page, `empty workshop: ${stage}`);
      }
      await workshops.backToLibrary();
    });

    await test.step('each stage of a filled workshop, its canvases and dialogs', async () => {
      await workshops.openFromLibrary(SAMPLE_TITLE);
      await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
      for (const stage of STAGES) {
        await workshops.goToStage(stage);
        await sweep.check(page, `filled workshop: ${stage}`);
      }
      await workshops.goToStage('Data');
      await page.getByRole('group', { name: 'Data views' }).getByRole('button', { name: 'Map' }).click();
      await expect(page.locator('.react-flow__node').first()).toBeVisible();
      await sweep.check(page, 'data: the data map');
      await page.locator(CARD).first().click();
      await sweep.check(page, 'data: a source selected on the map');
      await workshops.goToStage('Designing the new workflow');
      await page.locator(CARD).first().click();
      await sweep.check(page, 'workflow: a step selected');
      await workshops.goToStage('Stakeholders and buy-in');
      const views = page.getByRole('group', { name: 'Stakeholder views' });
      await views.getByRole('button', { name: 'Influence and impact' }).click();
      await sweep.check(page, 'stakeholders: influence and impact grid');
      await views.getByRole('button', { name: 'Most affected managers' }).click();
      await sweep.check(page, 'stakeholders: most affected managers');
      await views.getByRole('button', { name: 'Map' }).click();
      await page.locator(CARD).first().click();
      await sweep.check(page, 'stakeholders: a card selected');

      await page.getByRole('button', { name: 'Commands' }).click();
      await expect(page.getByRole('dialog', { name: 'Commands' })).toBeVisible();
      await sweep.check(page, 'dialog: command palette');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Edit agenda' }).click();
      await sweep.check(page, 'agenda being edited');
      await page.getByRole('button', { name: 'Done editing' }).click();

      for (const [label, value] of THEMES.slice(1)) {
        await chooseTheme(page, label, value);
        await sweep.check(page, `filled workshop: stakeholder map (${label} theme)`);
        await workshops.goToStage('Scaling Readiness Test');
        await sweep.check(page, `filled workshop: readiness test (${label} theme)`);
        await workshops.goToStage('Stakeholders and buy-in');
      }
      await chooseTheme(page, 'Light', 'light');
    });

    await test.step('the voting states, the audience screen and the phone page', async () => {
      await workshops.goToStage('Scaling Readiness Test');
      const popup = page.waitForEvent('popup');
      await page.getByRole('button', { name: 'Present (F5)' }).click();
      const audience = await popup;
      await expect(audience.locator('html')).toHaveAttribute('data-app-state', 'ready');
      await sweep.check(audience, 'audience: results of the rounds');
      await page.getByRole('button', { name: 'Room view' }).click();
      await expect(page.getByRole('region', { name: 'What the room sees' })).toBeVisible();
      await sweep.check(page, 'cockpit: room view open');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Open the voting room' }).click();
      const joinUrl = (await page.locator('.voting-room__url').textContent()) ?? '';
      await expect(page.locator('.voting-room__check [role="status"]')).not.toHaveText(/Checking/);
      await sweep.check(page, 'voting room open, room checked');
      const phone = await phonePage(browser, joinUrl);
      await sweep.check(phone, 'phone: join');
      await sweep.check(phone, 'phone: join at 320 px wide', { narrow: true });
      await phone.setViewportSize(PHONE.viewport);
      await phone.getByRole('button', { name: 'Join' }).click();
      await expect(phone.getByRole('heading', { level: 1 })).not.toHaveText('Join the vote');
      await sweep.check(phone, 'phone: waiting for a question');
      await page.setViewportSize({ width: 1280, height: 800 });

      await page.getByLabel('Countdown in minutes (optional)').fill('5');
      await page.getByRole('button', { name: /^Open round \d$/ }).click();
      await expect(page.getByRole('heading', { name: /^Round \d is open$/ })).toBeVisible();
      await sweep.check(page, 'a phone round open');
      await sweep.check(audience, 'audience: voting, with the join block and the clock');
      const ownership = phone.getByRole('group', { name: 'Ownership' });
      await sweep.check(phone, 'phone: voting');
      await ownership.getByRole('button', { name: 'Yes' }).click();
      await expect(phone.locator('#status')).toContainText('Your vote is in');
      await sweep.check(phone, 'phone: voted');
      await sweep.check(phone, 'phone, voted, at 320 px wide', { narrow: true });
      await phone.setViewportSize(PHONE.viewport);

      await page.getByRole('button', { name: /^Close round \d$/ }).click();
      await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Voting has closed');
      await sweep.check(page, 'a phone round closed, not revealed');
      await sweep.check(phone, 'phone: voting closed');
      await page.getByRole('button', { name: /^Reveal round \d$/ }).click();
      await expect(phone.getByRole('heading', { level: 1 })).toHaveText(/^Results of round/);
      await sweep.check(page, 'a phone round revealed');
      await sweep.check(phone, 'phone: results');
      await phone.emulateMedia({ colorScheme: 'dark' });
      await sweep.check(phone, 'phone: results (dark)');

      await page.getByLabel('How the room votes').selectOption('keypad');
      await page.getByRole('button', { name: /^Open round \d$/ }).click();
      const keypad = audience.getByRole('region', { name: 'Keypad voting' });
      await expect(keypad).toContainText('Voter 1');
      await sweep.check(page, 'a keypad round open');
      await sweep.check(audience, 'audience: keypad voting');
      await page.getByRole('button', { name: /^Close round \d$/ }).click();

      await page.getByLabel('How the room votes').selectOption('hands');
      await page.getByRole('button', { name: /^Open round \d$/ }).click();
      await sweep.check(page, 'a show of hands being counted');

      const verdictPanel = page.getByRole('region', { name: 'Verdict' });
      await verdictPanel.getByRole('button', { name: 'Show the verdict to the room' }).click();
      await expect(audience.locator('.audience')).toHaveAttribute('data-view', 'verdict');
      for (const [label, value] of THEMES) {
        await chooseTheme(page, label, value);
        await expect(audience.locator('html')).toHaveAttribute('data-theme', value);
        await sweep.check(audience, `audience: the verdict (${label} theme)`);
      }
      await chooseTheme(page, 'Light', 'light');

      await workshops.goToStage('Stakeholders and buy-in');
      await page
        .getByRole('group', { name: 'Stakeholder map tools' })
        .getByRole('button', { name: 'Show on the audience screen' })
        .click();
      await expect(audience.locator('.audience')).toHaveAttribute('data-view', 'canvas');
      await sweep.check(audience, 'audience: the stakeholder map projected');
      await workshops.goToStage('Welcome and ground rules');
      await expect(audience.locator('.audience')).toHaveAttribute('data-view', 'stage');
      await sweep.check(audience, 'audience: a stage');

      await workshops.goToStage('Scaling Readiness Test');
      await page.getByRole('button', { name: 'Close the voting room' }).click();
      await expect(phone.getByRole('heading', { level: 1 })).toHaveText('The vote has ended');
      await sweep.check(phone, 'phone: the vote has ended');
      await phone.context().close();
      await audience.close();
    });

    await test.step('the rehearsal room', async () => {
      await workshops.backToLibrary();
      await page.getByRole('button', { name: 'Rehearse the voting room' }).click();
      await expect(page.getByRole('heading', { name: 'Rehearsal: the voting room is open' })).toBeVisible();
      await sweep.check(page, 'rehearsal: the voting room with simulated phones');
    });
  } finally {
    console.log(sweep.report());
  }
  expect(sweep.visited.length).toBeGreaterThanOrEqual(40);
  expect(
    sweep.visited.filter((state) => state.violations.length > 0).map((state) => state.name),
    'states with violations (details printed above)',
  ).toEqual([]);
});
