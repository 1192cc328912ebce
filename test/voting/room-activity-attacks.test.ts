/**
 * The room's note and dot routes under attack, on 127.0.0.1 only: oversized notes, floods
 * of notes, notes past the per-phone limit, dots past the budget or on unknown items, notes
 * and dots after close, other phones' notes read or deleted, forged tokens, wrong origins.
 * None of it is accepted, WHILE honest phones write and place dots at the same time, and
 * every note and allocation an honest phone was told was saved is in the journal.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VotingState } from '../../shared/host-api/voting-contract';
import type { PhoneState } from '../../shared/voting/room-protocol';
import type { VotingService } from '../../electron/host/voting/voting-service';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { errorCode, sendRequest, type HttpReply } from './support/loopback-http';
import { oneAddressVotingService } from './support/one-address-limits';
import { SimulatedPhone, type BallotResult } from './support/simulated-phone';
import { TEST_ROOM, TEST_WORKSHOP } from './support/test-workshop';

const HONEST_PHONES = 20;
const NOTES_EACH = 3;
const ITEMS = Array.from({ length: 8 }, (_, index) => ({
  id: `action-${index + 1}`,
  label: `Action ${index + 1}`,
}));

let data: ReturnType<typeof makeTemporaryDirectory>;
let service: VotingService;
let origin: string;
let code: string;
const phones: SimulatedPhone[] = [];

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function roomOf(state: VotingState) {
  if (state.room.status !== 'open') throw new Error('The room is not open.');
  return state.room;
}

async function joined(count: number): Promise<SimulatedPhone[]> {
  const made = Array.from({ length: count }, () => new SimulatedPhone(origin));
  phones.push(...made);
  await Promise.all(made.map((each) => each.join(code)));
  return made;
}

function journal(activityId: string): { type: string; id?: string; deviceKey?: string; text?: string }[] {
  const file = path.join(data.path, 'voting', `activity-${activityId}.jsonl`);
  return readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { type: string });
}

/** A request with a token that is not this room's, or none. */
function forged(token: string | null, pathName: string, method: string, body: unknown): Promise<HttpReply> {
  const headers: Record<string, string> = { origin, 'content-type': 'application/json' };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const payload = JSON.stringify(body);
  return sendRequest(origin, {
    method,
    path: pathName,
    headers: { ...headers, 'content-length': String(Buffer.byteLength(payload)) },
    body: payload,
  });
}

beforeAll(async () => {
  data = makeTemporaryDirectory('readyroom-activity-attacks-');
  // One address for every phone: the per-device limits do the work, as they ship.
  service = oneAddressVotingService(data.path);
  const room = roomOf(
    await service.methods['voting.openRoom']({ address: '127.0.0.1', namedVoting: false, ...TEST_ROOM }),
  );
  origin = new URL(room.joinUrl).origin;
  code = room.code;
}, 30_000);

afterAll(async () => {
  for (const each of phones) each.close();
  await service.dispose();
  data.remove();
});

/** Every accepted (200) result among `results`: an attack that got one is a failure. */
const accepted = (results: readonly (BallotResult | HttpReply)[]) =>
  results.filter((result) => result.status === 200);

