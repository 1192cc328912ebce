/**
 * The room writes, not only votes (#26), in the browser shell: twenty phones write two or
 * three anonymous notes each in a silent round, the facilitator reveals, groups (by dragging
 * and from the keyboard), merges a duplicate, hides one, turns three notes into records, then
 * runs a dot vote with three dots each on the eight actions and sets their priorities from the
 * ranking. After a reload the ranking and the records are right, in the cockpit and in the
 * file. The audience screen shows the round, the cards by group and the ranking, fits 1280 × 720
 * and 1920 × 1080 without scrolling, and passes axe-core in the three themes. The phones are
 * direct HTTP clients on loopback (`test/voting/support/simulated-phone.ts`), as the room
 * server meets them.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createWorkshopFromTemplate, type Workshop } from '../../shared/workshop';
import { anAction, fixtureId } from '../fixtures/builders';
import type { PhoneActivity, PhoneState } from '../../shared/voting/room-protocol';
import { SimulatedPhone } from '../voting/support/simulated-phone';
import { aShellOverALibrary } from './support/browser-shell';
import { problemsOnScreen } from './support/audience-fit';
import { FacilitatorPage, WorkshopPages } from './support/facilitator-page';

const TITLE = 'Depot rollout: scaling day';
const PHONES = 20;
const SHOTS = '/tmp/cockpit-shots';
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const THEMES = ['Light', 'Dark', 'Projector (high contrast)'] as const;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const ACTIONS = [
  'Train depot leads',
  'Fix depot Wi-Fi',
  'Buy handheld scanners',
  'Write the night-shift guide',
  'Set up a help line',
  'Clean the address data',
  'Agree the go-live date',
  'Plan the depot visits',
] as const;
const PROMPT = 'What will break when we scale to 14 depots?';

/** What phone `index` writes: two or three notes; phones 0 and 1 write the same first note. */
function notesOf(index: number): string[] {
  const notes = [index < 2 ? 'Wi-Fi drops in the loading bay' : `Phone ${index} worry: shift handover`];
  notes.push(`Scanner batteries die on route ${index}`);
  if (index % 2 === 0) notes.push(`Depot ${index} has no printer`);
  return notes;
}
const NOTES = Array.from({ length: PHONES }, (_, index) => notesOf(index)).flat();

/**
 * The dots each phone places, by action index: every phone one on "Train depot leads"; phones
 * 0–11 two more on "Fix depot Wi-Fi"; 12–16 one on "Buy handheld scanners" and one on "Write
 * the night-shift guide"; 17–19 one on scanners and one on "Set up a help line".
 */
function dotsOf(index: number): Record<number, number> {
  if (index < 12) return { 0: 1, 1: 2 };
  if (index < 17) return { 0: 1, 2: 1, 3: 1 };
  return { 0: 1, 2: 1, 4: 1 };
}
/** The ranking those dots make: 24, 20, 8, 5, 3, then the untouched three in plan order. */
const RANKING = [
  ['Fix depot Wi-Fi', 24],
  ['Train depot leads', 20],
  ['Buy handheld scanners', 8],
  ['Write the night-shift guide', 5],
  ['Set up a help line', 3],
  ['Clean the address data', 0],
  ['Agree the go-live date', 0],
  ['Plan the depot visits', 0],
] as const;

function seededWorkshop(): Workshop {
  const workshop = createWorkshopFromTemplate({ title: TITLE, now: new Date('2026-03-18T09:00:00Z') });
  return {
    ...workshop,
    actions: ACTIONS.map((title, index) => anAction({ id: fixtureId(`action-${index + 1}`), title })),
  };
}

interface SavedActivity {
  readonly kind: string;
  readonly notes: readonly {
    readonly text: string;
    readonly hidden: boolean;
    readonly groupId: string | null;
    readonly mergedInto: string | null;
    readonly record: { readonly kind: string; readonly id: string } | null;
  }[];
  readonly groups: readonly { readonly id: string; readonly title: string }[];
  readonly dots: {
    readonly items: readonly { readonly id: string; readonly label: string }[];
    readonly totals: readonly { readonly itemId: string; readonly dots: number }[] | null;
  } | null;
}

