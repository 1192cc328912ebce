import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VotingStateSchema, type VotingState } from '../../../shared/host-api/voting-contract';
import type { PhoneActivity, PhoneState } from '../../../shared/voting/room-protocol';
import { makeTemporaryDirectory } from '../../../test/support/temporary-directory';
import { SimulatedPhone } from '../../../test/voting/support/simulated-phone';
import { HostEventHub } from '../event-hub';
import { LOOPBACK_ROOM_ADDRESS } from './addresses';
import { createVotingService, type VotingService } from './voting-service';

const OF_A = { workshopId: 'workshop-a', workshopPath: '/library/a.readyroom' } as const;
const PROMPT = 'What will break when we scale to 14 depots?';
const ITEMS = [
  { id: 'action-1', label: 'Name an owner per depot' },
  { id: 'action-2', label: 'Fix the data feed' },
  { id: 'action-3', label: 'Train the shift leads' },
];

let folder: ReturnType<typeof makeTemporaryDirectory>;
let heard: VotingState[];
let clock: Date;
const services: VotingService[] = [];
const phones: SimulatedPhone[] = [];

beforeEach(() => {
  folder = makeTemporaryDirectory('readyroom-activities-');
  heard = [];
  clock = new Date('2026-03-01T10:00:00.000Z');
});
afterEach(async () => {
  for (const phone of phones.splice(0)) phone.close();
  for (const service of services.splice(0)) await service.dispose();
  folder.remove();
});

function startService(): VotingService {
  const events = new HostEventHub();
  events.subscribe((name, payload) => {
    if (name === 'voting.onDidChange') heard.push(payload as VotingState);
  });
  const service = createVotingService({
    dataDirectory: folder.path,
    rendererDirectory: folder.path,
    events,
    listAddresses: () => [LOOPBACK_ROOM_ADDRESS],
    now: () => clock,
    countsIntervalMs: 20,
    // Every phone of a test shares 127.0.0.1.
    roomLimits: { devicesPerAddress: 100 },
  });
  services.push(service);
  return service;
}

async function openRoom(service: VotingService): Promise<VotingState> {
  return service.methods['voting.openRoom']({
    address: '127.0.0.1',
    namedVoting: false,
    ...OF_A,
    rehearsalPhones: 0,
  });
}

const openWriting = (
  service: VotingService,
  activityId = 'writing-1',
  durationSeconds: number | null = null,
) =>
  service.methods['voting.openActivity']({
    activityId,
    ...OF_A,
    kind: 'writing',
    prompt: PROMPT,
    durationSeconds,
  });

const openDots = (service: VotingService, activityId = 'dots-1') =>
  service.methods['voting.openActivity']({
    activityId,
    ...OF_A,
    kind: 'dots',
    prompt: 'Where should we start?',
    durationSeconds: null,
    items: ITEMS,
    dotsPerPhone: 3,
  });

async function joinedPhone(state: VotingState): Promise<SimulatedPhone> {
  if (state.room.status !== 'open') throw new Error('the room is not open');
  const phone = new SimulatedPhone(new URL(state.room.joinUrl).origin);
  phones.push(phone);
  await phone.join(state.room.code);
  return phone;
}

async function activityOn(phone: SimulatedPhone): Promise<PhoneActivity | null> {
  return ((await phone.state()).json as PhoneState).activity;
}

function errorCode(result: { reply: { json: unknown } }): string | undefined {
  return (result.reply.json as { error?: { code?: string } }).error?.code;
}

function journalLines(activityId: string): { type: string; deviceKey?: string; text?: string }[] {
  const file = path.join(folder.path, 'voting', `activity-${activityId}.jsonl`);
  return readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { type: string });
}

