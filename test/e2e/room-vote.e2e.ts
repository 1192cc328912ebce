/**
 * The whole live readiness test as a room does it: the facilitator opens the voting room in
 * the cockpit, twelve phones (separate Chromium contexts on 127.0.0.1) join by code and vote
 * over two rounds, the audience screen shows counts and then the revealed distribution, and
 * the facilitator window is reloaded in the middle of a round without losing a ballot.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { aFreshShellForEachTest } from './support/browser-shell';
import { FacilitatorPage, WorkshopPages } from './support/facilitator-page';
import { joinOnPhone, voteOnPhone } from './support/phones';

const PHONES = 12;

type Vote = Readonly<Record<'Ownership' | 'Data' | 'Buy-in' | 'Metrics', 'Yes' | 'Partly' | 'No'>>;

const running = aFreshShellForEachTest();

async function joinPhones(browser: Browser, joinUrl: string): Promise<Page[]> {
  const phones: Page[] = [];
  for (let index = 0; index < PHONES; index += 1) phones.push(await joinOnPhone(browser, joinUrl));
  return phones;
}

const vote = (phone: Page, choices: Vote) => voteOnPhone(phone, choices);

test('twelve phones vote over two rounds while the facilitator reloads mid-round', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const facilitator = new FacilitatorPage(page);
  const workshop = new WorkshopPages(page);
  await facilitator.open(running.shell.url);
  await workshop.createWorkshop('Room vote');
  await workshop.goToStage('Scaling Readiness Test');
  await page.getByRole('button', { name: 'Open the voting room' }).click();
  const joinUrl = (await page.locator('.voting-room__url').textContent()) ?? '';
  expect(new URL(joinUrl).hostname).toBe('127.0.0.1');

  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Present (F5)' }).click();
  const audience = await popupPromise;
  await expect(audience.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await expect(audience.getByRole('region', { name: 'How to join' })).toContainText(joinUrl);

  // Round 1, on phones, all four questions.
  await page.getByRole('button', { name: 'Open round 1' }).click();
  const phones = await joinPhones(browser, joinUrl);
  const firstRound = (index: number): Vote => ({
    Ownership: index < 9 ? 'Yes' : 'Partly',
    Data: index < 7 ? 'No' : 'Partly',
    'Buy-in': 'Partly',
    Metrics: 'Yes',
  });
  for (const [index, phone] of phones.slice(0, 6).entries()) await vote(phone, firstRound(index));

  // The facilitator window is reloaded mid-round: the live round comes back from the host.
  await facilitator.reload();
  await expect(page.locator('.live-round__counts')).toContainText('Ownership: 6 votes in');
  for (const [index, phone] of phones.slice(6).entries()) await vote(phone, firstRound(index + 6));
  await expect(page.locator('.live-round__counts')).toContainText('Ownership: 12 votes in');
  await expect(page.locator('.live-round__counts')).toContainText('Metrics: 12 votes in');
  await expect(audience.locator('.audience-vote__questions')).toContainText('12 votes in');

  await page.getByRole('button', { name: 'Close round 1' }).click();
  await page.getByRole('button', { name: 'Reveal round 1' }).click();
  const ownershipResult = audience.locator('.audience-vote__result').filter({ hasText: 'Ownership' });
  await expect(ownershipResult.getByRole('figure', { name: 'Round 1' })).toContainText('Yes9');
  await expect(page.getByRole('figure').filter({ hasText: 'Data (12 votes)' })).toContainText('No7');

  // Round 2 after discussion: phones follow without reloading.
  await page.getByRole('button', { name: 'Open round 2' }).click();
  const secondRound: Vote = { Ownership: 'Yes', Data: 'Partly', 'Buy-in': 'Yes', Metrics: 'Yes' };
  for (const phone of phones) await vote(phone, secondRound);
  await expect(page.locator('.live-round__counts')).toContainText('Data: 12 votes in');
  await page.getByRole('button', { name: 'Close round 2' }).click();
  await page.getByRole('button', { name: 'Reveal round 2' }).click();
  await expect(ownershipResult.getByRole('figure', { name: 'Round 2' })).toContainText('Yes12');
  await expect(ownershipResult.getByRole('figure', { name: 'Round 1' })).toBeVisible();

  // Final answers follow round 2; the verdict names the one gap.
  await workshop.chooseFinalAnswers({ Ownership: 'Yes', Data: 'Partly', 'Buy-in': 'Yes', Metrics: 'Yes' });
  const verdict = page.getByRole('region', { name: 'Verdict' });
  await expect(verdict.getByRole('listitem')).toHaveText(['Data']);
  await workshop.waitUntilSaved();

  // Every ballot is in the saved workshop: 12 phones x 4 questions x 2 rounds.
  await facilitator.reload();
  await expect(page.getByRole('figure').filter({ hasText: 'Ownership (12 votes)' })).toHaveCount(2);
  for (const phone of phones) await phone.context().close();
});