interface SavedWorkshop {
  readonly roomActivities: readonly SavedActivity[];
  readonly risks: readonly { readonly id: string; readonly title: string }[];
  readonly parkingLot: readonly { readonly id: string; readonly text: string }[];
  readonly workflow: {
    readonly changes: readonly { readonly id: string; readonly description: string }[];
  };
  readonly actions: readonly { readonly title: string; readonly priority: string }[];
}

const running = aShellOverALibrary({ 'depots.readyroom': seededWorkshop() });

function savedWorkshop(): SavedWorkshop {
  const folder = path.join(running.dataPath, 'workshops');
  const name = readdirSync(folder).find((file) => file.endsWith('.readyroom')) ?? '';
  return JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as SavedWorkshop;
}

/** The view fits both projector sizes, passes axe-core in every theme, and is photographed at 1920 × 1080. */
async function checkAudience(
  facilitator: FacilitatorPage,
  audience: Page,
  view: string,
  shot: string | null,
): Promise<void> {
  await expect(audience.locator('.audience')).toHaveAttribute('data-view', view);
  for (const size of SIZES) {
    await audience.setViewportSize(size);
    await expect.poll(() => problemsOnScreen(audience), { message: `${view} at ${size.width}` }).toEqual([]);
  }
  for (const theme of THEMES) {
    await facilitator.chooseTheme(theme);
    const results = await new AxeBuilder({ page: audience }).withTags(AXE_TAGS).analyze();
    expect(results.violations, `${view} (${theme}): ${JSON.stringify(results.violations, null, 2)}`).toEqual(
      [],
    );
  }
  if (shot !== null) await audience.screenshot({ path: path.join(SHOTS, shot) });
}

async function expectCockpitAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations, `${where}: ${JSON.stringify(results.violations, null, 2)}`).toEqual([]);
}

/** The open activity as a phone sees it (its prompt and items, never anyone's notes or dots). */
async function phoneActivity(phone: SimulatedPhone): Promise<PhoneActivity> {
  const reply = await phone.state();
  const activity = (reply.json as PhoneState | undefined)?.activity ?? null;
  if (reply.status !== 200 || activity === null)
    throw new Error(`No activity: ${reply.status} ${reply.text}`);
  return activity;
}

async function openActivityId(phone: SimulatedPhone | undefined): Promise<string> {
  if (phone === undefined) throw new Error('No phone.');
  return (await phoneActivity(phone)).activityId;
}

async function openDotVote(
  phone: SimulatedPhone | undefined,
): Promise<{ activityId: string; items: readonly { id: string; label: string }[] }> {
  if (phone === undefined) throw new Error('No phone.');
  const activity = await phoneActivity(phone);
  return { activityId: activity.activityId, items: activity.dots?.items ?? [] };
}

async function writeNote(phone: SimulatedPhone, activityId: string, words: string): Promise<void> {
  const { status, reply } = await phone.note(activityId, words);
  if (status !== 200) throw new Error(`The note was refused: ${status} ${reply.text}`);
}

async function placeDots(
  phone: SimulatedPhone | undefined,
  activityId: string,
  dots: Record<string, number>,
): Promise<void> {
  const { status, reply } = (await phone?.placeDots(activityId, dots)) ?? { status: 0, reply: null };
  if (status !== 200) throw new Error(`The dots were refused: ${status} ${reply?.text}`);
}

/** The first card on the board whose note starts with `words`. */
function cardOf(board: Locator, words: string): Locator {
  return board
    .locator('.note-card')
    .filter({ has: board.page().locator('.note-card__text', { hasText: words }) })
    .first();
}

/**
 * Drags a card onto a drop zone the way the browser does it: dragstart on the card, then
 * dragenter, dragover and drop on the zone with the same DataTransfer. (A mouse drag scrolls
 * the long board to reach the zone, and the browser then starts the drag from whatever card
 * sits under the pointer.)
 */