describe('a silent writing round', () => {
  it('takes anonymous notes: counts while open, every note once closed, the text only after reveal on screen', async () => {
    const service = startService();
    const room = await openRoom(service);
    const opened = await openWriting(service);
    expect(opened.activity).toMatchObject({
      kind: 'writing',
      prompt: PROMPT,
      status: 'open',
      revealed: false,
      phones: 0,
      writing: { noteCount: 0, maxNotesPerPhone: 5, maxNoteLength: 280, notes: [] },
      dots: null,
    });
    const [ada, bo] = [await joinedPhone(room), await joinedPhone(room)];
    expect((await ada.note('writing-1', '  The depot Wi-Fi  ')).status).toBe(200);
    expect((await ada.note('writing-1', 'Night shift handover')).status).toBe(200);
    const boNote = await bo.note('writing-1', 'Nobody owns the data feed');
    expect(boNote.reply.json).toMatchObject({ ok: true, note: { text: 'Nobody owns the data feed' } });

    // The window hears counts, never the text, while the round is open.
    await expect.poll(() => heard.at(-1)?.activity?.writing?.noteCount).toBe(3);
    expect(heard.at(-1)?.activity).toMatchObject({ phones: 2, writing: { notes: [] } });
    expect(JSON.stringify(heard)).not.toContain('depot Wi-Fi');

    // Each phone sees its own notes only.
    expect((await activityOn(ada))?.writing?.myNotes.map((note) => note.text)).toEqual([
      'The depot Wi-Fi',
      'Night shift handover',
    ]);
    expect((await activityOn(bo))?.writing?.myNotes.map((note) => note.text)).toEqual([
      'Nobody owns the data feed',
    ]);

    // Taking a note back: only one's own, only while open.
    const boId = (boNote.reply.json as { note: { id: string } }).note.id;
    expect(errorCode(await ada.deleteNote('writing-1', boId))).toBe('unknown-note');
    expect((await bo.deleteNote('writing-1', boId)).status).toBe(200);
    await expect.poll(() => heard.at(-1)?.activity).toMatchObject({ phones: 1, writing: { noteCount: 2 } });

    const closed = await service.methods['voting.closeActivity'](undefined);
    expect(closed.activity).toMatchObject({ status: 'closed', revealed: false });
    expect(closed.activity?.writing?.notes.map((note) => note.text)).toEqual([
      'The depot Wi-Fi',
      'Night shift handover',
    ]);
    // Anonymous: no note carries who wrote it.
    for (const note of closed.activity?.writing?.notes ?? []) {
      expect(Object.keys(note).sort()).toEqual(['id', 'text', 'writtenAt']);
    }
    expect(JSON.stringify(closed)).not.toContain(ada.deviceId);
    expect(errorCode(await ada.note('writing-1', 'Too late'))).toBe('activity-closed');
    expect((await bo.note('writing-1', 'Too late')).status).toBe(409);

    clock = new Date('2026-03-01T10:05:00.000Z');
    const revealed = await service.methods['voting.revealActivity'](undefined);
    expect(revealed.activity).toMatchObject({ revealed: true, revealedAt: '2026-03-01T10:05:00.000Z' });
    for (const state of heard) expect(VotingStateSchema.safeParse(state).success).toBe(true);

    // The journal keeps who wrote which note (for limits and "my notes"); nothing else does.
    expect(journalLines('writing-1').map((line) => line.type)).toEqual([
      'activity',
      'note',
      'note',
      'note',
      'note-deleted',
      'closed',
      'revealed',
    ]);
    const recorded = await service.methods['voting.listRecordedActivities']({ workshopId: 'workshop-a' });
    expect(recorded).toEqual([revealed.activity]);
    expect(JSON.stringify(recorded)).not.toContain('device:');
    expect(await service.methods['voting.listRecordedActivities']({ workshopId: 'workshop-b' })).toEqual([]);
  });

  it('bounds every note: length, empty, five per phone even when sent at once', async () => {
    const service = startService();
    const room = await openRoom(service);
    await openWriting(service);
    const phone = await joinedPhone(room);
    expect(errorCode(await phone.note('writing-1', 'x'.repeat(281)))).toBe('note-too-long');
    expect((await phone.note('writing-1', 'x'.repeat(280))).status).toBe(200);
    expect(errorCode(await phone.note('writing-1', '   \u0000 '))).toBe('invalid-request');
    const burst = await Promise.all(
      Array.from({ length: 8 }, (_, index) => phone.note('writing-1', `idea ${index}`)),
    );
    expect(burst.filter((result) => result.status === 200)).toHaveLength(4);
    expect(burst.filter((result) => errorCode(result) === 'too-many-notes')).toHaveLength(4);
    expect((await activityOn(phone))?.writing?.myNotes).toHaveLength(5);
    expect(journalLines('writing-1').filter((line) => line.type === 'note')).toHaveLength(5);
  });

  it('takes nothing past its time limit', async () => {
    const service = startService();
    const room = await openRoom(service);
    clock = new Date();
    await openWriting(service, 'writing-1', 10);
    const phone = await joinedPhone(room);
    expect((await phone.note('writing-1', 'In time')).status).toBe(200);
    clock = new Date(clock.getTime() + 10_000);
    // Past the time limit nothing more is taken, even before the timer closes it.
    expect(errorCode(await phone.note('writing-1', 'Late'))).toBe('activity-closed');
  });

  it('comes back open after a host restart with its notes', async () => {
    const first = startService();
    const room = await openRoom(first);
    await openWriting(first);
    const phone = await joinedPhone(room);
    expect((await phone.note('writing-1', 'Kept across a restart')).status).toBe(200);
    await first.dispose();
    const second = startService();
    const state = await second.methods['voting.getState'](undefined);
    expect(state.activity).toMatchObject({ status: 'open', writing: { noteCount: 1 } });
    const closed = await second.methods['voting.closeActivity'](undefined);
    expect(closed.activity?.writing?.notes.map((note) => note.text)).toEqual(['Kept across a restart']);
  });
});

