/**
 * Canvases get the room they need (#19): at laptop sizes the canvas on screen takes at least
 * 60 % of the window, a ten-step workflow and a twelve-card stakeholder map open readable
 * (names at 12 CSS px or more), the zoom buttons and the overview map never cover a card,
 * and focus mode (F, Escape) gives the canvas the whole window.
 */
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createWorkshopFromTemplate, type Workshop } from '../../shared/workshop';
import { aStakeholder, aWorkflowStep } from '../fixtures/builders';
import { aFreshShellForEachTest, writeToLibrary } from './support/browser-shell';
import { FacilitatorPage, WorkshopPages } from './support/facilitator-page';

const fresh = aFreshShellForEachTest();

const TITLE = 'Claims room';
const DOCS = path.join(import.meta.dirname, '..', '..', 'docs');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const STEP_TITLES = [
  'Customer reports the claim',
  'Agent keys the claim',
  'Team lead triages the queue',
  'Claim waits for a handler',
  'Handler reviews the claim',
  'Handler calls the customer',
  'Assessor visits the property',
  'Handler agrees the settlement',
  'Finance approves the payment',
  'Customer is paid',
];

const PEOPLE = [
  ['Helen Ward', 'Chief Claims Officer'],
  ['Tom Okafor', 'Head of Motor Claims'],
  ['Sofia Marquez', 'Team Lead, First Notice of Loss'],
  ['Daniel Price', 'Claims Handling Supervisor'],
  ['Bea Lindqvist', 'Team Lead, Household Claims'],
  ['Kwame Mensah', 'Complex Claims Supervisor'],
  ['Claims handlers', 'About 140 handlers'],
  ['Mark Jensen', 'IT Service Owner'],
  ['Aisha Khan', 'Data Engineering Lead'],
  ['Owen Hughes', 'Operational Risk Manager'],
  ['Grace Adeyemi', 'Finance Business Partner'],
  ['Maximilian Featherstonehaugh', 'Head of Customer Experience'],
] as const;

/** A workshop with ten current steps and twelve stakeholders, placed where ReadyRoom puts new cards. */
function crowdedWorkshop(): Workshop {
  const workshop = createWorkshopFromTemplate({ title: TITLE, now: new Date('2026-03-02T09:00:00Z') });
  return {
    ...workshop,
    stakeholders: PEOPLE.map(([name, role], index) =>
      aStakeholder({
        name,
        role,
        stance: (['champion', 'supporter', 'neutral', 'sceptic'] as const)[index % 4],
      }),
    ),
    workflow: {
      steps: STEP_TITLES.map((title, order) => aWorkflowStep({ title, order, team: 'Claims' })),
      changes: [],
    },
  };
}

/** Opens the crowded workshop in a window of `size`, on the stage titled `stage`. */
async function openCrowdedWorkshop(
  page: Page,
  size: { width: number; height: number },
  stage: string,
): Promise<void> {
  writeToLibrary(fresh.dataPath, { 'claims-room.readyroom': crowdedWorkshop() });
  await page.setViewportSize(size);
  await new FacilitatorPage(page).open(fresh.shell.url);
  const workshop = new WorkshopPages(page);
  await workshop.openFromLibrary(TITLE);
  await workshop.goToStage(stage);
}

function canvas(page: Page, name: string): Locator {
  return page.locator(`.canvas[data-canvas="${name}"]`);
}

interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** What the test measures on a canvas, once its cards are drawn and fitted. */
interface CanvasMeasure {
  readonly paneWidth: number;
  readonly nameSizes: readonly { readonly name: string; readonly px: number }[];
  readonly cards: readonly (Rect & { readonly name: string })[];
  readonly pane: Rect;
  readonly overlays: readonly (Rect & { readonly what: string })[];
}

