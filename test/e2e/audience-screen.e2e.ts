/**
 * The audience screen as the room sees it, in the browser shell: every view fits the screen
 * without scrolling at the four projector sizes, projected canvases show every card large
 * enough to read, the join block shrinks once no round is open, the facilitator reveals the
 * verdict, and every view passes axe-core in every theme. One shell and one audience window
 * for the whole file: a workshop seeded with nine stakeholders, ten workflow steps and two
 * revealed rounds.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { createWorkshopFromTemplate, type Workshop } from '../../shared/workshop';
import {
  aHandCount,
  aReadiness,
  aStakeholder,
  aVotingRound,
  aWorkflowStep,
  fixtureId,
  namedOwner,
} from '../fixtures/builders';
import { aShellOverALibrary } from './support/browser-shell';
import { problemsOnScreen } from './support/audience-fit';
import { FacilitatorPage, WorkshopPages } from './support/facilitator-page';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;
const THEMES = ['Light', 'Dark', 'Projector (high contrast)'] as const;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TITLE = 'Claims triage: scaling day';

/** Screenshots for docs/ are written only when asked, so a test run leaves the repository alone. */
const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const updateDocs = process.env.READYROOM_UPDATE_SCREENSHOTS === '1';

const PEOPLE = [
  ['Ana Lopez', 'Claims team lead', 'Claims', 'sceptic'],
  ['Ben Okafor', 'Head of operations', 'Operations', 'champion'],
  ['Chloé Martin', 'Data engineer', 'IT', 'supporter'],
  ['Dev Patel', 'Fraud analyst', 'Fraud', 'neutral'],
  ['Eva Schmidt', 'Finance director', 'Finance', 'supporter'],
  ['Farid Haddad', 'Team manager', 'Claims', 'blocker'],
  ['Grace Kim', 'Customer service lead', 'Service', 'neutral'],
  ['Hugo Silva', 'Compliance officer', 'Risk', 'sceptic'],
  ['Ines Novak', 'Product owner', 'Digital', 'champion'],
] as const;
const STEPS = [
  ['Claim arrives by email', 'current'],
  ['Clerk keys in the claim', 'current'],
  ['Manager checks for fraud', 'current'],
  ['Assessor decides', 'current'],
  ['Letter sent to customer', 'current'],
  ['Claim arrives in the portal', 'future'],
  ['AI reads and sorts the claim', 'future'],
  ['Analyst reviews flagged claims', 'future'],
  ['Assessor confirms the decision', 'future'],
  ['Customer notified the same day', 'future'],
] as const;

/** The seeded workshop: nine stakeholders, ten steps, two revealed show-of-hands rounds. */
function seededWorkshop(): Workshop {
  const workshop = createWorkshopFromTemplate({ title: TITLE, now: new Date('2025-03-18T09:00:00Z') });
  const rounds = [1, 2].map((number) =>
    aVotingRound({
      id: fixtureId(`round-${number}`),
      number,
      mode: 'hands',
      closedAt: '2025-03-18T10:00:00.000Z',
      revealed: true,
    }),
  );
  const hands = {
    1: { ownership: [9, 2, 1], data: [2, 5, 5], buyIn: [3, 6, 3], metrics: [8, 3, 1] },
    2: { ownership: [12, 0, 0], data: [3, 8, 1], buyIn: [10, 2, 0], metrics: [6, 3, 3] },
  } as const;
  return {
    ...workshop,
    stakeholders: PEOPLE.map(([name, role, team, stance], index) =>
      aStakeholder({
        id: fixtureId(`stakeholder-${index + 1}`),
        name,
        role,
        team,
        stance,
        isCoDesigner: index % 3 === 0,
        concerns: `PRIVATE CONCERN ${index + 1}`,
        likelyWorkarounds: `PRIVATE WORKAROUND ${index + 1}`,
      }),
    ),
    workflow: {
      steps: STEPS.map(([title, lane], index) =>
        aWorkflowStep({
          id: fixtureId(`step-${index + 1}`),
          title,
          lane,
          order: index % 5,
          team: lane === 'current' ? 'Claims' : 'Claims and AI',
          owner: namedOwner(PEOPLE[index % PEOPLE.length]?.[0] ?? ''),
        }),
      ),
      changes: [],
    },
    readiness: aReadiness(
      { ownership: 'yes', data: 'partly', buyIn: 'yes', metrics: 'no' },
      {
        rounds,
        handCounts: ([1, 2] as const).flatMap((number) =>
          Object.entries(hands[number]).map(([questionId, [yes, partly, no]]) =>
            aHandCount({
              roundId: fixtureId(`round-${number}`),
              questionId: questionId as keyof (typeof hands)[1],
              yes,
              partly,
              no,
            }),
          ),
        ),
      },
    ),
  };
}

