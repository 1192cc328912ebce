import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { aFreshShellForEachTest } from './support/browser-shell';
import { FacilitatorPage, WorkshopPages } from './support/facilitator-page';

const running = aFreshShellForEachTest();

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations, `${where}: ${JSON.stringify(results.violations, null, 2)}`).toEqual([]);
}

/** The agenda column: the full rail ("Agenda and timings") or, on a canvas stage, the folded strip. */
function rail(page: Page) {
  return page.getByRole('complementary', { name: /^Agenda/ });
}

function currentStageHeading(page: Page) {
  return page.locator('#stage-heading');
}

test('the facilitator runs the agenda, the audience screen follows, and a reload keeps it all', async ({
  page,
}, testInfo) => {
  // A long walk through every stage with accessibility checks: give it room on a busy machine.
  test.setTimeout(240_000);
  const facilitator = new FacilitatorPage(page);
  const workshop = new WorkshopPages(page);
  await facilitator.open(running.shell.url);
  await workshop.createWorkshop('Cockpit run');
  await expect(currentStageHeading(page)).toHaveText('Welcome and ground rules');
  await workshop.field('Organisation').fill('Northwind Insurance');

  // Timer: start, see it run, pause.
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.locator('.stage-timer__clock')).not.toHaveText(/10:00/, { timeout: 5000 });
  await page.getByRole('button', { name: '+5 min' }).click();
  await expect(page.locator('.stage-timer__clock')).toContainText(/1[45]:\d\d/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();

  // Parking lot.
  await page.getByLabel('New parking-lot item').fill('Budget for the data team');
  await page.getByRole('button', { name: 'Park it' }).click();
  await expect(page.getByText('Budget for the data team')).toBeVisible();

  // Audience screen in its own window follows the stage and never shows notes.
  await page.getByLabel('Your private notes').fill('Sponsor is nervous about the timeline');
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Present (F5)' }).click();
  const audience = await popupPromise;
  await expect(audience.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Welcome and ground rules');
  await expect(audience.getByLabel('Time left in this stage')).toContainText(/\d+:\d\d/);
  await expect(audience.locator('body')).not.toContainText('Sponsor is nervous');

  await page.getByRole('button', { name: 'Next stage →' }).click();
  await expect(currentStageHeading(page)).toHaveText('Looking back at the pilot');
  await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Looking back at the pilot');
  await page.getByRole('button', { name: '← Previous stage' }).click();
  await expect(currentStageHeading(page)).toHaveText('Welcome and ground rules');
  await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Welcome and ground rules');
  await page.getByLabel('Show timer').uncheck();
  await expect(audience.getByLabel('Time left in this stage')).toHaveCount(0);
  await expectNoAxeViolations(audience, 'audience screen');

  // Keyboard: Page Down (outside a text field) goes to the next stage.
  await page.locator('#stage-heading').click();
  await page.keyboard.press('PageDown');
  await expect(currentStageHeading(page)).toHaveText('Looking back at the pilot');

  // Reorder: move Metrics above Workflow with the keyboard-usable buttons.
  await rail(page).getByRole('button', { name: 'Edit agenda' }).click();
  await rail(page).getByRole('button', { name: 'Move Metrics up' }).click();
  const titles = rail(page).locator('.rail-item__title');
  await expect(titles.nth(5)).toHaveText('Metrics');
  await expect(titles.nth(6)).toHaveText('Designing the new workflow');
  await rail(page).getByRole('button', { name: 'Done editing' }).click();

  // Fill every stage editor.
  const goTo = async (title: string) => {
    await rail(page)
      .getByRole('button', { name: new RegExp(title) })
      .click();
    await expect(currentStageHeading(page)).toHaveText(title);
  };
  await goTo('Welcome and ground rules');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await page.getByRole('textbox', { name: 'Name of participant 1' }).fill('Ana Lopez');
  await page.getByRole('textbox', { name: 'Role of Ana Lopez' }).fill('Operations manager');
  await goTo('Looking back at the pilot');
  await page.getByRole('textbox', { name: 'What did the pilot prove?' }).fill('Triage time fell by a third.');
  await goTo('Ownership');
  await page.getByRole('textbox', { name: 'Business role' }).fill('Head of claims');
  await page
    .getByRole('textbox', { name: 'Measurable objective' })
    .fill('Cut claim handling time by 20% this year');
  await goTo('Data');
  await page.getByRole('button', { name: 'Add data source' }).click();
  await page.getByRole('textbox', { name: 'System of data source 1' }).fill('Policy administration');
  await goTo('Metrics');
  await page.getByRole('button', { name: 'Add: Accuracy on production data' }).click();
  await goTo('Action plan');
  await page.getByRole('button', { name: 'Add action' }).click();
  await page.getByRole('textbox', { name: 'Title of action 1' }).fill('Appoint the AI Product Owner');
  await expect(page.getByText('No owner').first()).toBeVisible();
  await goTo('Close');
  await expect(page.getByRole('region', { name: 'Parking lot: open topics' })).toContainText(
    'Budget for the data team',
  );

  // Visit every stage, check accessibility, keep a screenshot of each.
  // By number and title: on a canvas stage the agenda folds to a strip of stage numbers.
  const stageTitles = await titles.allTextContents();
  for (const [index, title] of stageTitles.entries()) {
    await rail(page)
      .getByRole('button', { name: `${index + 1} ${title}` })
      .first()
      .click();
    await expect(currentStageHeading(page)).toHaveText(title);
    await expectNoAxeViolations(page, `stage ${title}`);
    await page.screenshot({
      path: testInfo.outputPath(`stage-${String(index + 1).padStart(2, '0')}.png`),
      fullPage: true,
    });
  }

  // Back to the retrospective, then reload: everything is kept.
  await rail(page).locator('.rail-item__go').nth(1).click();
  await workshop.waitUntilSaved();
  await facilitator.reload();
  await expect(currentStageHeading(page)).toHaveText('Looking back at the pilot');
  await expect(page.getByText('Budget for the data team')).toBeVisible();
  await expect(page.getByLabel('Your private notes')).toHaveValue('Sponsor is nervous about the timeline');
  await expect(rail(page).locator('.rail-item__title').nth(5)).toHaveText('Metrics');
  await expect(rail(page).locator('.rail-item__meta').first()).toContainText('10 min');
  await goTo('Welcome and ground rules');
  await expect(page.getByRole('textbox', { name: 'Role of Ana Lopez' })).toHaveValue('Operations manager');
  await goTo('Looking back at the pilot');
  await expect(page.getByRole('textbox', { name: 'What did the pilot prove?' })).toHaveValue(
    'Triage time fell by a third.',
  );
  await goTo('Ownership');
  await expect(page.getByRole('textbox', { name: 'Business role' })).toHaveValue('Head of claims');
  await goTo('Data');
  await expect(page.getByRole('textbox', { name: 'System of data source 1' })).toHaveValue(
    'Policy administration',
  );
  await goTo('Metrics');
  await expect(page.getByRole('button', { name: 'Add: Accuracy on production data' })).toHaveCount(0);
  await goTo('Action plan');
  await expect(page.getByRole('textbox', { name: 'Title of action 1' })).toHaveValue(
    'Appoint the AI Product Owner',
  );
});

test('every command is in the palette and runs from the keyboard', async ({ page }) => {
  const facilitator = new FacilitatorPage(page);
  const workshop = new WorkshopPages(page);
  await facilitator.open(running.shell.url);
  await workshop.createWorkshop('Palette run');
  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await expect(palette).toBeVisible();
  await expectNoAxeViolations(page, 'command palette');
  await page.keyboard.type('next stage');
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(currentStageHeading(page)).toHaveText('Looking back at the pilot');
  await page.keyboard.press('ControlOrMeta+Shift+Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});