async function measure(map: Locator, nameSelector: string): Promise<CanvasMeasure> {
  return map.evaluate((element, selector) => {
    interface Boxed {
      getBoundingClientRect(): { left: number; top: number; right: number; bottom: number };
    }
    const rect = (target: Boxed) => {
      const box = target.getBoundingClientRect();
      return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    };
    const viewport = element.querySelector('.react-flow__viewport');
    // React Flow writes the view as `transform: translate(…) scale(zoom)` on the viewport.
    const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport?.getAttribute('style') ?? '')?.[1] ?? 1);
    const computed = element.ownerDocument.defaultView;
    const names = [...element.querySelectorAll(`.react-flow__node ${selector}`)];
    const pane = element.querySelector('.react-flow');
    return {
      paneWidth: pane?.getBoundingClientRect().width ?? 0,
      nameSizes: names.map((name) => ({
        name: name.textContent ?? '',
        px: Number.parseFloat(computed?.getComputedStyle(name).fontSize ?? '0') * zoom,
      })),
      cards: [
        ...element.querySelectorAll(
          '.react-flow__node-step, .react-flow__node-stakeholder, .react-flow__node',
        ),
      ]
        .filter((node) => node.querySelector('.canvas-card') !== null)
        .map((node) => ({ ...rect(node), name: node.querySelector(selector)?.textContent ?? '' })),
      pane: pane === null ? { left: 0, top: 0, right: 0, bottom: 0 } : rect(pane),
      overlays: [...element.querySelectorAll('.react-flow__controls, .react-flow__minimap')].map(
        (overlay) => ({
          ...rect(overlay),
          what: overlay.classList.contains('react-flow__minimap') ? 'overview map' : 'zoom buttons',
        }),
      ),
    };
  }, nameSelector);
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Every card readable, the canvas wide enough, no card under the zoom buttons or the overview map. */
async function expectRoomToWork(page: Page, map: Locator, cardCount: number): Promise<void> {
  const window = page.viewportSize();
  if (window === null) throw new Error('No window size.');
  await expect(map.locator('.react-flow__node .canvas-card')).toHaveCount(cardCount);
  // The opening fit is done when the view stops moving.
  await expect
    .poll(async () => map.locator('.react-flow__viewport').getAttribute('style'), { intervals: [300] })
    .toBe(await map.locator('.react-flow__viewport').getAttribute('style'));
  const measured = await measure(map, '.canvas-card__title');
  expect(measured.paneWidth, 'the canvas takes 60 % of the window').toBeGreaterThanOrEqual(
    0.6 * window.width,
  );
  expect(measured.nameSizes).toHaveLength(cardCount);
  for (const { name, px } of measured.nameSizes) {
    expect(px, `"${name}" is at least 12 px`).toBeGreaterThanOrEqual(12);
  }
  expect(measured.overlays.length).toBeGreaterThan(0);
  for (const overlay of measured.overlays) {
    expect(overlaps(overlay, measured.pane), `${overlay.what} outside the cards' pane`).toBe(false);
    for (const card of measured.cards) {
      expect(overlaps(overlay, card), `${overlay.what} covers "${card.name}"`).toBe(false);
    }
  }
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations, `${where}: ${JSON.stringify(results.violations, null, 2)}`).toEqual([]);
}

test('at 1366×768 a ten-step workflow is readable, and nothing covers its cards', async ({ page }) => {
  test.setTimeout(120_000);
  await openCrowdedWorkshop(page, { width: 1366, height: 768 }, 'Designing the new workflow');
  const workflow = canvas(page, 'workflow');

  await expectRoomToWork(page, workflow, 10);
  // The canvas sits below the stage's prompt: shown as the facilitator scrolls to it.
  await workflow.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: path.join(DOCS, 'canvas-room-workflow-1366.png') });

  // The overview map, shown, sits beside the zoom buttons under the canvas, not over it.
  await workflow.getByRole('button', { name: 'Show the overview' }).click();
  await expect(workflow.locator('.react-flow__minimap')).toBeVisible();
  await expectRoomToWork(page, workflow, 10);
  await expectNoAxeViolations(page, 'workflow at 1366×768');
});

test('at 1366×768 a twelve-card stakeholder map is readable, and nothing covers its cards', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openCrowdedWorkshop(page, { width: 1366, height: 768 }, 'Stakeholders and buy-in');
  const map = canvas(page, 'stakeholders');

  await expectRoomToWork(page, map, 12);
  // The canvas sits below the stage's prompt: shown as the facilitator scrolls to it.
  await map.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: path.join(DOCS, 'canvas-room-stakeholder-map-1366.png') });
  await expectNoAxeViolations(page, 'stakeholder map at 1366×768');
});

test('choosing a card with a long record keeps the canvas its size and its zoom strip in place', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openCrowdedWorkshop(page, { width: 1440, height: 900 }, 'Stakeholders and buy-in');
  const map = canvas(page, 'stakeholders');
  await expect(map.locator('.react-flow__node .canvas-card')).toHaveCount(12);
  const before = await map.boundingBox();
  const dockBefore = await map.locator('.canvas__dock').boundingBox();

  await map.locator('.react-flow__node', { hasText: 'Helen Ward' }).click();
  // The side panel now holds the whole record, taller than the canvas.
  await expect(page.getByRole('heading', { level: 3, name: 'Helen Ward' })).toBeVisible();
  const panel = await page.locator('.canvas-workspace__panel').evaluate((element) => ({
    scrolls: element.scrollHeight > element.clientHeight,
  }));
  expect(panel.scrolls, 'the record is longer than the panel, so the panel scrolls').toBe(true);
  expect(await map.boundingBox()).toEqual(before);
  expect(await map.locator('.canvas__dock').boundingBox()).toEqual(dockBefore);
});