/** Resizes the audience window to each projector size and expects the view to fit each one. */
async function expectFitsEverySize(audience: Page, view: string): Promise<void> {
  await expect(audience.locator('.audience')).toHaveAttribute('data-view', view);
  for (const size of SIZES) {
    await audience.setViewportSize(size);
    await expect
      .poll(() => problemsOnScreen(audience), { message: `${view} at ${size.width}×${size.height}` })
      .toEqual([]);
    if (process.env.READYROOM_REVIEW_SCREENSHOTS === '1') {
      await audience.screenshot({ path: test.info().outputPath(`${view}-${size.width}-${Date.now()}.png`) });
    }
  }
}

/** Each question's bars and counts, for both rounds, are on screen. */
async function expectEveryResultOnScreen(audience: Page): Promise<void> {
  const size = audience.viewportSize();
  if (size === null) throw new Error('The audience window has no size.');
  for (const question of ['Ownership', 'Data', 'Buy-in', 'Metrics']) {
    const result = audience.locator('.audience-vote__result').filter({ hasText: question });
    for (const round of ['Round 1', 'Round 2']) {
      const figure = result.getByRole('figure', { name: round });
      for (const part of ['.audience-bars__track', '.audience-bars__value']) {
        const boxes = await figure.locator(part).evaluateAll((elements) =>
          elements.map((element) => {
            const { width, right, bottom } = element.getBoundingClientRect();
            return { width, right, bottom };
          }),
        );
        expect(boxes, `${question} ${round} ${part}`).toHaveLength(3);
        for (const box of boxes) {
          expect(box.width, `${question} ${round} ${part} drawn`).toBeGreaterThan(0);
          expect(box.bottom, `${question} ${round} ${part} on screen`).toBeLessThanOrEqual(size.height);
          expect(box.right, `${question} ${round} ${part} on screen`).toBeLessThanOrEqual(size.width);
        }
      }
    }
  }
}

/** Every card of the projected canvas inside the window, and its smallest text at least 14 px. */
async function cardsOnScreen(
  audience: Page,
): Promise<{ cards: number; inside: number; smallestText: number }> {
  return audience.locator('html').evaluate((root) => {
    const page = root.ownerDocument;
    const view = page.defaultView;
    if (view === null) throw new Error('The audience page has no window.');
    const viewport = page.querySelector('.react-flow__viewport');
    const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport?.getAttribute('style') ?? '')?.[1] ?? 'NaN');
    const cards = [...page.querySelectorAll('.react-flow__node:not([data-id^="backdrop-"])')];
    let inside = 0;
    let smallestText = Infinity;
    for (const card of cards) {
      const box = card.getBoundingClientRect();
      if (box.left >= 0 && box.top >= 0 && box.right <= view.innerWidth && box.bottom <= view.innerHeight) {
        inside += 1;
      }
      for (const element of card.querySelectorAll('*')) {
        if (element.closest('.visually-hidden')) continue;
        const hasText = [...element.childNodes].some(
          (node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '',
        );
        if (hasText) {
          smallestText = Math.min(smallestText, parseFloat(view.getComputedStyle(element).fontSize) * zoom);
        }
      }
    }
    return { cards: cards.length, inside, smallestText: Math.floor(smallestText * 10) / 10 };
  });
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations, `${where}: ${JSON.stringify(results.violations, null, 2)}`).toEqual([]);
}

/** axe-core on the audience screen in each theme, chosen in the facilitator window. */
async function expectAccessibleInEveryTheme(
  facilitator: FacilitatorPage,
  audience: Page,
  view: string,
): Promise<void> {
  for (const theme of THEMES) {
    await facilitator.chooseTheme(theme);
    const expected = theme === 'Light' ? 'light' : theme === 'Dark' ? 'dark' : 'projector';
    await expect(audience.locator('html')).toHaveAttribute('data-theme', expected);
    await expectNoAxeViolations(audience, `${view} (${theme})`);
  }
}

async function screenshot(audience: Page, name: string): Promise<void> {
  await audience.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(() => problemsOnScreen(audience)).toEqual([]);
  const file = updateDocs ? path.join(DOCS, name) : test.info().outputPath(name);
  mkdirSync(path.dirname(file), { recursive: true });
  await audience.screenshot({ path: file });
}

async function goToStage(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: title }).first().click();
  await expect(page.locator('#stage-heading')).toHaveText(title);
}