async function dragCard(card: Locator, zone: Locator): Promise<void> {
  const transfer = await card.page().evaluateHandle('new DataTransfer()');
  await card.dispatchEvent('dragstart', { dataTransfer: transfer });
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await zone.dispatchEvent(type, { dataTransfer: transfer });
  }
  await card.dispatchEvent('dragend', { dataTransfer: transfer });
}

/** Notes each view the audience screen takes from now on (plain JavaScript: it runs in the page). */
const WATCH_VIEWS = `(() => {
  const views = [document.querySelector('.audience')?.getAttribute('data-view') ?? 'none'];
  window.viewsSeen = views;
  new MutationObserver(() => {
    const view = document.querySelector('.audience')?.getAttribute('data-view') ?? 'none';
    if (views[views.length - 1] !== view) views.push(view);
  }).observe(document.body, { subtree: true, childList: true, attributes: true });
})()`;

/** Runs `work` over the phones a few at a time. */
async function inBatches<Item>(items: readonly Item[], work: (item: Item, index: number) => Promise<void>) {
  for (let start = 0; start < items.length; start += 5) {
    await Promise.all(items.slice(start, start + 5).map((item, offset) => work(item, start + offset)));
  }
}

test('twenty phones write, the facilitator groups and records, then the room ranks the actions with dots', async ({
  page,
}) => {
  test.setTimeout(300_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  const facilitator = new FacilitatorPage(page);
  const workshop = new WorkshopPages(page);
  await facilitator.open(running.shell.url);
  await workshop.openFromLibrary(TITLE);
  await workshop.goToStage('Designing the new workflow');

  // The control sits on every stage, in the stage bar and the command palette: open it from
  // the keyboard, then the voting room from it.
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('room activity');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Room activity' });
  await expect(panel.getByRole('heading', { name: 'Room activity' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Room activity', exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await panel.getByRole('button', { name: 'Open the voting room' }).click();
  await expect(panel.locator('.voting-room__url')).toBeVisible();
  const joinUrl = (await panel.locator('.voting-room__url').textContent()) ?? '';
  const code = new URL(joinUrl).searchParams.get('code') ?? '';
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Present (F5)' }).click();
  const audience = await popup;
  await expect(audience.locator('html')).toHaveAttribute('data-app-state', 'ready');

  const phones = Array.from({ length: PHONES }, () => new SimulatedPhone(new URL(joinUrl).origin));
  await inBatches(phones, (phone) => phone.join(code));

  await test.step('a silent writing round: the cockpit counts, never reads', async () => {
    await expect(panel.getByLabel('What should the room write about?')).toHaveAttribute(
      'placeholder',
      PROMPT,
    );
    await panel.getByLabel('What should the room write about?').fill(PROMPT);
    await panel
      .getByRole('form', { name: 'Silent writing' })
      .getByLabel('Time limit in minutes (optional)')
      .fill('5');
    // From the keyboard, as the dot vote below: about one run in ten, a click on a start button
    // once started nothing. Not reproduced since (15 runs of this spec with clicks, 39 focused
    // runs, 20 of them while phones kept joining): the live lines above the forms did not move
    // them. Cause unknown.
    await panel.getByRole('button', { name: 'Start writing' }).press('Enter');
    await expect(panel).toContainText('0 notes from 0 phones');
    await expect(panel.getByRole('button', { name: 'Close the writing round' })).toBeFocused();
    await expect(panel).toContainText(
      'You see how many notes arrived, not what they say, until you reveal. Notes never show who wrote them.',
    );
    const activityId = await openActivityId(phones[0]);
    await inBatches(phones, async (phone, index) => {
      for (const note of notesOf(index)) await writeNote(phone, activityId, note);
    });
    await expect(panel).toContainText(`${NOTES.length} notes from ${PHONES} phones`);
    await expect(panel).toContainText(/Time left: [45]:\d\d/);
    await expect(page.locator('body')).not.toContainText('Scanner batteries');
    await expect(audience.getByText(`${NOTES.length} notes so far`)).toBeVisible();
    await expect(audience.locator('body')).not.toContainText('Scanner batteries');
    await checkAudience(facilitator, audience, 'writing', 'audience-writing.png');
    await expectCockpitAccessible(page, 'cockpit while the room writes');
  });

  await test.step('reveal, group by drag and by keyboard, merge, hide', async () => {
    await panel.getByRole('button', { name: 'Reveal the notes' }).click();
    const board = panel.getByRole('region', { name: `Notes from the room: ${PROMPT}` });
    await expect(board.locator('.note-card')).toHaveCount(NOTES.length);
    await expect(board.getByRole('heading', { level: 4 })).toBeFocused();
    const card = (words: string) => cardOf(board, words);

    // Drag a card onto "New group", name it, drag two more onto it.
    await dragCard(card('Wi-Fi drops'), board.getByRole('region', { name: 'New group' }));
    const groupName = board.getByLabel('Name of the group');
    await expect(groupName).toHaveValue('Group 1');
    await groupName.fill('Network');
    await dragCard(card('Scanner batteries die on route 3'), board.getByRole('region', { name: 'Network' }));
    // From the keyboard: "Move to group…" then the group.
    const keyboardCard = card('Scanner batteries die on route 4');
    await keyboardCard.getByText('Move to group…').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(keyboardCard.getByRole('button', { name: 'Move to “Network”' })).toBeFocused();
    await page.keyboard.press('Enter');
    const network = board.getByRole('region', { name: 'Network' });
    await expect(network.locator('.note-card')).toHaveCount(3);

    // Phones 0 and 1 wrote the same note: merge the second into the first.
    const first = cardOf(network, 'Wi-Fi drops');
    await first.getByText('Merge into this…').click();
    await first
      .getByRole('button', { name: 'Merge “Wi-Fi drops in the loading bay” into this note' })
      .click();
    await expect(board.locator('.note-card__text', { hasText: 'Wi-Fi drops' })).toHaveCount(1);
    await expect(first).toContainText('+1 merged');

    // Hide one: it stays on the board (marked) but leaves the room's screen.
    await card('Depot 6 has no printer').getByRole('button', { name: 'Hide' }).click();
    await expect(card('Depot 6 has no printer')).toContainText('Hidden from the room');

    await expect(audience.locator('.audience')).toHaveAttribute('data-view', 'notes');
    await expect(audience.locator('.audience-notes__group', { hasText: 'Network' })).toBeVisible();
    await expect(audience.locator('.audience-notes__card')).toHaveCount(NOTES.length - 2);
    await expect(audience.locator('body')).not.toContainText('Depot 6 has no printer');
    await checkAudience(facilitator, audience, 'notes', 'audience-cards.png');
    // The facilitator can take the board off the room's screen, and put it back.
    const show = board.getByRole('button', { name: 'Show on the audience screen' });
    await expect(show).toHaveAttribute('aria-pressed', 'true');
    await show.click();
    await expect(audience.locator('.audience')).toHaveAttribute('data-view', 'stage');
    await show.click();
    await expect(audience.locator('.audience')).toHaveAttribute('data-view', 'notes');
    for (const theme of THEMES) {
      await facilitator.chooseTheme(theme);
      await expectCockpitAccessible(page, `cockpit board (${theme})`);
    }
    await board.screenshot({ path: path.join(SHOTS, 'cockpit-board.png') });
  });

  await test.step('a facilitator reload keeps the board on the audience screen', async () => {
    await workshop.waitUntilSaved();
    // Every view the audience screen takes while the facilitator window reloads.
    await audience.evaluate(WATCH_VIEWS);
    await facilitator.reload();
    await expect(page.locator('#stage-heading')).toHaveText('Designing the new workflow');
    await page.getByRole('button', { name: 'Room activity', exact: true }).click();
    const board = panel.getByRole('region', { name: `Notes from the room: ${PROMPT}` });
    // The cockpit says the board is on the room's screen, as it is.
    await expect(board.getByRole('button', { name: 'Show on the audience screen' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(audience.locator('.audience')).toHaveAttribute('data-view', 'notes');
    await expect(audience.locator('.audience-notes__card')).toHaveCount(NOTES.length - 2);
    expect(await audience.evaluate('window.viewsSeen')).toEqual(['notes']);
    await audience.setViewportSize(SIZES[0]);
    await audience.screenshot({ path: path.join(SHOTS, 'audience-cards-after-reload.png') });
  });

  await test.step('three notes become records', async () => {
    const board = panel.getByRole('region', { name: `Notes from the room: ${PROMPT}` });
    const turn = async (words: string, into: string) => {
      const card = cardOf(board, words);
      await card.getByText('Turn into…').click();
      await card.getByRole('button', { name: into }).click();
      await expect(card).toContainText(`Now ${into}`);
    };
    await turn('Wi-Fi drops in the loading bay', 'a risk');
    await turn('Depot 2 has no printer', 'a workflow change');
    await turn('Phone 5 worry: shift handover', 'a parking-lot item');
  });

  await test.step('a dot vote on the eight actions, ranked, sets the priorities', async () => {
    await workshop.goToStage('Action plan');
    await expect(panel).toBeVisible();
    const form = panel.getByRole('form', { name: 'Dot vote' });
    await expect(form.getByLabel('Vote on')).toHaveValue('actions');
    await form.getByLabel('Dots per phone (1 to 10)').fill('3');
    await form.getByRole('button', { name: 'Start the dot vote' }).press('Enter');
    await expect(panel).toContainText('0 dots placed by 0 phones');
    const { activityId, items } = await openDotVote(phones[0]);
    expect(items.map((item) => item.label)).toEqual([...ACTIONS]);
    // Phone 0 first spends its dots elsewhere, then changes its mind (the whole allocation is replaced).
    await placeDots(phones[0], activityId, { [items[7]?.id ?? '']: 3 });
    await inBatches(phones, (phone, index) =>
      placeDots(
        phone,
        activityId,
        Object.fromEntries(Object.entries(dotsOf(index)).map(([at, dots]) => [items[Number(at)]?.id, dots])),
      ),
    );
    await expect(panel).toContainText(`${PHONES * 3} dots placed by ${PHONES} phones`);
    await checkAudience(facilitator, audience, 'dots', null);
    await panel.getByRole('button', { name: 'Reveal the ranking' }).click();
    const ranking = panel.locator('.dot-ranking__list li');
    await expect(ranking).toHaveCount(8);
    for (const [index, [label, dots]] of RANKING.entries()) {
      await expect(ranking.nth(index)).toContainText(`${label}${dots} dot`);
    }
    await expect(audience.locator('.audience')).toHaveAttribute('data-view', 'ranking');
    await expect(audience.locator('.audience-ranking__item').first()).toContainText('Fix depot Wi-Fi');
    await checkAudience(facilitator, audience, 'ranking', 'audience-ranking.png');

    await panel.getByRole('button', { name: 'Set priorities from this ranking' }).click();
    await panel.getByRole('button', { name: 'Yes, set the priorities' }).click();
    await expect(panel.locator('.dot-ranking').getByRole('status')).toContainText(
      'Priorities set from the ranking',
    );
    await expectCockpitAccessible(page, 'cockpit ranking');
    await page.screenshot({ path: path.join(SHOTS, 'cockpit-ranking.png'), fullPage: true });
  });

  await test.step('after a reload the ranking and the records are right', async () => {
    await workshop.waitUntilSaved();
    await facilitator.reload();
    await expect(page.locator('#stage-heading')).toHaveText('Action plan');
    await page.getByRole('button', { name: 'Room activity', exact: true }).click();
    const ranking = panel.locator('.dot-ranking__list li');
    for (const [index, [label, dots]] of RANKING.entries()) {
      await expect(ranking.nth(index)).toContainText(`${label}${dots} dot`);
    }
    // The risk remembers it came from the room.
    await expect(page.locator('.risk-card').getByText(`From the room: “${PROMPT}”`)).toHaveCount(1);
    await expect(
      page.locator('.parking-item', { hasText: 'Phone 5 worry' }).getByText(`From the room: “${PROMPT}”`),
    ).toBeVisible();
    const saved = savedWorkshop();
    const [writing, dots] = saved.roomActivities;
    expect(writing?.notes).toHaveLength(NOTES.length);
    expect(writing?.notes.map((note) => note.text).sort()).toEqual([...NOTES].sort());
    expect(writing?.groups.map((group) => group.title)).toEqual(['Network']);
    expect(writing?.notes.filter((note) => note.hidden).map((note) => note.text)).toEqual([
      'Depot 6 has no printer',
    ]);
    const recorded = (writing?.notes ?? []).filter((note) => note.record !== null);
    expect(recorded.map((note) => [note.text, note.record?.kind]).sort()).toEqual(
      [
        ['Depot 2 has no printer', 'workflow-change'],
        ['Phone 5 worry: shift handover', 'parking-lot'],
        ['Wi-Fi drops in the loading bay', 'risk'],
      ].sort(),
    );
    const recordOf = (kind: string) => recorded.find((note) => note.record?.kind === kind)?.record?.id;
    expect(saved.risks.find((risk) => risk.id === recordOf('risk'))?.title).toBe(
      'Wi-Fi drops in the loading bay',
    );
    expect(
      saved.workflow.changes.find((change) => change.id === recordOf('workflow-change'))?.description,
    ).toBe('Depot 2 has no printer');
    expect(saved.parkingLot.find((item) => item.id === recordOf('parking-lot'))?.text).toBe(
      'Phone 5 worry: shift handover',
    );
    const totals = new Map((dots?.dots?.totals ?? []).map((total) => [total.itemId, total.dots]));
    expect(dots?.dots?.items.map((item) => [item.label, totals.get(item.id) ?? 0])).toEqual(
      ACTIONS.map((title) => [title, RANKING.find(([label]) => label === title)?.[1]]),
    );
    expect(saved.actions.map((action) => action.title)).toEqual([...ACTIONS]);
    expect(saved.actions.find((action) => action.title === 'Fix depot Wi-Fi')?.priority).toBe('high');
    expect(saved.actions.find((action) => action.title === 'Plan the depot visits')?.priority).toBe('low');
  });
  await test.step('a readiness round that asks how sure: the results show where the room is split', async () => {
    await workshop.goToStage('Scaling Readiness Test');
    await page.getByLabel('Also ask “How sure are you?” (1 to 5) with each answer', { exact: false }).check();
    await page.getByRole('button', { name: 'Open round 1' }).click();
    await expect(page.getByRole('button', { name: 'Close round 1' })).toBeVisible();
    const roundIdNow = async () =>
      ((await phones[0]?.state())?.json as PhoneState | undefined)?.round?.roundId ?? '';
    await expect.poll(roundIdNow).not.toBe('');
    const roundId = await roundIdNow();
    // Everyone says Yes to three questions; on Data half say Yes (sure), half No (unsure).
    await inBatches(phones, async (phone, index) => {
      for (const questionId of ['ownership', 'data', 'buyIn', 'metrics'] as const) {
        const split = questionId === 'data' && index % 2 === 1;
        const { status } = await phone.vote(roundId, questionId, split ? 'no' : 'yes', split ? 2 : 5);
        expect(status).toBe(200);
      }
    });
    await page.getByRole('button', { name: 'Close round 1' }).click();
    await page.getByRole('button', { name: 'Reveal round 1' }).click();
    await expect(page.locator('.round-result__spread')).toContainText(
      'Data: Room split · How sure: 3.5 of 5',
    );
    await expect(page.locator('.round-result__spread')).toContainText(
      'Ownership: Room agrees · How sure: 5.0 of 5',
    );
    const data = audience.locator('.audience-vote__result').filter({ hasText: 'Data' });
    await expect(data.getByRole('figure', { name: /Round 1/ })).toContainText(
      'Room split · How sure: 3.5 of 5',
    );
    await checkAudience(facilitator, audience, 'results', 'audience-spread.png');
  });
});
