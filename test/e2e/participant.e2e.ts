/**
 * The participant (phone) page end to end: the real browser shell, its room server on
 * 127.0.0.1, the facilitator's side driven through the host HTTP API, and a phone-sized
 * Chromium page doing what a participant does.
 */
import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type Page,
} from '@playwright/test';
import type { VotingState } from '../../shared/host-api/voting-contract';
import { aFreshShellForEachTest } from './support/browser-shell';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const running = aFreshShellForEachTest();
let api: APIRequestContext;

test.beforeEach(async () => {
  const token = new URL(running.shell.url).searchParams.get('token') ?? '';
  api = await playwrightRequest.newContext({
    baseURL: running.shell.origin,
    extraHTTPHeaders: { 'x-readyroom-token': token },
  });
});
test.afterEach(async () => {
  await api.dispose();
});

/** Calls a host method the way the facilitator window does in the browser shell. */
async function host(method: string, input?: unknown): Promise<VotingState> {
  const response = await api.post(`/api/call/${method}`, { data: { input } });
  const body = (await response.json()) as { ok: boolean; result: VotingState };
  expect(body.ok, `${method}: ${JSON.stringify(body)}`).toBe(true);
  return body.result;
}

/** The workshop these rooms and rounds belong to (the host only needs to know which one). */
const WORKSHOP = { workshopId: 'e2e-workshop', workshopPath: '/e2e/phone-page.readyroom' } as const;

async function openRoom(namedVoting: boolean): Promise<{ joinUrl: string; code: string }> {
  const state = await host('voting.openRoom', { address: '127.0.0.1', namedVoting, ...WORKSHOP });
  if (state.room.status !== 'open') throw new Error('The room did not open.');
  expect(new URL(state.room.joinUrl).hostname).toBe('127.0.0.1');
  return { joinUrl: state.room.joinUrl, code: state.room.code };
}

/** Opens a silent writing round in the room. */
async function openWriting(activityId: string): Promise<void> {
  await host('voting.openActivity', {
    ...WORKSHOP,
    activityId,
    kind: 'writing',
    prompt: 'What will break when we scale to 14 depots?',
    durationSeconds: null,
  });
}

/** Opens a dot vote on `labels` (items a1, a2, …), three dots a phone. */
async function openDots(activityId: string, labels: readonly string[]): Promise<void> {
  await host('voting.openActivity', {
    ...WORKSHOP,
    activityId,
    kind: 'dots',
    prompt: 'Where do we start?',
    durationSeconds: null,
    items: labels.map((label, index) => ({ id: `a${index + 1}`, label })),
    dotsPerPhone: 3,
  });
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations, `${where}: ${JSON.stringify(results.violations, null, 2)}`).toEqual([]);
}