const running = aShellOverALibrary({ 'claims.readyroom': seededWorkshop() });

test('every audience view fits the projector, reads from the back of the room and passes axe-core', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const facilitator = new FacilitatorPage(page);
  await facilitator.open(running.shell.url);
  await new WorkshopPages(page).openFromLibrary(TITLE);
  await goToStage(page, 'Welcome and ground rules');
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Present (F5)' }).click();
  const audience = await popup;
  await expect(audience.locator('html')).toHaveAttribute('data-app-state', 'ready');

  await test.step('the stage view', async () => {
    await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Welcome and ground rules');
    await expectFitsEverySize(audience, 'stage');
    await expectAccessibleInEveryTheme(facilitator, audience, 'stage view');
  });

  await test.step('the stakeholder map, projected', async () => {
    await goToStage(page, 'Stakeholders and buy-in');
    await page
      .getByRole('group', { name: 'Stakeholder map tools' })
      .getByRole('button', { name: 'Show on the audience screen' })
      .click();
    await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Stakeholder map');
    await expect(audience.locator('.react-flow__node', { hasText: 'Ana Lopez' })).toBeVisible();
    await expectFitsEverySize(audience, 'canvas');
    await audience.setViewportSize(SIZES[0]);
    await expect.poll(() => cardsOnScreen(audience)).toMatchObject({ cards: 9, inside: 9 });
    expect((await cardsOnScreen(audience)).smallestText).toBeGreaterThanOrEqual(14);
    // Read-only, and never the private fields.
    await expect(audience.locator('.audience')).not.toContainText('PRIVATE');
    await expect(audience.locator('.react-flow__handle')).toHaveCount(18); // drawn but hidden and inert
    await expect(audience.locator('.react-flow__handle').first()).toBeHidden();
    await expect(audience.locator('input, textarea, [contenteditable="true"]')).toHaveCount(0);

    // An edit in the cockpit: the new card joins the others, all still on screen.
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    await expect.poll(() => cardsOnScreen(audience)).toMatchObject({ cards: 10, inside: 10 });
    await page.keyboard.press('Escape');

    // The facilitator zooms in from the cockpit, then fits it all again.
    await page.getByRole('button', { name: 'Room view' }).click();
    const roomView = page.getByRole('region', { name: 'What the room sees' });
    await expect(roomView.locator('.audience[data-view="canvas"]')).toBeVisible();
    const zoomOf = async () =>
      Number(
        /scale\(([\d.]+)\)/.exec(
          (await audience.locator('.react-flow__viewport').getAttribute('style')) ?? '',
        )?.[1],
      );
    const fitted = await zoomOf();
    await roomView.getByRole('button', { name: 'Zoom in' }).click();
    await roomView.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(zoomOf).toBeCloseTo(fitted * 2.25, 2);
    await roomView.getByRole('button', { name: 'Pan right' }).click();
    await roomView.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(zoomOf).toBeCloseTo(fitted, 2);
    await expectNoAxeViolations(page, 'cockpit with the room view');
    await roomView.getByRole('button', { name: 'Close' }).click();
    await expectAccessibleInEveryTheme(facilitator, audience, 'stakeholder map');
  });

  await test.step('the workflow, projected', async () => {
    await goToStage(page, 'Designing the new workflow');
    await page.getByRole('button', { name: 'Show on the audience screen' }).click();
    await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Workflow: today and with the AI');
    await expectFitsEverySize(audience, 'canvas');
    await audience.setViewportSize(SIZES[0]);
    await expect.poll(() => cardsOnScreen(audience)).toMatchObject({ cards: 10, inside: 10 });
    expect((await cardsOnScreen(audience)).smallestText).toBeGreaterThanOrEqual(14);
    await expectAccessibleInEveryTheme(facilitator, audience, 'workflow');
  });

  await test.step('the results of both rounds, side by side', async () => {
    await goToStage(page, 'Scaling Readiness Test');
    await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Results of round 1 and round 2');
    await expectFitsEverySize(audience, 'results');
    for (const size of SIZES) {
      await audience.setViewportSize(size);
      await expectEveryResultOnScreen(audience);
    }
    // Round 2 beside round 1, with the change: Buy-in went from 3 yes to 10.
    const buyIn = audience.locator('.audience-vote__result').filter({ hasText: 'Buy-in' });
    await expect(buyIn.getByRole('figure', { name: 'Round 2' })).toContainText('Yes10');
    await expect(buyIn.getByRole('figure', { name: 'Round 2' })).toContainText('+7');
    await expectAccessibleInEveryTheme(facilitator, audience, 'results');
    await facilitator.chooseTheme('Projector (high contrast)');
    await screenshot(audience, 'audience-results.png');
  });

  await test.step('an open round, then the join block shrinks to a corner', async () => {
    await page.getByRole('button', { name: 'Open the voting room' }).click();
    const joinUrl = (await page.locator('.voting-room__url').textContent()) ?? '';
    await page.getByLabel('Countdown in minutes (optional)').fill('5');
    await page.getByRole('button', { name: 'Open round 3' }).click();
    const join = audience.getByRole('region', { name: 'How to join' });
    await expect(join).toContainText(joinUrl);
    await expect(join).toHaveAttribute('data-size', 'large');
    await expect(audience.getByLabel('Time left to vote')).toHaveText(/^[45]:\d\d$/);
    await expect(audience.locator('.audience-vote__questions li')).toHaveCount(4);
    await expectFitsEverySize(audience, 'voting');
    // A small window: nothing overlaps the header, and the address never breaks inside the code.
    await audience.setViewportSize({ width: 800, height: 600 });
    await expect.poll(() => problemsOnScreen(audience)).toEqual([]);
    const header = await audience.locator('.audience__header').boundingBox();
    const heading = await audience.getByRole('heading', { level: 1 }).boundingBox();
    expect(heading?.y ?? 0).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0));
    const codePart = join.locator('.audience-join__url-part', { hasText: '?code=' });
    const lineHeight = await codePart.evaluate((element) =>
      parseFloat(element.ownerDocument.defaultView?.getComputedStyle(element).lineHeight ?? 'NaN'),
    );
    expect((await codePart.boundingBox())?.height ?? 0).toBeLessThan(lineHeight * 1.5);
    await expectAccessibleInEveryTheme(facilitator, audience, 'voting');
    await audience.setViewportSize({ width: 1920, height: 1080 });
    const large = await join.boundingBox();

    await page.getByRole('button', { name: 'Close round 3' }).click();
    await expect(audience.locator('.audience')).toHaveAttribute('data-view', 'results');
    await expect(join).toHaveAttribute('data-size', 'corner');
    await expect(join).toContainText(/Join with code [A-Z0-9]{6}/);
    const corner = await join.boundingBox();
    if (large === null || corner === null) throw new Error('The join block is not on screen.');
    expect(corner.width * corner.height).toBeLessThan((large.width * large.height) / 8);
    expect(corner.y + corner.height).toBeLessThan(1080 * 0.15); // in the top corner
    expect(corner.x).toBeGreaterThan(1920 / 2);
    await expectFitsEverySize(audience, 'results');
  });

  await test.step('the verdict, revealed by the facilitator', async () => {
    const verdictPanel = page.getByRole('region', { name: 'Verdict' });
    await verdictPanel.getByRole('button', { name: 'Show the verdict to the room' }).click();
    const verdict = audience.getByRole('region', { name: 'Not ready yet' });
    await expect(verdict).toBeVisible();
    await expect(verdict.getByRole('listitem')).toHaveCount(2);
    await expect(verdict.getByRole('listitem').first()).toContainText('Data');
    await expect(verdict.getByRole('listitem').first()).toContainText('without someone fixing it by hand');
    await expect(verdict.getByRole('listitem').last()).toContainText('Metrics');
    // Large type: the headline is 12 % of the screen's height.
    const headline = audience.locator('.audience-verdict__headline');
    await audience.setViewportSize({ width: 1920, height: 1080 });
    await expect
      .poll(() =>
        headline.evaluate((element) =>
          parseFloat(element.ownerDocument.defaultView?.getComputedStyle(element).fontSize ?? 'NaN'),
        ),
      )
      .toBeGreaterThan(120);
    await expectFitsEverySize(audience, 'verdict');
    await expectAccessibleInEveryTheme(facilitator, audience, 'verdict');
    await facilitator.chooseTheme('Projector (high contrast)');
    await screenshot(audience, 'audience-verdict.png');

    // The group changes its mind: the verdict follows, and hides again at the facilitator's word.
    for (const label of ['Data', 'Metrics']) {
      await page
        .getByRole('group', { name: new RegExp(`^${label}:`) })
        .getByRole('radio', { name: 'Yes' })
        .check();
    }
    await expect(audience.getByRole('region', { name: 'Ready to scale' })).toBeVisible();
    await verdictPanel.getByRole('button', { name: 'Hide the verdict from the room' }).click();
    await expect(audience.locator('.audience')).toHaveAttribute('data-view', 'results');
  });
});