describe('a dot vote', () => {
  it('takes whole allocations within the budget on known items; totals only once closed', async () => {
    const service = startService();
    const room = await openRoom(service);
    const opened = await openDots(service);
    expect(opened.activity?.dots).toEqual({ dotsPerPhone: 3, items: ITEMS, dotsPlaced: 0, totals: [] });
    const [ada, bo] = [await joinedPhone(room), await joinedPhone(room)];
    expect((await ada.placeDots('dots-1', { 'action-2': 2, 'action-1': 1 })).status).toBe(200);
    // Replacing, not adding: Ada moves a dot.
    const moved = await ada.placeDots('dots-1', { 'action-2': 3 });
    expect((moved.reply.json as { activity: PhoneActivity }).activity.dots?.myDots).toEqual({
      'action-2': 3,
    });
    expect(errorCode(await bo.placeDots('dots-1', { 'action-1': 2, 'action-3': 2 }))).toBe('too-many-dots');
    expect(errorCode(await bo.placeDots('dots-1', { 'action-9': 1 }))).toBe('unknown-item');
    expect(errorCode(await bo.note('dots-1', 'A note in a dot vote'))).toBe('wrong-activity');
    expect((await bo.placeDots('dots-1', { 'action-3': 1, 'action-1': 1 })).status).toBe(200);

    await expect.poll(() => heard.at(-1)?.activity?.dots?.dotsPlaced).toBe(5);
    expect(heard.at(-1)?.activity).toMatchObject({ phones: 2, dots: { totals: [] } });
    expect((await activityOn(bo))?.dots?.myDots).toEqual({ 'action-3': 1, 'action-1': 1 });
    expect(JSON.stringify(await activityOn(bo))).not.toContain('"action-2":3');

    const revealed = await service.methods['voting.revealActivity'](undefined);
    expect(revealed.activity).toMatchObject({ status: 'closed', revealed: true });
    expect(revealed.activity?.dots?.totals).toEqual([
      { itemId: 'action-2', dots: 3 },
      { itemId: 'action-1', dots: 1 },
      { itemId: 'action-3', dots: 1 },
    ]);
    expect(errorCode(await bo.placeDots('dots-1', {}))).toBe('activity-closed');
  });
});

describe('one thing at a time in the room', () => {
  it('refuses an activity while a round is open, a round while an activity is open, and without a room', async () => {
    const service = startService();
    await expect(openWriting(service)).rejects.toMatchObject({ code: 'conflict' });
    await openRoom(service);
    const round = {
      ...OF_A,
      roundId: 'round-1',
      number: 1,
      questionIds: ['data' as const],
      mode: 'phones' as const,
      durationSeconds: null,
      askConfidence: false,
    };
    await service.methods['voting.openRound'](round);
    await expect(openWriting(service)).rejects.toMatchObject({
      message: expect.stringContaining('round is open'),
    });
    await service.methods['voting.closeRound'](undefined);
    await openWriting(service);
    await expect(openDots(service)).rejects.toMatchObject({ code: 'conflict' });
    await expect(service.methods['voting.openRound']({ ...round, roundId: 'round-2' })).rejects.toMatchObject(
      {
        message: expect.stringContaining('activity'),
      },
    );
    await expect(
      service.methods['voting.openActivity']({
        activityId: 'writing-2',
        workshopId: 'workshop-b',
        workshopPath: '/library/b.readyroom',
        kind: 'writing',
        prompt: 'Another workshop',
        durationSeconds: null,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await service.methods['voting.revealActivity'](undefined);
    await expect(openWriting(service)).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('confidence with each answer', () => {
  it('keeps "how sure" 1-5 when the round asks, refuses out of range, and leaves it optional', async () => {
    const service = startService();
    const room = await openRoom(service);
    await service.methods['voting.openRound']({
      ...OF_A,
      roundId: 'round-1',
      number: 1,
      questionIds: ['data', 'buyIn'],
      mode: 'phones',
      durationSeconds: null,
      askConfidence: true,
    });
    const phone = await joinedPhone(room);
    expect((await phone.vote('round-1', 'data', 'partly', 2)).status).toBe(200);
    expect((await phone.vote('round-1', 'buyIn', 'yes')).status).toBe(200);
    expect(errorCode(await phone.vote('round-1', 'data', 'no', 6))).toBe('invalid-request');
    expect(errorCode(await phone.vote('round-1', 'data', 'no', 0))).toBe('invalid-request');
    const round = ((await phone.state()).json as PhoneState).round;
    expect(round).toMatchObject({ askConfidence: true, myConfidence: { data: 2 } });
    const closed = await service.methods['voting.closeRound'](undefined);
    expect(closed.round?.askConfidence).toBe(true);
    expect(closed.round?.ballots.map(({ questionId, confidence }) => ({ questionId, confidence }))).toEqual([
      { questionId: 'data', confidence: 2 },
      { questionId: 'buyIn', confidence: null },
    ]);
    const recorded = await service.methods['voting.listRecordedRounds']({ workshopId: 'workshop-a' });
    expect(recorded[0]).toMatchObject({ askConfidence: true });
  });
});
