import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { generateLargeWorkshop } from '../fixtures/large-workshop';
import { aFreshShellForEachTest, writeToLibrary } from './support/browser-shell';
import { FacilitatorPage, WorkshopPages } from './support/facilitator-page';

const running = aFreshShellForEachTest();

test.use({ viewport: { width: 1600, height: 1100 } });

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations, `${where}: ${JSON.stringify(results.violations, null, 2)}`).toEqual([]);
}

async function goToStage(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: title }).first().click();
  await expect(page.locator('#stage-heading')).toHaveText(title);
}

function canvas(page: Page, name: string): Locator {
  return page.locator(`[data-canvas="${name}"]`);
}

function card(page: Page, canvasName: string, text: string): Locator {
  return canvas(page, canvasName).locator('.react-flow__node', { hasText: text });
}

/** Clicks a card and waits for its record in the side panel. */
async function selectCard(page: Page, canvasName: string, name: string): Promise<void> {
  await card(page, canvasName, name).click();
  await expect(
    page.getByRole('complementary', { name: 'Selected on the canvas' }).getByRole('heading', { name }),
  ).toBeVisible();
}

/** The centre of an element on screen. */
async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('The element is not on screen.');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Clicks "Show everything" and waits until the canvas has stopped moving. */
async function showEverything(page: Page, canvasName: string): Promise<void> {
  await page.getByRole('button', { name: 'Show everything' }).click();
  const viewport = canvas(page, canvasName).locator('.react-flow__viewport');
  let last = '';
  await expect
    .poll(async () => {
      const now = (await viewport.getAttribute('style')) ?? '';
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
}

/** Drags with the real mouse, in small steps, as a person would. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

/** Draws a line from one card's bottom dot to another card's top dot. */
async function connect(page: Page, canvasName: string, from: string, to: string): Promise<void> {
  const source = card(page, canvasName, from).locator('.react-flow__handle.source');
  const target = card(page, canvasName, to).locator('.react-flow__handle.target');
  await drag(page, await centre(source), await centre(target));
}

/** What a canvas shows: each card's text and where it sits, and the lines' labels. */
async function canvasSnapshot(page: Page, canvasName: string): Promise<unknown> {
  return canvas(page, canvasName).evaluate((element) => ({
    viewport: element.querySelector('.react-flow__viewport')?.getAttribute('style'),
    nodes: [...element.querySelectorAll('.react-flow__node')]
      .map((node) => ({
        id: node.getAttribute('data-id'),
        text: node.textContent,
        // Where the card sits (its style also says whether it is being dragged).
        transform: /translate\([^)]*\)/.exec(node.getAttribute('style') ?? '')?.[0],
      }))
      .sort((left, right) => String(left.id).localeCompare(String(right.id))),
    edges: [...element.querySelectorAll('.react-flow__edge')].map((edge) => edge.textContent).sort(),
  }));
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function savePicture(page: Page, fileName: string): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as picture' }).click();
  const file = await download;
  const path = test.info().outputPath(fileName);
  await file.saveAs(path);
  await expect(page.getByText(/Saved the picture as/)).toBeVisible();
  return readFileSync(path);
}

const PEOPLE = [
  { name: 'Ana Lopez', role: 'Claims team lead', kind: 'Middle manager', stance: 'Sceptic', impact: '5' },
  { name: 'Ben Ode', role: 'Underwriting manager', kind: 'Middle manager', stance: 'Supporter', impact: '4' },
  { name: 'Cara Li', role: 'Head of operations', kind: 'Executive', stance: 'Champion', impact: '2' },
  { name: 'Dev Patel', role: 'Claims handler', kind: 'Frontline team', stance: 'Blocker', impact: '5' },
  { name: 'Eva Stone', role: 'Service desk manager', kind: 'Middle manager', stance: 'Neutral', impact: '3' },
  { name: 'Femi Ade', role: 'Data engineer', kind: 'Data', stance: 'Supporter', impact: '2' },
  { name: 'Gil Moreau', role: 'Fraud team manager', kind: 'Middle manager', stance: 'Sceptic', impact: '4' },
  { name: 'Hana Kim', role: 'IT service owner', kind: 'IT', stance: 'Neutral', impact: '1' },
] as const;

test('the room maps stakeholders, co-designs the workflow, and it all survives a reload', async ({
  page,
}) => {
  // Many real mouse gestures and accessibility checks: give it room on a busy machine.
  test.setTimeout(300_000);
  const facilitator = new FacilitatorPage(page);
  const workshop = new WorkshopPages(page);
  await facilitator.open(running.shell.url);
  await workshop.createWorkshop('Claims AI rollout');

  // --- Stakeholder map: eight people, each created by double-clicking an empty spot.
  await goToStage(page, 'Stakeholders and buy-in');
  const pane = canvas(page, 'stakeholders').locator('.react-flow__pane');
  for (const [index, person] of PEOPLE.entries()) {
    const box = await pane.boundingBox();
    if (box === null) throw new Error('The stakeholder map is not on screen.');
    await page.mouse.dblclick(box.x + 60 + (index % 3) * 250, box.y + 50 + Math.floor(index / 3) * 170);
    const record = page.getByRole('complementary', { name: 'Selected on the canvas' });
    await expect(record.getByRole('heading', { name: 'No name yet' })).toBeVisible();
    await record.getByLabel('Name', { exact: true }).fill(person.name);
    await record.getByLabel('Role', { exact: true }).fill(person.role);
    await record.getByLabel('Where they sit').selectOption({ label: person.kind });
    await record.getByLabel('Impact on their work').selectOption(person.impact);
  }
  await expect(canvas(page, 'stakeholders').locator('.react-flow__node')).toHaveCount(8);

  // Stances, changed on the selected card, with every card in view.
  await showEverything(page, 'stakeholders');
  for (const person of PEOPLE) {
    await selectCard(page, 'stakeholders', person.name);
    await page
      .getByLabel('Stance on scaling the AI')
      .selectOption({ label: `${stanceSymbol(person.stance)} ${person.stance}` });
    await expect(card(page, 'stakeholders', person.name)).toContainText(person.stance);
  }

  // A concern is for the facilitator's side panel and the plan, never the projected screen.
  await selectCard(page, 'stakeholders', 'Ana Lopez');
  await page.getByLabel('Concerns', { exact: true }).fill('Worried about her team targets');

  // Lines drawn with the mouse, from a card's bottom dot to another card's top dot.
  await connect(page, 'stakeholders', 'Dev Patel', 'Ana Lopez');
  await connect(page, 'stakeholders', 'Ana Lopez', 'Cara Li');
  await connect(page, 'stakeholders', 'Femi Ade', 'Hana Kim');
  await expect(canvas(page, 'stakeholders').locator('.react-flow__edge')).toHaveCount(3);
  // And one from the keyboard, in the side panel.
  await selectCard(page, 'stakeholders', 'Gil Moreau');
  await page.getByLabel('Gil Moreau…').selectOption({ label: 'reports to' });
  await page.getByLabel('…whom').selectOption({ label: 'Cara Li' });
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(canvas(page, 'stakeholders').locator('.react-flow__edge')).toHaveCount(4);
  await expect(canvas(page, 'stakeholders').getByText('reports to')).toBeVisible();
  await expectNoAxeViolations(page, 'stakeholder map');

  // Edit a name right on the card.
  await card(page, 'stakeholders', 'Hana Kim').dblclick();
  const inlineName = page.getByRole('textbox', { name: 'Name of Hana Kim' });
  await inlineName.fill('Hana Kimura');
  await inlineName.press('Enter');
  await expect(card(page, 'stakeholders', 'Hana Kimura')).toBeVisible();

  // Select two cards, copy, paste, then delete the copies with the keyboard; undo brings
  // them back, redo removes them again.
  await card(page, 'stakeholders', 'Eva Stone').click();
  await card(page, 'stakeholders', 'Femi Ade').click({ modifiers: ['ControlOrMeta'] });
  await expect(canvas(page, 'stakeholders').locator('.react-flow__node.selected')).toHaveCount(2);
  await page.keyboard.press('ControlOrMeta+c');
  await page.keyboard.press('ControlOrMeta+v');
  await expect(canvas(page, 'stakeholders').locator('.react-flow__node')).toHaveCount(10);
  await expect(card(page, 'stakeholders', 'Eva Stone (copy)')).toBeVisible();
  await expect(card(page, 'stakeholders', 'Femi Ade (copy)')).toBeVisible();
  await expect(canvas(page, 'stakeholders').locator('.react-flow__node.selected')).toHaveCount(2);
  await page.waitForTimeout(700); // longer than one undo group, so the delete is its own step
  await page.keyboard.press('Delete');
  await expect(canvas(page, 'stakeholders').locator('.react-flow__node')).toHaveCount(8);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(canvas(page, 'stakeholders').locator('.react-flow__node')).toHaveCount(10);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(canvas(page, 'stakeholders').locator('.react-flow__node')).toHaveCount(8);
  await expect(canvas(page, 'stakeholders').locator('.react-flow__edge')).toHaveCount(4);

  // --- Influence × impact grid: dragging Hana to the top-right cell raises her scores.
  await page.getByRole('button', { name: 'Influence and impact' }).click();
  const hana = card(page, 'influenceGrid', 'Hana Kimura');
  await expect(hana).toBeVisible();
  const topRightCell = canvas(page, 'influenceGrid').locator('.grid-backdrop__cell').nth(24);
  await drag(page, await centre(hana), await centre(topRightCell));
  await selectCard(page, 'influenceGrid', 'Hana Kimura');
  await expect(page.getByLabel('Impact on their work')).toHaveValue('5');
  await expect(page.getByLabel('Influence', { exact: true })).toHaveValue('5');
  await expectNoAxeViolations(page, 'influence grid');

  // --- Most affected managers: ranked by impact; warnings until 5 are marked.
  await page.getByRole('button', { name: 'Most affected managers' }).click();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText('Ana Lopez');
  await expect(
    page.getByRole('status').filter({ hasText: 'No managers are co-designers yet' }),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: 'Ana Lopez co-designs the change' }).check();
  await page.getByRole('checkbox', { name: 'Eva Stone co-designs the change' }).check();
  const warnings = page.getByRole('status').filter({ hasText: 'co-designer' });
  await expect(warnings).toContainText('Only 2 managers are co-designers');
  await expect(warnings).toContainText('Ben Ode is not a co-designer');
  await expect(warnings).toContainText('Only 4 middle managers are on the map');
  await expectNoAxeViolations(page, 'managers shortlist');

  // --- Workflow: five steps today, five with the AI, three changes drawn with the mouse.
  await goToStage(page, 'Designing the new workflow');
  const today = ['Receive claim', 'Check policy', 'Assess damage', 'Approve payment', 'Pay out'];
  const withAi = ['AI reads claim', 'AI checks policy', 'Handler reviews', 'Approve payment', 'Pay out'];
  for (const title of today) {
    await page.getByRole('button', { name: 'Add a step of today' }).click();
    await page.getByLabel('Step', { exact: true }).fill(title);
    await page.getByLabel('Team', { exact: true }).fill('Claims');
  }
  for (const title of withAi) {
    await page.getByRole('button', { name: 'Add a step with the AI' }).click();
    await page.getByLabel('Step', { exact: true }).fill(title);
  }
  await expect(canvas(page, 'workflow').locator('.react-flow__node.react-flow__node-step')).toHaveCount(10);
  await showEverything(page, 'workflow');
  const step = (lane: 'current' | 'future', title: string) =>
    canvas(page, 'workflow').locator(`.react-flow__node:has(.canvas-card--${lane})`, { hasText: title });
  for (const [from, to] of [
    ['Receive claim', 'AI reads claim'],
    ['Check policy', 'AI checks policy'],
    ['Assess damage', 'Handler reviews'],
  ] as const) {
    await drag(
      page,
      await centre(step('current', from).locator('.react-flow__handle.source')),
      await centre(step('future', to).locator('.react-flow__handle.target')),
    );
  }
  await expect(canvas(page, 'workflow').locator('.react-flow__edge')).toHaveCount(3);
  await page.getByRole('button', { name: 'Assess damage → Handler reviews' }).click();
  await page.getByLabel('Affected team').fill('Claims handlers');
  await page
    .getByLabel('Manager who co-designs it')
    .selectOption({ label: 'Ana Lopez, Claims team lead (co-designer)' });
  await page.getByLabel('Their concern').fill('Handlers lose the judgement calls they are proud of');
  await page.getByLabel('How people might work around it').fill('Re-checking every AI assessment by hand');
  await page.waitForTimeout(700); // longer than one undo group, so the status is its own step
  await page.getByLabel('Status').selectOption({ label: 'Agreed' });
  const changeRow = page.getByRole('row', { name: /Assess damage → Handler reviews/ });
  await expect(changeRow).toContainText('Claims handlers');
  await expect(changeRow).toContainText('Ana Lopez');
  await expect(changeRow).toContainText('Agreed');
  await expectNoAxeViolations(page, 'workflow');

  // --- Undo and redo the last change (the status), from the toolbar.
  await workshop.waitUntilSaved();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(changeRow).toContainText('Proposed');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(changeRow).toContainText('Agreed');
  await workshop.waitUntilSaved();

  // --- Reload: every canvas shows exactly what it showed.
  const workflowBefore = await canvasSnapshot(page, 'workflow');
  await goToStage(page, 'Stakeholders and buy-in');
  const mapBefore = await canvasSnapshot(page, 'stakeholders');
  await facilitator.reload();
  await goToStage(page, 'Stakeholders and buy-in');
  await expect(canvas(page, 'stakeholders').locator('.react-flow__node')).toHaveCount(8);
  expect(await canvasSnapshot(page, 'stakeholders')).toEqual(mapBefore);
  await goToStage(page, 'Designing the new workflow');
  await expect(canvas(page, 'workflow').locator('.react-flow__edge')).toHaveCount(3);
  expect(await canvasSnapshot(page, 'workflow')).toEqual(workflowBefore);

  // --- Pictures at print resolution, in the light theme, and in the Word plan.
  const workflowPicture = await savePicture(page, 'workflow.png');
  expect(pngSize(workflowPicture)).toEqual({ width: 2000, height: 1250 });
  await goToStage(page, 'Stakeholders and buy-in');

  // Tidy up with elkjs, undo puts every card back, redo tidies again.
  await page.getByRole('button', { name: 'Tidy up the layout' }).click();
  await expect(page.getByText('Arranged. Undo puts the cards back where they were.')).toBeVisible();
  const tidied = await canvasSnapshot(page, 'stakeholders');
  expect(tidied).not.toEqual(mapBefore);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(async () => (await canvasSnapshot(page, 'stakeholders')) as object)
    .toMatchObject({
      nodes: (mapBefore as { nodes: unknown[] }).nodes,
    });
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect
    .poll(async () => (await canvasSnapshot(page, 'stakeholders')) as object)
    .toMatchObject({
      nodes: (tidied as { nodes: unknown[] }).nodes,
    });

  // The audience screen shows the map read-only, without concerns.
  const audiencePromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Present (F5)' }).click();
  const audience = await audiencePromise;
  await expect(audience.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await page.getByRole('button', { name: 'Show on the audience screen' }).click();
  const projected = audience.locator('[data-canvas="stakeholders"]');
  await expect(projected.locator('.react-flow__node')).toHaveCount(8);
  await expect(projected).toContainText('Ana Lopez');
  await expect(projected).toContainText('Sceptic');
  await expect(audience.locator('body')).not.toContainText('Worried about her team targets');
  await expectNoAxeViolations(audience, 'audience screen with the stakeholder map');
  // A reload of the facilitator window leaves the map on the room's screen the whole time.
  await workshop.waitUntilSaved();
  await audience.evaluate(`(() => {
    window.mapLeftTheScreen = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-canvas="stakeholders"]') === null) window.mapLeftTheScreen = true;
    }).observe(document.body, { subtree: true, childList: true });
  })()`);
  await facilitator.reload();
  await expect(page.locator('#stage-heading')).toHaveText('Stakeholders and buy-in');
  await expect(page.getByRole('button', { name: 'Stop showing on the audience screen' })).toBeVisible();
  await expect(projected.locator('.react-flow__node')).toHaveCount(8);
  expect(await audience.evaluate('window.mapLeftTheScreen')).toBe(false);
  await page.getByRole('button', { name: 'Stop showing on the audience screen' }).click();
  await expect(projected).toHaveCount(0);
  await audience.close();

  const mapPicture = await savePicture(page, 'stakeholder-map.png');
  expect(pngSize(mapPicture)).toEqual({ width: 2000, height: 1250 });
  expect(mapPicture.length).toBeGreaterThan(20_000);

  const planDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export plan (Word)' }).click();
  const plan = await planDownload;
  const planPath = test.info().outputPath('plan.docx');
  await plan.saveAs(planPath);
  const pictures = execFileSync(
    '/usr/bin/python3',
    ['-c', 'import docx,sys\nd=docx.Document(sys.argv[1])\nprint(len(d.inline_shapes))', planPath],
    { encoding: 'utf8' },
  );
  expect(Number(pictures.trim())).toBe(2);
});

function stanceSymbol(stance: string): string {
  return { Champion: '★', Supporter: '▲', Neutral: '●', Sceptic: '▼', Blocker: '✖' }[stance] ?? '';
}

test('a large stakeholder map draws what is on screen, with every line to a card off screen', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // More cards than DRAW_ON_SCREEN_ONLY_FROM, scattered well beyond one screen.
  const large = generateLargeWorkshop({ seed: 7, stakeholders: 200, relationships: 300 });
  const title = 'Large stakeholder map';
  writeToLibrary(running.dataPath, { 'large-map.readyroom': { ...large, meta: { ...large.meta, title } } });
  const facilitator = new FacilitatorPage(page);
  await facilitator.open(running.shell.url);
  await new WorkshopPages(page).openFromLibrary(title);
  await goToStage(page, 'Stakeholders and buy-in');

  const map = canvas(page, 'stakeholders');
  const drawnIds = () =>
    map.evaluate((element) =>
      [...element.querySelectorAll('.react-flow__node')]
        // React Flow hides a card until it has measured it.
        .filter((node) => !(node.getAttribute('style') ?? '').includes('visibility: hidden'))
        .map((node) => node.getAttribute('data-id') ?? ''),
    );
  // React Flow draws every card once to measure it, then keeps the ones in view.
  await expect.poll(async () => (await drawnIds()).length).toBeLessThan(large.stakeholders.length);
  const onScreen = new Set(await drawnIds());
  expect(onScreen.size).toBeGreaterThan(0);

  // Every drawn card is at least partly inside the canvas.
  const bounds = await map.locator('.react-flow').boundingBox();
  if (bounds === null) throw new Error('The stakeholder map is not on screen.');
  for (const id of onScreen) {
    const box = await map.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
    if (box === null) throw new Error(`Card ${id} has no box.`);
    expect(box.x + box.width > bounds.x && box.x < bounds.x + bounds.width, `card ${id} across`).toBe(true);
    expect(box.y + box.height > bounds.y && box.y < bounds.y + bounds.height, `card ${id} down`).toBe(true);
  }

  // A line from a card on screen to one off screen is still drawn, ending where that card is.
  const crossing = large.relationships.find(
    (relationship) => onScreen.has(relationship.from) !== onScreen.has(relationship.to),
  );
  if (crossing === undefined) throw new Error('The fixture has no line leaving the screen.');
  await expect(map.locator(`.react-flow__edge[data-id="${crossing.id}"] path`).first()).toBeAttached();

  // A card moved far with the keyboard takes the view with it: it stays on screen and focused.
  const movable = await map.evaluate(
    (element, ids) => {
      const bounds = element.getBoundingClientRect();
      for (const id of ids) {
        const node = element.querySelector(`.react-flow__node[data-id="${id}"]`);
        if (node === null) continue;
        const box = node.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        const inside =
          x > bounds.left + 40 && x < bounds.right - 200 && y > bounds.top + 40 && y < bounds.bottom - 40;
        if (inside && node.contains(element.ownerDocument.elementFromPoint(x, y))) return id;
      }
      return null;
    },
    [...onScreen],
  );
  if (movable === null) throw new Error('No card on screen can be clicked.');
  const moved = map.locator(`.react-flow__node[data-id="${movable}"]`);
  await moved.click();
  await expect(moved).toBeFocused();
  const cardX = async () =>
    Number(/translate\((-?[\d.]+)px/.exec((await moved.getAttribute('style')) ?? '')?.[1]);
  const viewport = map.locator('.react-flow__viewport');
  const viewBefore = await viewport.getAttribute('style');
  const xBefore = await cardX();
  for (let press = 0; press < 40; press += 1) await page.keyboard.press('Shift+ArrowRight');
  await expect(moved).toBeFocused();
  // It moved far (40 presses of four grid steps), which took the view along with it...
  expect((await cardX()) - xBefore).toBeGreaterThanOrEqual(40 * 16);
  expect(await viewport.getAttribute('style')).not.toBe(viewBefore);
  // ...and it is still inside the canvas.
  await expect
    .poll(async () => {
      const box = await moved.boundingBox();
      return box !== null && box.x >= bounds.x && box.x + box.width <= bounds.x + bounds.width;
    })
    .toBe(true);

  // "Show everything" brings every card on screen, and into the page.
  await showEverything(page, 'stakeholders');
  await expect.poll(async () => (await drawnIds()).length).toBe(large.stakeholders.length);
  await expectNoAxeViolations(page, 'large stakeholder map');
});
