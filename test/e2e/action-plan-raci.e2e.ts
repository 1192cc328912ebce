/**
 * The plan a sponsor signs, on the actions stage of the real browser shell: who does what
 * for an action (Accountable, Responsible), what it addresses, "agreed in the room", and a
 * risk added from a suggestion. A reload finds them all, and so does the file on disk. axe
 * checks the stage with all of it shown.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createWorkshopFromTemplate, parseWorkshopFile, type Workshop } from '../../shared/workshop';
import { buildSampleWorkshop } from '../fixtures/build-sample-workshop';
import { anAction, aParticipant, aStakeholder, participantOwner } from '../fixtures/builders';
import { aShellOverALibrary } from './support/browser-shell';
import { FacilitatorPage, WorkshopPages } from './support/facilitator-page';

const TITLE = 'Plan a sponsor signs';
const SAMPLE_TITLE = 'Claims triage: from pilot to every personal line';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const ana = aParticipant({ name: 'Ana Lopez' });
const ben = aParticipant({ name: 'Ben Carter' });
const kwame = aStakeholder({
  name: 'Kwame Mensah',
  stance: 'blocker',
  impact: 4,
  influence: 5,
  likelyWorkarounds: 'Re-triaging every claim by hand',
});
const RISK_TITLE = 'Kwame Mensah works around the AI: Re-triaging every claim by hand';
const CARD = 'A1 · Automate the claims feed';

/** The workshop under test: two participants, a blocking stakeholder and one action. */
function planWorkshop(): Workshop {
  const workshop = createWorkshopFromTemplate({ title: TITLE, now: new Date('2025-03-18T09:00:00Z') });
  return {
    ...workshop,
    participants: [ana, ben],
    stakeholders: [kwame],
    actions: [
      anAction({
        title: 'Automate the claims feed',
        owner: participantOwner(ana.id),
        killer: 'data',
        dueDate: '2025-04-10',
      }),
    ],
  };
}

const running = aShellOverALibrary({
  'sample.readyroom': buildSampleWorkshop(),
  'plan.readyroom': planWorkshop(),
});
const planFile = () => path.join(running.dataPath, 'workshops', 'plan.readyroom');

test('RACI, a risk from a suggestion and a link are kept across a reload and on disk', async ({ page }) => {
  test.setTimeout(120_000);
  const facilitator = new FacilitatorPage(page);
  const workshops = new WorkshopPages(page);
  await facilitator.open(running.shell.url);
  await workshops.openFromLibrary(TITLE);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await workshops.goToStage('Action plan');

  const card = page.getByRole('article', { name: CARD });
  await expect(card.getByText('Nobody is Accountable yet: pick exactly one person.')).toBeVisible();
  await card.getByRole('combobox', { name: /^Accountable \(A\)/ }).selectOption({ label: 'Ana Lopez' });
  await expect(card.getByText(/Nobody is Accountable/)).toHaveCount(0);
  await card.getByRole('button', { name: /^Edit roles and links/ }).click();
  await card
    .getByRole('combobox', { name: /^Add to Responsible \(R\)/ })
    .selectOption({ label: 'Ben Carter' });
  await card.getByRole('button', { name: /^Add to Responsible \(R\)/ }).click();
  await card
    .getByRole('combobox', { name: `Add what ${CARD} addresses` })
    .selectOption({ label: 'Data gap' });
  await card.getByRole('button', { name: `Add to what ${CARD} addresses` }).click();
  await card.getByRole('checkbox', { name: /^Agreed in the room/ }).check();

  const suggestions = page.getByRole('group', { name: 'Risks the room has already named' });
  await suggestions.getByRole('button', { name: `Add ${RISK_TITLE}` }).click();
  await expect(page.getByRole('textbox', { name: 'Risk R1', exact: true })).toBeFocused();
  await expect(page.getByText('Score 25: Red')).toBeVisible();

  const axe = await new AxeBuilder({ page }).include('.stage-editor').withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  await workshops.waitUntilSaved();
  await facilitator.reload();
  await expect(page.locator('#stage-heading')).toHaveText('Action plan');
  const kept = page.getByRole('article', { name: CARD });
  await expect(kept.getByRole('combobox', { name: /^Accountable \(A\)/ })).toHaveValue(
    `participant:${ana.id}`,
  );
  await expect(
    kept.getByText('Responsible: Ben Carter. Consulted: nobody. Informed: nobody. Addresses: Data gap.'),
  ).toBeVisible();
  await kept.getByRole('button', { name: /^Edit roles and links/ }).click();
  await expect(
    kept.getByRole('button', { name: `Remove Ben Carter from Responsible (R) for ${CARD}` }),
  ).toBeVisible();
  await expect(kept.getByText('Data gap', { exact: true })).toBeVisible();
  await expect(kept.getByRole('checkbox', { name: /^Agreed in the room/ })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Risk R1', exact: true })).toHaveValue(RISK_TITLE);

  const onDisk = parseWorkshopFile(readFileSync(planFile(), 'utf8'), 'plan.readyroom');
  if (!onDisk.ok) throw new Error(onDisk.problem.message);
  expect(onDisk.workshop.actions[0]).toMatchObject({
    raci: {
      accountable: { kind: 'participant', participantId: ana.id },
      responsible: [{ kind: 'participant', participantId: ben.id }],
    },
    addresses: [{ kind: 'gap', questionId: 'data' }],
    agreedInRoom: true,
  });
  expect(onDisk.workshop.risks).toMatchObject([
    { title: RISK_TITLE, source: { kind: 'stakeholder', stakeholderId: kwame.id }, likelihood: 5, impact: 5 },
  ]);
});

test('the sample’s full plan on the actions stage passes axe, and fits a narrow window', async ({ page }) => {
  test.setTimeout(120_000);
  const facilitator = new FacilitatorPage(page);
  const workshops = new WorkshopPages(page);
  await facilitator.open(running.shell.url);
  await workshops.openFromLibrary(SAMPLE_TITLE);
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  await workshops.goToStage('Action plan');
  // The sample's A5 has a typed owner and nobody Accountable: the warning shows.
  await expect(page.getByText('Nobody is Accountable yet: pick exactly one person.')).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: 'Risk R6', exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Roadmap picture' })).toBeVisible();

  for (const [width, height] of [
    [1280, 800],
    [800, 640],
  ] as const) {
    await page.setViewportSize({ width, height });
    const axe = await new AxeBuilder({ page }).include('.stage-editor').withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((violation) => `${width} px: ${violation.id}: ${violation.help}`)).toEqual([]);
  }
  // In a narrower window the plan's own sections fit their width: nothing in them sticks out sideways
  // (the roadmap picture scrolls inside its own focusable frame).
  for (const section of ['.raci-section', '.risk-register', '.roadmap-section', '.sign-off-section']) {
    const sticksOut = await page.locator(section).evaluate((element) => {
      const right = element.getBoundingClientRect().right + 1;
      const frame = element.querySelector('.roadmap-section__picture');
      return [...element.querySelectorAll('*')].filter(
        (inner) => inner.getBoundingClientRect().right > right && (frame === null || !frame.contains(inner)),
      ).length;
    });
    expect(`${section}: ${sticksOut}`).toBe(`${section}: 0`);
  }
});