test('a phone joins by code, votes, changes its vote, and sees the results once revealed', async ({
  browser,
}) => {
  const { joinUrl, code } = await openRoom(false);
  await host('voting.openRound', {
    ...WORKSHOP,
    roundId: 'e2e-round',
    number: 1,
    questionIds: ['ownership', 'data'],
    mode: 'phones',
    durationSeconds: null,
  });
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  try {
    await page.goto(joinUrl);
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join the vote');
    await expect(page.getByLabel('Room code')).toHaveValue(code);
    await expect(page.getByLabel('Your name')).toHaveCount(0);
    await expectNoAxeViolations(page, 'join');

    await page.getByRole('button', { name: 'Join' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your votes');
    const ownership = page.getByRole('group', { name: 'Ownership' });
    await expect(ownership.getByRole('button')).toHaveText(['Yes', 'Partly', 'No']);
    await expectNoAxeViolations(page, 'vote');

    await ownership.getByRole('button', { name: 'Yes' }).click();
    const confirmation = page.getByRole('region', { name: 'Ownership' }).getByText('Your vote is in');
    await expect(confirmation).toHaveText('Your vote is in — you can change it until the round closes.');
    await expect(ownership.getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('#status')).toHaveText(
      'Your vote is in — you can change it until the round closes.',
    );

    await ownership.getByRole('button', { name: 'No' }).click();
    await expect(ownership.getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'true');
    await expect(ownership.getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'false');
    await expect
      .poll(async () => (await host('voting.getState')).round?.ballotCounts)
      .toEqual({ ownership: 1, data: 0 });

    // The room pushes each change; the phone follows without a reload.
    await host('voting.closeRound');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voting has closed');
    await expect(page.getByText('Ownership: No')).toBeVisible();
    await host('voting.reveal');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results of round 1');
    const results = page.getByRole('region', { name: 'Ownership' });
    await expect(results.getByRole('listitem')).toHaveText([
      'Yes0 votes (0%)',
      'Partly0 votes (0%)',
      'No1 vote (100%)',
    ]);
    await expectNoAxeViolations(page, 'results');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'results, dark');

    // The token is kept: a reload lands back in the room, not on the join form.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results of round 1');

    await host('voting.closeRoom');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The vote has ended');
  } finally {
    await context.close();
  }
});

test('named voting asks for a name, and a vote sent while offline is not claimed as in', async ({
  browser,
}) => {
  const { joinUrl } = await openRoom(true);
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  try {
    await page.goto(joinUrl);
    await expect(page.getByLabel('Your name')).toBeVisible();
    await page.getByRole('button', { name: 'Join' }).click();
    await expect(page.locator('#status')).toHaveText('Please type your name.');
    await page.getByLabel('Your name').fill('Ada');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re in, Ada');
    await expect(page.getByText('Waiting for the next question')).toBeVisible();
    await expectNoAxeViolations(page, 'waiting');

    await host('voting.openRound', {
      ...WORKSHOP,
      roundId: 'e2e-named',
      number: 1,
      questionIds: ['metrics'],
      mode: 'phones',
      durationSeconds: null,
    });
    const metrics = page.getByRole('group', { name: 'Metrics' });
    await expect(metrics.getByRole('button', { name: 'Partly' })).toBeVisible();

    await context.setOffline(true);
    await metrics.getByRole('button', { name: 'Partly' }).click();
    await expect(page.locator('#status')).toHaveText(
      'Your vote did not reach the room. Check your Wi-Fi, then tap your answer again.',
    );
    await expect(metrics.getByRole('button', { name: 'Partly' })).toHaveAttribute('aria-pressed', 'false');

    await context.setOffline(false);
    await metrics.getByRole('button', { name: 'Partly' }).click();
    await expect(page.locator('#status')).toHaveText(
      'Your vote is in — you can change it until the round closes.',
    );
    const closed = await host('voting.closeRound');
    expect(closed.round?.ballots.map(({ voter, answer }) => ({ voter, answer }))).toEqual([
      { voter: { kind: 'label', label: 'Ada' }, answer: 'partly' },
    ]);
  } finally {
    await context.close();
  }
});

test('a phone writes notes in a silent round, keeps them after a reload, and places its dots', async ({
  browser,
}) => {
  const { joinUrl } = await openRoom(false);
  await openWriting('e2e-writing');
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  try {
    await page.goto(joinUrl);
    await page.getByRole('button', { name: 'Join' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write your ideas');
    await expect(page.getByText('What will break when we scale to 14 depots?')).toBeVisible();
    await expect(
      page.getByText(
        'Your notes are anonymous: the facilitator sees them only when revealed, never who wrote them.',
      ),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'writing');

    // From the keyboard: type, see the count, send with Enter on the button.
    const note = page.getByLabel('Your note (up to 280 characters)');
    await note.focus();
    await page.keyboard.type('The depot Wi-Fi');
    await expect(page.locator('#note-count')).toHaveText('15 of 280 characters');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Send' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#status')).toHaveText('Sent. You can write another.');
    await expect(note).toHaveValue('');
    await expect(note).toBeFocused();
    await note.fill('Night shift handover');
    await page.getByRole('button', { name: 'Send' }).click();
    const mine = page.getByRole('region', { name: 'Your notes' }).getByRole('listitem');
    await expect(mine).toHaveText(['The depot Wi-FiDelete', 'Night shift handoverDelete']);
    await expect(page.getByText('You can send 3 more notes.')).toBeVisible();
    await expectNoAxeViolations(page, 'writing, two notes');

    // A reload brings the notes back from the room.
    await page.reload();
    await expect(mine).toHaveCount(2);
    await page.getByRole('button', { name: 'Delete your note: The depot Wi-Fi' }).focus();
    await page.keyboard.press('Enter');
    await expect(mine).toHaveText(['Night shift handoverDelete']);
    await expect.poll(async () => (await host('voting.getState')).activity?.writing?.noteCount).toBe(1);

    await host('voting.closeActivity');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Writing has closed. Thank you! Watch the room screen.',
    );
    const revealed = await host('voting.revealActivity');
    expect(revealed.activity?.writing?.notes.map((each) => each.text)).toEqual(['Night shift handover']);

    await openDots('e2e-dots', ['Name an owner per depot', 'Fix the data feed', 'Train the shift leads']);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Place your dots');
    await expect(page.locator('#dots-left')).toHaveText('3 of 3 dots left');
    await expectNoAxeViolations(page, 'dots');
    const more = page.getByRole('button', { name: 'Add a dot to Fix the data feed' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Saved.')).toBeVisible();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.locator('#dots-left')).toHaveText('0 of 3 dots left');
    // At the budget the button says so and keeps the focus; one more press changes nothing.
    await expect(more).toHaveAttribute('aria-disabled', 'true');
    await expect(more).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Saved.')).toBeVisible();
    await page.getByRole('button', { name: 'Take a dot from Fix the data feed' }).click();
    await page.getByRole('button', { name: 'Add a dot to Train the shift leads' }).click();
    await expect(page.getByText('Saved.')).toBeVisible();
    await page.reload();
    await expect(page.locator('#dots-left')).toHaveText('0 of 3 dots left');
    await expect(page.locator('.dot-count')).toHaveText(['0 dots', '2 dots', '1 dot']);
    const closed = await host('voting.revealActivity');
    expect(closed.activity?.dots?.totals).toEqual([
      { itemId: 'a2', dots: 2 },
      { itemId: 'a3', dots: 1 },
      { itemId: 'a1', dots: 0 },
    ]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'The dot vote has closed. Thank you! The ranking is on the room screen.',
    );
  } finally {
    await context.close();
  }
});

test('a round that asks "How sure are you?" takes 1 to 5 with each answer', async ({ browser }) => {
  const { joinUrl } = await openRoom(false);
  await host('voting.openRound', {
    ...WORKSHOP,
    roundId: 'e2e-sure',
    number: 1,
    questionIds: ['data'],
    mode: 'phones',
    durationSeconds: null,
    askConfidence: true,
  });
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  try {
    await page.goto(joinUrl);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('group', { name: 'Data' }).getByRole('button', { name: 'Partly' }).click();
    const sure = page.getByRole('group', { name: 'How sure are you?' });
    await expect(sure.getByRole('button')).toHaveText(['1', '2', '3', '4', '5']);
    await expectNoAxeViolations(page, 'how sure');
    await sure.getByRole('button', { name: '4 of 5' }).click();
    await expect(sure.getByRole('button', { name: '4 of 5' })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(
      page.getByRole('group', { name: 'How sure are you?' }).getByRole('button', { name: '4 of 5' }),
    ).toHaveAttribute('aria-pressed', 'true');
    const closed = await host('voting.closeRound');
    expect(closed.round?.ballots.map(({ answer, confidence }) => ({ answer, confidence }))).toEqual([
      { answer: 'partly', confidence: 4 },
    ]);
  } finally {
    await context.close();
  }
});

test('a note or dots that did not reach the room: once it answers again, the phone says the note waits and saves the dots', async ({
  browser,
}) => {
  const { joinUrl } = await openRoom(false);
  await openWriting('e2e-offline-writing');
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const noteCount = async () => (await host('voting.getState')).activity?.writing?.noteCount;
  try {
    await page.goto(joinUrl);
    await page.getByRole('button', { name: 'Join' }).click();
    const note = page.getByLabel('Your note (up to 280 characters)');
    const noteState = page.locator('#note-state');
    const connection = page.locator('#connection');
    await expect(connection).toHaveText('Connected');

    // The Wi-Fi drops while sending: the note stays in the box, and the phone says why.
    await context.setOffline(true);
    await note.fill('The depot Wi-Fi drops at night');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(noteState).toHaveText(
      'Your note did not reach the room. Check your Wi-Fi, then send it again.',
    );
    await expect(note).toHaveValue('The depot Wi-Fi drops at night');
    await expect(connection).toHaveText('Reconnecting…');
    await page.screenshot({ path: test.info().outputPath('phone-note-offline.png') });

    // Back online: the room answers, and the line says the note is still there, ready to send.
    // Nothing is sent by itself.
    await context.setOffline(false);
    await expect(connection).toHaveText('Connected');
    await expect(noteState).toHaveText(
      'You’re connected again. Your note is still in the box, ready to send.',
    );
    await expect(page.locator('#status')).toHaveText(
      'You’re connected again. Your note is still in the box, ready to send.',
    );
    await expect(note).toHaveValue('The depot Wi-Fi drops at night');
    expect(await noteCount()).toBe(0);
    await expectNoAxeViolations(page, 'note waiting after reconnecting');
    await page.screenshot({ path: test.info().outputPath('phone-note-back.png') });
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.locator('#status')).toHaveText('Sent. You can write another.');
    await expect(noteState).toHaveCount(0);
    expect(await noteCount()).toBe(1);

    // The room saves a note but its answer is lost on the way back: once the room answers
    // again, the phone finds the note among its own and empties the box (no second copy).
    await note.fill('Scanners die on the cold route');
    await page.route('**/room/note', async (route) => {
      await route.fetch();
      await route.abort('internetdisconnected');
    });
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.locator('#status')).toHaveText(
      'Your note reached the room after all. You can write another.',
    );
    await expect(note).toHaveValue('');
    await expect(noteState).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Your notes' }).getByRole('listitem')).toHaveCount(2);
    await page.unroute('**/room/note');
    expect(await noteCount()).toBe(2);

    // Dots tapped while offline are saved once the room answers again.
    await host('voting.closeActivity');
    await openDots('e2e-offline-dots', ['Name an owner per depot', 'Fix the data feed']);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Place your dots');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Add a dot to Fix the data feed' }).click();
    await expect(page.locator('.save-state')).toContainText(
      'Not saved. Your dots did not reach the room. Check your Wi-Fi, then try again.',
    );
    await page.screenshot({ path: test.info().outputPath('phone-dots-offline.png') });
    await context.setOffline(false);
    await expect(page.locator('.save-state')).toHaveText('Saved.');
    await expect(page.locator('#status')).toHaveText('You’re connected again, and your dots are saved.');
    await page.screenshot({ path: test.info().outputPath('phone-dots-back.png') });
    await expect.poll(async () => (await host('voting.getState')).activity?.dots?.dotsPlaced).toBe(1);
  } finally {
    await context.close();
  }
});