describe('a writing round under attack', () => {
  it('accepts no attack, shows no phone another phone’s notes, and loses no honest note', async () => {
    await service.methods['voting.openActivity']({
      ...TEST_WORKSHOP,
      activityId: 'writing-1',
      kind: 'writing',
      prompt: 'What will break when we scale?',
      durationSeconds: null,
    });
    const honest = await joined(HONEST_PHONES);
    const [flooder, pusher, thief] = await joined(3);
    if (flooder === undefined || pusher === undefined || thief === undefined) throw new Error('no attackers');

    // Honest phones write at the same time as the attacks below, paced like people typing.
    const acknowledged = new Map<string, string>();
    const honestFailures: string[] = [];
    const honestWriting = Promise.all(
      honest.map(async (each, phoneIndex) => {
        for (let note = 0; note < NOTES_EACH; note += 1) {
          await delay(20 + ((phoneIndex * 7 + note * 13) % 40));
          const result = await each.note('writing-1', `honest ${phoneIndex}-${note}`);
          const saved = (result.reply.json as { note?: { id: string; text: string } }).note;
          if (result.status === 200 && saved !== undefined) acknowledged.set(saved.id, saved.text);
          else honestFailures.push(`${result.status} ${result.reply.text}`);
        }
      }),
    );

    // Oversized: one character past the limit, and a body past the room's cap.
    const oversized = await pusher.note('writing-1', 'x'.repeat(281));
    expect(errorCode(oversized.reply)).toBe('note-too-long');
    const huge = await pusher.note('writing-1', 'x'.repeat(8_000));
    expect([400, 413]).toContain(huge.status);
    // A flood from one phone: 200 notes at once.
    const flood = await Promise.all(
      Array.from({ length: 200 }, (_, index) => flooder.note('writing-1', `spam ${index}`)),
    );
    expect(accepted(flood).length).toBeLessThanOrEqual(5);
    for (const refused of flood.filter((result) => result.status !== 200)) {
      expect(['too-many-notes', 'too-many-requests']).toContain(errorCode(refused.reply));
    }
    // Past the per-phone limit, one at a time (within the rate).
    const pushed: BallotResult[] = [];
    for (let index = 0; index < 8; index += 1) {
      pushed.push(await pusher.note('writing-1', `one more ${index}`));
      await delay(60);
    }
    expect(accepted(pushed)).toHaveLength(5);
    expect(pushed.slice(5).map((result) => errorCode(result.reply))).toEqual(Array(3).fill('too-many-notes'));
    // Malformed and mis-shaped bodies, an unknown activity, a wrong origin, forged tokens.
    const malformed = await Promise.all([
      thief.send('POST', '/room/note', '{"activityId":'),
      thief.send('POST', '/room/note', { activityId: 'writing-1', text: 'x', deviceKey: 'device:someone' }),
      thief.send('POST', '/room/note', { activityId: 'writing-1', text: 42 }),
      thief.send('POST', '/room/note', { activityId: 'writing-0', text: 'Wrong round' }),
      thief.placeDots('writing-1', { 'action-1': 1 }),
    ]);
    expect(accepted(malformed)).toEqual([]);
    expect(errorCode(malformed[3]?.reply ?? ({} as HttpReply))).toBe('no-activity');
    expect(errorCode(malformed[4]?.reply ?? ({} as HttpReply))).toBe('wrong-activity');
    const token = thief.token ?? '';
    const [deviceId, signature] = token.split('.').slice(1);
    const forgeries = await Promise.all([
      forged(null, '/room/note', 'POST', { activityId: 'writing-1', text: 'no token' }),
      forged('not-a-token', '/room/note', 'POST', { activityId: 'writing-1', text: 'junk token' }),
      forged(
        `${token.split('.')[0]}.${deviceId}.${signature?.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'))}`,
        '/room/note',
        'POST',
        {
          activityId: 'writing-1',
          text: 'flipped signature',
        },
      ),
      forged(null, '/room/dots', 'PUT', { activityId: 'writing-1', dots: [] }),
      sendRequest(origin, {
        method: 'POST',
        path: '/room/note',
        headers: {
          origin: 'http://evil.example',
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify({ activityId: 'writing-1', text: 'cross-site' }),
      }),
    ]);
    expect(forgeries.map((reply) => reply.status)).toEqual([401, 401, 401, 401, 403]);

    await honestWriting;
    expect(honestFailures).toEqual([]);

    // Reading others' notes: no route gives them. The state shows a phone its own only; the
    // other paths are refused.
    const thiefState = (await thief.state()).json as PhoneState;
    expect(thiefState.activity?.writing?.myNotes).toEqual([]);
    const mine = ((await honest[0]?.state())?.json as PhoneState).activity?.writing?.myNotes ?? [];
    expect(mine.map((note) => note.text)).toEqual(['honest 0-0', 'honest 0-1', 'honest 0-2']);
    const probes = await Promise.all([
      thief.send('GET', '/room/note', ''),
      thief.send('GET', '/room/notes', ''),
      thief.send('GET', '/room/state?activity=writing-1&all=1', ''),
      thief.send('GET', '/room/dots', ''),
    ]);
    const tokenless = await sendRequest(origin, { path: '/room/state' });
    for (const text of [...probes.map((probe) => probe.reply.text), tokenless.text]) {
      expect(text).not.toContain('honest');
    }
    expect(accepted(probes.filter((_, index) => index !== 2))).toEqual([]);
    // Deleting someone else's note, with its real id (leaked somehow): refused.
    const [someId] = [...acknowledged.keys()];
    expect(errorCode((await thief.deleteNote('writing-1', someId ?? '')).reply)).toBe('unknown-note');
    expect(
      (await forged(null, '/room/note', 'DELETE', { activityId: 'writing-1', noteId: someId })).status,
    ).toBe(401);

    // The facilitator window sees counts only while open.
    const open = await service.methods['voting.getState'](undefined);
    expect(open.activity?.writing?.notes).toEqual([]);

    // After close: nothing is taken, nothing is deleted.
    const closed = await service.methods['voting.closeActivity'](undefined);
    const late = await Promise.all([
      honest[1]?.note('writing-1', 'late note'),
      flooder.note('writing-1', 'late spam'),
      honest[1]?.deleteNote('writing-1', [...acknowledged.keys()][0] ?? ''),
    ]);
    expect(late.map((result) => errorCode(result?.reply ?? ({} as HttpReply)))).toEqual([
      'activity-closed',
      'activity-closed',
      'activity-closed',
    ]);

    // Every acknowledged honest note is in the journal and in the closed state; 0 lost.
    const lines = journal('writing-1');
    const journaled = new Map(
      lines.filter((line) => line.type === 'note').map((line) => [line.id ?? '', line]),
    );
    const lost = [...acknowledged.keys()].filter((id) => !journaled.has(id));
    expect(acknowledged.size).toBe(HONEST_PHONES * NOTES_EACH);
    expect(lost).toEqual([]);
    const closedTexts = new Set(closed.activity?.writing?.notes.map((note) => note.text));
    for (const text of acknowledged.values()) expect(closedTexts.has(text)).toBe(true);
    // The attackers got no more than the per-phone allowance each: 5 from the flood, 5 pushed, none forged.
    const byDevice = new Map<string, number>();
    for (const line of journaled.values())
      byDevice.set(line.deviceKey ?? '', (byDevice.get(line.deviceKey ?? '') ?? 0) + 1);
    expect(Math.max(...byDevice.values())).toBeLessThanOrEqual(5);
    expect(byDevice.get(`device:${thief.deviceId}`)).toBeUndefined();
    expect(lines.some((line) => line.type === 'note-deleted')).toBe(false);
    // Nothing from the journal's device keys reaches the window.
    expect(JSON.stringify(closed)).not.toContain('device:');
    await service.methods['voting.revealActivity'](undefined);
  }, 60_000);
});

describe('a dot vote under attack', () => {
  it('accepts no dots past the budget, on unknown items or after close, and keeps every honest allocation', async () => {
    await service.methods['voting.openActivity']({
      ...TEST_WORKSHOP,
      activityId: 'dots-1',
      kind: 'dots',
      prompt: 'Where do we start?',
      durationSeconds: null,
      items: ITEMS,
      dotsPerPhone: 3,
    });
    const honest = await joined(HONEST_PHONES);
    const [cheat] = await joined(1);
    if (cheat === undefined) throw new Error('no attacker');
    const expected = new Map<string, number>(ITEMS.map((item) => [item.id, 0]));
    const honestFailures: string[] = [];
    const honestVoting = Promise.all(
      honest.map(async (each, index) => {
        // A change of mind first, then the final allocation: only the last counts.
        await each.placeDots('dots-1', { 'action-1': 3 });
        await delay(10 + (index % 5) * 10);
        const final = { [`action-${(index % 8) + 1}`]: 2, [`action-${((index + 3) % 8) + 1}`]: 1 };
        const result = await each.placeDots('dots-1', final);
        if (result.status !== 200) honestFailures.push(result.reply.text);
        else
          for (const [itemId, dots] of Object.entries(final))
            expected.set(itemId, (expected.get(itemId) ?? 0) + dots);
      }),
    );
    const attacks = await Promise.all([
      cheat.placeDots('dots-1', { 'action-1': 4 }),
      cheat.placeDots('dots-1', { 'action-1': 2, 'action-2': 2 }),
      cheat.placeDots('dots-1', { 'action-99': 1 }),
      cheat.placeDots('dots-1', { 'action-1': -1 }),
      cheat.placeDots('dots-1', { 'action-1': 1.5 }),
      cheat.send('PUT', '/room/dots', {
        activityId: 'dots-1',
        dots: [
          { itemId: 'action-1', dots: 3 },
          { itemId: 'action-1', dots: 3 },
        ],
      }),
      cheat.send('PUT', '/room/dots', {
        activityId: 'dots-1',
        dots: Array.from({ length: 31 }, () => ({ itemId: 'action-2', dots: 0 })),
      }),
      cheat.note('dots-1', 'a note in a dot vote'),
    ]);
    expect(accepted(attacks)).toEqual([]);
    expect(attacks.map((result) => errorCode(result.reply))).toEqual([
      'too-many-dots',
      'too-many-dots',
      'unknown-item',
      'invalid-request',
      'invalid-request',
      'too-many-dots',
      'invalid-request',
      'wrong-activity',
    ]);
    await honestVoting;
    expect(honestFailures).toEqual([]);
    // A phone sees its own dots, never the totals.
    const seen = ((await cheat.state()).json as PhoneState).activity;
    expect(seen?.dots?.myDots).toEqual({});
    expect(JSON.stringify(seen)).not.toContain('totals');

    const closed = await service.methods['voting.closeActivity'](undefined);
    expect(
      errorCode((await honest[0]?.placeDots('dots-1', { 'action-8': 3 }))?.reply ?? ({} as HttpReply)),
    ).toBe('activity-closed');
    const totals = new Map(closed.activity?.dots?.totals.map((total) => [total.itemId, total.dots]));
    expect(totals).toEqual(expected);
    expect(closed.activity?.dots?.dotsPlaced).toBe(HONEST_PHONES * 3);
    expect(closed.activity?.phones).toBe(HONEST_PHONES);
  }, 60_000);
});
