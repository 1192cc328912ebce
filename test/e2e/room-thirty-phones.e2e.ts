/**
 * A room of thirty phones, as a tired facilitator runs it: two rounds on phones while the
 * Wi-Fi drops for a third of the room, the results reaching every phone within seconds of
 * the reveal, Undo pressed after the vote, and a switch to another workshop with the room
 * still open. Every phone is its own Chromium context on 127.0.0.1 (the shell lifts the
 * per-address limits for that; see `startBrowserShell`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { aFreshShellForEachTest } from './support/browser-shell';
import { FacilitatorPage, WorkshopPages } from './support/facilitator-page';
import { joinOnPhone, voteOnPhone } from './support/phones';

const PHONES = 30;
const DROPPED = 10;
const QUESTIONS = ['Ownership', 'Data', 'Buy-in', 'Metrics'] as const;

interface SavedWorkshop {
  readonly meta: { readonly title: string };
  readonly readiness: {
    readonly rounds: readonly { readonly id: string; readonly closedAt: string | null }[];
    readonly ballots: readonly { readonly roundId: string }[];
  };
}

const running = aFreshShellForEachTest();

/** The workshop files in the shell's library, by title. */
function savedWorkshops(): Map<string, SavedWorkshop> {
  const folder = path.join(running.dataPath, 'workshops');
  const byTitle = new Map<string, SavedWorkshop>();
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.readyroom'))) {
    const workshop = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as SavedWorkshop;
    byTitle.set(workshop.meta.title, workshop);
  }
  return byTitle;
}

async function joinPhone(browser: Browser, joinUrl: string): Promise<Page> {
  const page = await joinOnPhone(browser, joinUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Your votes|Voting has closed|Hello/);
  return page;
}

const voteAll = (phone: Page, answer: 'Yes' | 'Partly' | 'No') =>
  voteOnPhone(phone, Object.fromEntries(QUESTIONS.map((question) => [question, answer])));

/** Runs `work` over the phones a few at a time (two cores drive thirty pages). */
async function inBatches(phones: readonly Page[], work: (phone: Page, index: number) => Promise<void>) {
  for (let start = 0; start < phones.length; start += 6) {
    await Promise.all(phones.slice(start, start + 6).map((phone, offset) => work(phone, start + offset)));
  }
}

