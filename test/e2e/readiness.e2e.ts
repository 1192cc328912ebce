import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { aFreshShellForEachTest } from './support/browser-shell';
import { FacilitatorPage, WorkshopPages } from './support/facilitator-page';

const running = aFreshShellForEachTest();

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations, `${where}: ${JSON.stringify(results.violations, null, 2)}`).toEqual([]);
}

test('show of hands, keypad voting on the shared screen, reveal, final answers and the verdict', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const facilitator = new FacilitatorPage(page);
  const workshop = new WorkshopPages(page);
  await facilitator.open(running.shell.url);
  await workshop.createWorkshop('Readiness run');
  await workshop.goToStage('Scaling Readiness Test');

  // Round 1: a show of hands, counted by the facilitator.
  await page.getByLabel('How the room votes').selectOption('hands');
  await page.getByRole('button', { name: 'Open round 1' }).click();
  const ownershipHands = page.getByRole('group', { name: 'Ownership: hands raised' });
  await ownershipHands.getByLabel('Yes').fill('5');
  await ownershipHands.getByLabel('Partly').fill('2');
  await ownershipHands.getByLabel('No').fill('1');
  await page.getByRole('button', { name: 'Reveal round 1' }).click();
  await expect(page.getByRole('figure').filter({ hasText: 'Ownership (8 votes)' })).toBeVisible();

  // Round 2: keypad voting on the audience screen, people stepping up in turn.
  await page.getByLabel('How the room votes').selectOption('keypad');
  await page.getByRole('button', { name: 'Open round 2' }).click();
  await expect(page.getByRole('heading', { name: 'Round 2 is open' })).toBeVisible();
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Present (F5)' }).click();
  const audience = await popupPromise;
  await expect(audience.locator('html')).toHaveAttribute('data-app-state', 'ready');
  const keypad = audience.getByRole('region', { name: 'Keypad voting' });
  await expect(keypad).toContainText('Voter 1');
  const pressInTurn = async (voter: number, keys: readonly string[]) => {
    for (const [index, key] of keys.entries()) {
      await expect(keypad).toContainText(`Voter ${voter} · question ${index + 1} of 4`);
      await audience.keyboard.press(key);
    }
  };
  await pressInTurn(1, ['1', '1', '2', '1']);
  await expect(keypad).toContainText('Voter 2');
  await expectNoAxeViolations(audience, 'audience keypad');
  await pressInTurn(2, ['1', '3', '3', '2']);
  await expect(keypad).toContainText('Voter 3');
  // The facilitator sees how many votes arrived, never what they say.
  await expect(page.locator('.live-round__counts')).toContainText('Ownership: 2 votes in');
  // While a round is open the room sees the keypad, not results (round 1's come back after).
  await expect(audience.locator('.audience-vote__results')).toHaveCount(0);
  await page.getByRole('button', { name: 'Close round 2' }).click();
  await page.getByRole('button', { name: 'Reveal round 2' }).click();
  await expect(audience.getByText('Round 2').first()).toBeVisible();
  await expectNoAxeViolations(audience, 'audience results');

  // Final answers and the verdict.
  await workshop.chooseFinalAnswers({ Ownership: 'Yes', Data: 'Partly', 'Buy-in': 'Yes', Metrics: 'Yes' });
  await page.getByLabel('Why (Data)').fill('Two feeds are still exported by hand every morning.');
  const verdict = page.getByRole('region', { name: 'Verdict' });
  await expect(verdict).toContainText('Data');
  await expect(verdict).not.toContainText('Ownership');
  await expectNoAxeViolations(page, 'readiness stage');

  await workshop.waitUntilSaved();
  await facilitator.reload();
  await expect(page.getByLabel('Why (Data)')).toHaveValue(
    'Two feeds are still exported by hand every morning.',
  );
  await expect(page.getByRole('heading', { name: /^Round 2 ·/ })).toBeVisible();
  await expect(page.getByRole('figure').filter({ hasText: 'Ownership (2 votes)' })).toBeVisible();
});
