/**
 * A follow-up on the sample workshop, as a facilitator runs it weeks later: "Run a follow-up"
 * beside the workshop in the library, the action review (three actions done, one blocked),
 * the four questions voted again by twelve phones (separate Chromium contexts on 127.0.0.1)
 * in the same voting room, the movement against the workshop, and everything still there
 * after a reload. The workshop's own stages stay readable, and cannot be changed.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { buildSampleWorkshop } from '../fixtures/build-sample-workshop';
import { aFreshShellForEachTest, writeToLibrary } from './support/browser-shell';
import { FacilitatorPage, WorkshopPages } from './support/facilitator-page';
import { joinOnPhone, voteOnPhone } from './support/phones';

const SAMPLE_TITLE = 'Claims triage: from pilot to every personal line';
const PHONES = 12;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const DONE = [
  'Write the AI product owner objective',
  'Agree the override rule',
  'Set up alerts for gaps and late notes',
];
const BLOCKED = 'Renegotiate the vehicle data contract';

const running = aFreshShellForEachTest();

async function joinAndVote(browser: Browser, joinUrl: string): Promise<Page[]> {
  const phones: Page[] = [];
  for (let index = 0; index < PHONES; index += 1) {
    const phone = await joinOnPhone(browser, joinUrl);
    await voteOnPhone(phone, {
      Ownership: 'Yes',
      Data: index < 8 ? 'Partly' : 'No',
      'Buy-in': 'Yes',
      Metrics: 'Yes',
    });
    phones.push(phone);
  }
  return phones;
}

async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`),
  ).toEqual([]);
}

function copySample(): void {
  writeToLibrary(running.dataPath, { 'sample.readyroom': buildSampleWorkshop() });
}

function actionCard(page: Page, title: string) {
  return page.getByRole('listitem', { name: new RegExp(`^${title}`) });
}

test('a follow-up reviews the actions, re-votes on phones, shows what moved and keeps it all', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  copySample();
  const facilitator = new FacilitatorPage(page);
  const workshop = new WorkshopPages(page);
  await facilitator.open(running.shell.url);

  // From the library: the follow-up opens on its first stage.
  await page.getByRole('button', { name: `Run a follow-up on ${SAMPLE_TITLE}` }).click();
  await expect(page.locator('#stage-heading')).toHaveText('Action review');
  const sessions = page.getByRole('navigation', { name: 'Sessions' });
  await expect(sessions.getByRole('button', { name: 'Workshop, 2025-03-18' })).toBeVisible();
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  await expect(agenda.getByRole('button', { name: /Ownership/ })).toHaveCount(0);

  // The action review: overdue said in words, three done, one blocked.
  await expect(actionCard(page, BLOCKED).getByText(/^Overdue: it was due 2025-05-30/)).toBeVisible();
  for (const title of DONE) {
    await actionCard(page, title)
      .getByLabel(/^Status/)
      .selectOption({ label: 'Done' });
  }
  await actionCard(page, BLOCKED)
    .getByLabel(/^Status/)
    .selectOption({ label: 'Blocked' });
  await actionCard(page, BLOCKED)
    .getByLabel(/^Review note/)
    .fill('Supplier wants a two-year deal');
  await expect(page.locator('.follow-up-review__counts')).toHaveText(
    '13 actions: 5 done, 2 blocked, 8 overdue.',
  );
  await expectAxeClean(page);

  // The re-test in the same voting room, twelve phones.
  await workshop.goToStage('Re-test the four questions');
  await page.getByRole('button', { name: 'Open the voting room' }).click();
  const joinUrl = (await page.locator('.voting-room__url').textContent()) ?? '';
  expect(new URL(joinUrl).hostname).toBe('127.0.0.1');
  await page.getByRole('button', { name: 'Open round 3' }).click();
  const phones = await joinAndVote(browser, joinUrl);
  await expect(page.locator('.live-round__counts')).toContainText('Data: 12 votes in');
  await page.getByRole('button', { name: 'Close round 3' }).click();
  await page.getByRole('button', { name: 'Reveal round 3' }).click();

  const movement = page.getByRole('region', { name: 'What moved' });
  const expectMovement = async () => {
    await expect(movement.getByRole('row', { name: /^Data/ })).toContainText(
      'No → Partly since Workshop, 2025-03-18 (better)',
    );
    await expect(movement.getByRole('row', { name: /^Buy-in/ })).toContainText(
      'Partly → Yes since Workshop, 2025-03-18 (better)',
    );
    await expect(movement.getByRole('row', { name: /^Ownership/ })).toContainText('(no change)');
    await expect(movement.getByRole('listitem')).toHaveText([
      'Workshop, 2025-03-18: Not ready yet',
      /^Follow-up, \d{4}-\d{2}-\d{2}: Not ready yet$/,
    ]);
  };
  await expectMovement();
  await expectAxeClean(page);
  await workshop.waitUntilSaved();

  // Reload: the session, the reviews and the votes are all in the saved file.
  await facilitator.reload();
  await workshop.goToStage('Re-test the four questions');
  await expectMovement();
  await workshop.goToStage('Action review');
  for (const title of DONE) {
    await expect(actionCard(page, title).getByLabel(/^Status/)).toHaveValue('done');
  }
  await expect(actionCard(page, BLOCKED).getByLabel(/^Status/)).toHaveValue('blocked');
  await expect(actionCard(page, BLOCKED).getByLabel(/^Review note/)).toHaveValue(
    'Supplier wants a two-year deal',
  );

  // The follow-up report, read back as Word's reader would: the movement and the action counts.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Follow-up report (Word)' }).click();
  const report = path.join(running.dataPath, (await download).suggestedFilename());
  await (await download).saveAs(report);
  const read = JSON.parse(
    execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import docx,json,sys\nd=docx.Document(sys.argv[1])\nprint(json.dumps({"p":[p.text for p in d.paragraphs],"t":[[c.text for c in r.cells] for r in d.tables[0].rows]}))',
        report,
      ],
      { encoding: 'utf8' },
    ),
  ) as { p: string[]; t: string[][] };
  expect(read.t.map((cells) => [cells[0], cells.at(-1)])).toEqual([
    ['Question', 'Movement'],
    ['Ownership', 'No change: Yes'],
    ['Data', 'Better: No → Partly'],
    ['Buy-in', 'Better: Partly → Yes'],
    ['Metrics', 'No change: Yes'],
  ]);
  // The same counts as the review stage shows: 5 done, 2 blocked, 8 overdue of 13.
  expect(read.p).toContain('Done: 5. Overdue: 8. Blocked: 2. In progress: 1. Not started: 5. Dropped: 0.');

  // The workshop's own stages are there to read, not to change.
  await page
    .getByRole('navigation', { name: 'Sessions' })
    .getByRole('button', { name: 'Workshop, 2025-03-18' })
    .click();
  await expect(page.locator('#stage-heading')).toHaveText('Welcome and ground rules');
  await expect(page.getByText(/^This session is over/)).toBeVisible();
  await expectAxeClean(page);
  await workshop.goToStage('Scaling Readiness Test');
  await expect(page.getByRole('group', { name: /^Data:/ }).getByRole('radio', { name: 'No' })).toBeDisabled();
  // Its stakeholder map too: a card dragged on it stays where the workshop left it.
  await workshop.goToStage('Stakeholders and buy-in');
  const card = page.locator('.canvas[data-canvas="stakeholders"] .react-flow__node').first();
  const before = await card.boundingBox();
  if (before === null) throw new Error('No stakeholder card on screen.');
  // Where the card sits on the map (the view may pan under the mouse; the card may not move).
  const placeOf = async () => /translate\([^)]*\)/.exec((await card.getAttribute('style')) ?? '')?.[0];
  const placeBefore = await placeOf();
  expect(placeBefore).toMatch(/^translate\(/);
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await page.mouse.down();
  await page.mouse.move(before.x + before.width / 2 + 120, before.y + before.height / 2 + 60, { steps: 8 });
  await page.mouse.up();
  expect(await placeOf()).toBe(placeBefore);
  for (const phone of phones) await phone.context().close();
});

test('a follow-up runs from the keyboard: the command palette, then the stage heading', async ({ page }) => {
  copySample();
  const facilitator = new FacilitatorPage(page);
  const workshop = new WorkshopPages(page);
  await facilitator.open(running.shell.url);
  await workshop.openFromLibrary(SAMPLE_TITLE);
  await expect(page.locator('#stage-heading')).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('follow-up');
  await page.keyboard.press('Enter');
  await expect(page.locator('#stage-heading')).toHaveText('Action review');
  await expect(page.locator('#stage-heading')).toBeFocused();
  // Tab reaches the first action's status from the stage.
  const status = actionCard(page, 'Write the AI product owner objective').getByLabel(/^Status/);
  for (
    let step = 0;
    step < 40 && !(await status.evaluate((element) => element === element.ownerDocument.activeElement));
    step += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(status).toBeFocused();
  // Undo groups edits less than 600 ms apart: let the follow-up itself be a step of its own.
  await page.waitForTimeout(700);
  await page.keyboard.press('End');
  await expect(status).toHaveValue('dropped');
  await page.keyboard.press('Control+z');
  await expect(status).toHaveValue('in-progress');
});