test('thirty phones, ten of them dropping off, two rounds, undo and a workshop switch', async ({
  page,
  browser,
}) => {
  test.setTimeout(480_000);
  const facilitator = new FacilitatorPage(page);
  const workshop = new WorkshopPages(page);
  await facilitator.open(running.shell.url);
  await workshop.createWorkshop('Room A');
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  await agenda.getByRole('button', { name: /Scaling Readiness Test/ }).click();

  // The browser mode listens on this computer only, and says so before the room opens.
  await expect(page.getByText('Phones cannot reach this room')).toBeVisible();
  await page.getByRole('button', { name: 'Open the voting room' }).click();
  await expect(page.locator('.voting-room__check')).toContainText('The room answers on this computer');
  await expect(page.locator('.voting-room')).toContainText('No phones have joined yet');
  const joinUrl = (await page.locator('.voting-room__url').textContent()) ?? '';

  await page.getByRole('button', { name: 'Open round 1' }).click();
  const phones: Page[] = [];
  await inBatches(Array.from({ length: PHONES }), async () => {
    phones.push(await joinPhone(browser, joinUrl));
  });
  await expect(page.locator('.voting-room')).toContainText(`${PHONES} phones connected`);
  for (const phone of phones) await expect(phone.locator('#connection')).toHaveText('Connected');

  // Round 1: the Wi-Fi drops for ten phones; the rest vote; the ten come back and vote too.
  const dropped = phones.slice(0, DROPPED);
  for (const phone of dropped) await phone.context().setOffline(true);
  await inBatches(phones.slice(DROPPED), (phone) => voteAll(phone, 'Partly'));
  await expect(page.locator('.voting-room')).toContainText('reconnecting');
  for (const phone of dropped) await expect(phone.locator('#connection')).toHaveText('Reconnecting…');
  for (const phone of dropped) await phone.context().setOffline(false);
  await inBatches(dropped, (phone) => voteAll(phone, 'No'));
  await expect(page.locator('.live-round__counts')).toContainText(`Ownership: ${PHONES} votes in`);
  await expect(page.locator('.live-round__counts')).toContainText(`Metrics: ${PHONES} votes in`);
  await page.getByRole('button', { name: 'Close round 1' }).click();
  await page.getByRole('button', { name: 'Reveal round 1' }).click();
  const revealedAt = Date.now();
  await inBatches(phones, (phone) =>
    expect(phone.getByRole('heading', { level: 1 })).toHaveText('Results of round 1', { timeout: 5_000 }),
  );
  expect(Date.now() - revealedAt).toBeLessThan(5_000 + 2_000);

  // Round 2: ten phones vote, then lose the Wi-Fi before the reveal and get it back after.
  await page.getByRole('button', { name: 'Open round 2' }).click();
  await inBatches(phones, (phone) => voteAll(phone, 'Yes'));
  await expect(page.locator('.live-round__counts')).toContainText(`Data: ${PHONES} votes in`);
  for (const phone of dropped) await phone.context().setOffline(true);
  await page.getByRole('button', { name: 'Close round 2' }).click();
  await page.getByRole('button', { name: 'Reveal round 2' }).click();
  const secondReveal = Date.now();
  for (const phone of dropped) await phone.context().setOffline(false);
  await inBatches(phones, (phone) =>
    expect(phone.getByRole('heading', { level: 1 })).toHaveText('Results of round 2', { timeout: 5_000 }),
  );
  expect(Date.now() - secondReveal).toBeLessThan(5_000 + 2_000);

  // A tired facilitator types a final answer, then presses Undo twice: the votes stay.
  await page
    .getByRole('group', { name: /^Ownership:/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('figure').filter({ hasText: `Ownership (${PHONES} votes)` })).toHaveCount(2);
  await expect(page.getByRole('figure').filter({ hasText: `Data (${PHONES} votes)` })).toHaveCount(2);

  // Round 3 is open when the facilitator goes back to the library and starts workshop B.
  await page.getByRole('button', { name: 'Open round 3' }).click();
  await inBatches(phones.slice(0, 5), (phone) => voteAll(phone, 'No'));
  await expect(page.locator('.live-round__counts')).toContainText('Ownership: 5 votes in');
  await workshop.backToLibrary();
  await workshop.createWorkshop('Room B');
  await agenda.getByRole('button', { name: /Scaling Readiness Test/ }).click();
  await expect(page.getByRole('button', { name: 'Open the voting room' })).toBeVisible();
  await expect(page.locator('.live-round')).toHaveCount(0);
  // The phones hear the room closed; a late tap reaches nothing.
  await expect(phones[5]?.getByRole('heading', { level: 1 }) as ReturnType<Page['getByRole']>).toHaveText(
    'The vote has ended',
  );
  await workshop.waitUntilSaved();

  const files = savedWorkshops();
  const roomA = files.get('Room A');
  const roomB = files.get('Room B');
  expect(roomA?.readiness.rounds).toHaveLength(3);
  expect(roomA?.readiness.rounds.every((round) => round.closedAt !== null)).toBe(true);
  // 30 phones x 4 questions x 2 rounds, then 5 x 4 in round 3: every ballot in A, none in B.
  expect(roomA?.readiness.ballots).toHaveLength(PHONES * 4 * 2 + 5 * 4);
  expect(roomB?.readiness.rounds).toHaveLength(0);
  expect(roomB?.readiness.ballots).toHaveLength(0);
  for (const phone of phones) await phone.context().close();
});