test('at 1440×900 the canvas takes 60 % of the window; the agenda and the notes open over it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openCrowdedWorkshop(page, { width: 1440, height: 900 }, 'Stakeholders and buy-in');
  const map = canvas(page, 'stakeholders');
  await expectRoomToWork(page, map, 12);

  // The folded agenda still goes to every stage, and opens whole (to edit it too).
  await page.getByRole('button', { name: 'Show the whole agenda' }).click();
  await expect(page.getByRole('button', { name: 'Edit agenda' })).toBeVisible();
  await expectNoAxeViolations(page, 'agenda drawer');
  await page.getByRole('button', { name: 'Hide the agenda' }).click();

  await page.getByRole('button', { name: 'Show notes and parking lot' }).click();
  const notes = page.getByLabel('Your private notes');
  await notes.fill('Ask Helen about the ');
  // F while typing is a letter, not focus mode.
  await notes.press('f');
  await expect(notes).toHaveValue('Ask Helen about the f');
  await expect(page.locator('.cockpit--focus')).toHaveCount(0);
  await page.getByRole('button', { name: 'Hide notes' }).click();
  await expect(notes).toHaveCount(0);
});

test('focus on the canvas fills the window with F or the button, and Escape returns', async ({ page }) => {
  test.setTimeout(120_000);
  await openCrowdedWorkshop(page, { width: 1366, height: 768 }, 'Designing the new workflow');
  const workflow = canvas(page, 'workflow');
  await expect(workflow.locator('.react-flow__node .canvas-card')).toHaveCount(10);

  await page.locator('#stage-heading').click();
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: 'Leave focus (Esc)' })).toBeVisible();
  await expect(page.getByRole('button', { name: '← Library' })).toBeHidden();
  const focused = await workflow.locator('.react-flow').boundingBox();
  expect(focused?.width ?? 0).toBeGreaterThanOrEqual(0.75 * 1366);
  await page.screenshot({ path: path.join(DOCS, 'canvas-room-focus-1366.png') });
  await expectNoAxeViolations(page, 'focus on the workflow');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Focus on the canvas (F)' })).toBeVisible();
  await expect(page.getByRole('button', { name: '← Library' })).toBeVisible();

  await page.getByRole('button', { name: 'Focus on the canvas (F)' }).click();
  await expect(page.getByRole('button', { name: '← Library' })).toBeHidden();
  await page.getByRole('button', { name: 'Leave focus (Esc)' }).click();
  await expect(page.getByRole('button', { name: '← Library' })).toBeVisible();
});

test('names on the influence grid break between words, and show whole on hover and focus', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openCrowdedWorkshop(page, { width: 1366, height: 768 }, 'Stakeholders and buy-in');
  await page
    .getByRole('group', { name: 'Stakeholder views' })
    .getByRole('button', { name: 'Influence and impact' })
    .click();
  const grid = canvas(page, 'influenceGrid');
  await expect(grid.locator('.canvas-chip')).toHaveCount(12);

  // A name breaks between words. Only a word longer than a chip is cut (with an ellipsis),
  // and that name shows whole on hover and on keyboard focus.
  const overflows = (name: Locator) =>
    name.evaluate(
      (element) =>
        element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1,
    );
  const cut: string[] = [];
  for (const name of await grid.locator('.canvas-chip__name').all()) {
    if (await overflows(name)) cut.push((await name.textContent()) ?? '');
  }
  expect(cut).toEqual(['Maximilian Featherstonehaugh']);

  const long = grid.locator('.react-flow__node', { hasText: 'Maximilian' });
  await long.focus();
  await expect.poll(() => overflows(long.locator('.canvas-chip__name'))).toBe(false);
  await page.locator('#stage-heading').click();
  await expect.poll(() => overflows(long.locator('.canvas-chip__name'))).toBe(true);
  await long.hover();
  await expect.poll(() => overflows(long.locator('.canvas-chip__name'))).toBe(false);
  await expect(long.locator('.canvas-chip')).toHaveAttribute('title', /^Maximilian Featherstonehaugh/);
});
