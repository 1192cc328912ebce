import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VotingState } from '../../../shared/host-api/voting-contract';
import { VotingStateSchema } from '../../../shared/host-api/voting-contract';
import { makeTemporaryDirectory } from '../../../test/support/temporary-directory';
import { SimulatedPhone } from '../../../test/voting/support/simulated-phone';
import { HostEventHub } from '../event-hub';
import { LOOPBACK_ROOM_ADDRESS } from './addresses';
import { createVotingService, type VotingService } from './voting-service';

/** The workshop that opens the room and its rounds in these tests. */
const OF_WORKSHOP_A = { workshopId: 'workshop-a', workshopPath: '/library/a.readyroom' } as const;
const ROOM_OF_A = { ...OF_WORKSHOP_A, rehearsalPhones: 0 } as const;

let folder: ReturnType<typeof makeTemporaryDirectory>;
let events: HostEventHub;
let heard: VotingState[];
const services: VotingService[] = [];
const phones: SimulatedPhone[] = [];

function startService(): VotingService {
  const service = createVotingService({
    dataDirectory: folder.path,
    rendererDirectory: folder.path,
    events,
    listAddresses: () => [LOOPBACK_ROOM_ADDRESS],
    now: () => new Date('2026-03-01T10:00:00.000Z'),
    countsIntervalMs: 20,
  });
  services.push(service);
  return service;
}

beforeEach(() => {
  folder = makeTemporaryDirectory('readyroom-voting-');
  events = new HostEventHub();
  heard = [];
  events.subscribe((name, payload) => {
    if (name === 'voting.onDidChange') heard.push(payload as VotingState);
  });
});
afterEach(async () => {
  for (const phone of phones.splice(0)) phone.close();
  for (const service of services.splice(0)) await service.dispose();
  folder.remove();
});

const openRound = (service: VotingService, roundId = 'round-1', mode: 'phones' | 'keypad' = 'keypad') =>
  service.methods['voting.openRound']({
    roundId,
    ...OF_WORKSHOP_A,
    number: 1,
    questionIds: ['ownership', 'data'],
    mode,
    durationSeconds: 120,
    askConfidence: false,
  });

async function joinedPhone(state: VotingState, name?: string): Promise<SimulatedPhone> {
  if (state.room.status !== 'open') throw new Error('the room is not open');
  const phone = new SimulatedPhone(new URL(state.room.joinUrl).origin);
  phones.push(phone);
  await phone.join(state.room.code, name);
  return phone;
}

describe('the voting service', () => {
  it('starts with the room closed and no round', async () => {
    const service = startService();
    expect(await service.methods['voting.getState'](undefined)).toEqual({
      room: { status: 'closed' },
      round: null,
      activity: null,
    });
    expect(await service.methods['voting.listAddresses'](undefined)).toEqual([LOOPBACK_ROOM_ADDRESS]);
  });

  it('opens the room only on a listed address, once, and closes it', async () => {
    const service = startService();
    for (const address of ['0.0.0.0', '192.0.2.1', '::']) {
      await expect(
        service.methods['voting.openRoom']({ address, namedVoting: false, ...ROOM_OF_A }),
      ).rejects.toMatchObject({
        code: 'invalid-argument',
      });
    }
    const opened = await service.methods['voting.openRoom']({
      address: '127.0.0.1',
      namedVoting: false,
      ...ROOM_OF_A,
    });
    expect(VotingStateSchema.parse(opened)).toEqual(opened);
    expect(opened.room).toMatchObject({
      status: 'open',
      address: '127.0.0.1',
      namedVoting: false,
      connectedDevices: 0,
    });
    if (opened.room.status !== 'open') throw new Error('not open');
    expect(opened.room.code).toMatch(/^[A-HJ-KM-NP-Z2-9]{6}$/);
    expect(opened.room.joinUrl).toBe(`http://127.0.0.1:${opened.room.port}/join?code=${opened.room.code}`);
    await expect(
      service.methods['voting.openRoom']({ address: '127.0.0.1', namedVoting: false, ...ROOM_OF_A }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await service.methods['voting.closeRoom'](undefined)).room).toEqual({ status: 'closed' });
    expect((await service.methods['voting.closeRoom'](undefined)).room).toEqual({ status: 'closed' });
    expect(heard.at(-1)?.room).toEqual({ status: 'closed' });
  });

  it('runs a keypad round: counts only while open, ballots once closed, results once revealed', async () => {
    const service = startService();
    const opened = await openRound(service);
    expect(opened.round).toMatchObject({
      status: 'open',
      closesAt: '2026-03-01T10:02:00.000Z',
      ballots: [],
      results: null,
    });
    await service.methods['voting.castKeypadBallot']({
      voterNumber: 1,
      questionId: 'ownership',
      answer: 'yes',
    });
    await service.methods['voting.castKeypadBallot']({
      voterNumber: 1,
      questionId: 'ownership',
      answer: 'no',
    });
    const counted = await service.methods['voting.castKeypadBallot']({
      voterNumber: 2,
      questionId: 'data',
      answer: 'partly',
    });
    expect(counted.round).toMatchObject({
      ballotCounts: { ownership: 1, data: 1 },
      results: null,
      ballots: [],
    });
    await expect(service.methods['voting.reveal'](undefined)).rejects.toMatchObject({ code: 'conflict' });
    await expect(openRound(service, 'round-2')).rejects.toMatchObject({ code: 'conflict' });

    const closed = await service.methods['voting.closeRound'](undefined);
    expect(closed.round?.status).toBe('closed');
    expect(closed.round?.results).toBeNull();
    expect(
      closed.round?.ballots.map(({ voter, questionId, answer }) => ({ voter, questionId, answer })),
    ).toEqual([
      { voter: { kind: 'label', label: 'Keypad voter 1' }, questionId: 'ownership', answer: 'no' },
      { voter: { kind: 'label', label: 'Keypad voter 2' }, questionId: 'data', answer: 'partly' },
    ]);
    // Closing twice (a double click, a reloaded window) changes nothing.
    expect(await service.methods['voting.closeRound'](undefined)).toEqual(closed);
    await expect(
      service.methods['voting.castKeypadBallot']({ voterNumber: 3, questionId: 'data', answer: 'yes' }),
    ).rejects.toMatchObject({ code: 'conflict' });

    const revealed = await service.methods['voting.reveal'](undefined);
    expect(revealed.round?.results).toEqual({
      ownership: { yes: 0, partly: 0, no: 1 },
      data: { yes: 0, partly: 1, no: 0 },
    });
    expect(heard.at(-1)).toEqual(revealed);
    for (const state of heard) expect(VotingStateSchema.safeParse(state).success).toBe(true);
  });

  it('refuses keypad ballots with no open round or on a question the round does not ask', async () => {
    const service = startService();
    await expect(
      service.methods['voting.castKeypadBallot']({ voterNumber: 1, questionId: 'data', answer: 'yes' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await openRound(service);
    await expect(
      service.methods['voting.castKeypadBallot']({ voterNumber: 1, questionId: 'metrics', answer: 'yes' }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('refuses round ids that are not safe file names, and a round id that already ran', async () => {
    const service = startService();
    await expect(openRound(service, '../escape')).rejects.toMatchObject({ code: 'invalid-argument' });
    await openRound(service, 'round-1');
    await service.methods['voting.closeRound'](undefined);
    await expect(openRound(service, 'round-1')).rejects.toMatchObject({ code: 'conflict' });
    await expect(service.methods['voting.closeRound'](undefined)).resolves.toBeTruthy();
  });

  it('counts phone ballots once per device per question and tells the window in batches', async () => {
    const service = startService();
    const room = await service.methods['voting.openRoom']({
      address: '127.0.0.1',
      namedVoting: false,
      ...ROOM_OF_A,
    });
    await openRound(service, 'round-1', 'phones');
    const phone = await joinedPhone(room);
    for (const answer of ['yes', 'partly', 'no'] as const) {
      expect((await phone.vote('round-1', 'ownership', answer)).status).toBe(200);
    }
    await expect.poll(() => heard.at(-1)?.round?.ballotCounts).toEqual({ ownership: 1, data: 0 });
    const closed = await service.methods['voting.closeRound'](undefined);
    expect(closed.round?.ballots).toEqual([
      expect.objectContaining({ voter: { kind: 'device', deviceId: phone.deviceId }, answer: 'no' }),
    ]);
  });

  it('labels phone ballots with the name given at join when named voting is on', async () => {
    const service = startService();
    const room = await service.methods['voting.openRoom']({
      address: '127.0.0.1',
      namedVoting: true,
      ...ROOM_OF_A,
    });
    await openRound(service, 'round-1', 'phones');
    const phone = await joinedPhone(room, '  Ada\u0000 Lovelace ');
    expect((await phone.vote('round-1', 'data', 'yes')).status).toBe(200);
    const closed = await service.methods['voting.closeRound'](undefined);
    expect(closed.round?.ballots[0]?.voter).toEqual({ kind: 'label', label: 'Ada Lovelace' });
  });

  it('survives a host restart: the open round and every acknowledged ballot come back from the journal', async () => {
    const first = startService();
    await openRound(first);
    for (let voter = 1; voter <= 20; voter += 1) {
      await first.methods['voting.castKeypadBallot']({
        voterNumber: voter,
        questionId: 'ownership',
        answer: 'yes',
      });
    }
    await first.methods['voting.castKeypadBallot']({ voterNumber: 1, questionId: 'ownership', answer: 'no' });
    const before = await first.methods['voting.getState'](undefined);
    // The host stops without closing the round (a crash looks the same to the journal).
    await first.dispose();

    const second = startService();
    const after = await second.methods['voting.getState'](undefined);
    expect(after.room).toEqual({ status: 'closed' });
    expect(after.round).toEqual(before.round);
    await second.methods['voting.castKeypadBallot']({
      voterNumber: 21,
      questionId: 'data',
      answer: 'partly',
    });
    const closed = await second.methods['voting.closeRound'](undefined);
    expect(closed.round?.ballots).toHaveLength(21);
    expect(
      closed.round?.ballots.find(
        (ballot) => ballot.voter.kind === 'label' && ballot.voter.label === 'Keypad voter 1',
      )?.answer,
    ).toBe('no');

    // A closed round is history: the next start does not bring it back.
    await second.dispose();
    expect((await startService().methods['voting.getState'](undefined)).round).toBeNull();
  });

  it('binds the room to one workshop: another is refused, releasing the file stops the room', async () => {
    const service = startService();
    const opened = await service.methods['voting.openRoom']({
      address: '127.0.0.1',
      namedVoting: false,
      ...ROOM_OF_A,
    });
    if (opened.room.status !== 'open') throw new Error('not open');
    expect(opened.room.workshopId).toBe('workshop-a');
    await openRound(service, 'round-a', 'phones');
    const phone = await joinedPhone(opened);
    expect((await phone.vote('round-a', 'ownership', 'yes')).status).toBe(200);

    const ofB = { workshopId: 'workshop-b', workshopPath: '/library/b.readyroom' };
    await expect(
      service.methods['voting.openRoom']({
        address: '127.0.0.1',
        namedVoting: false,
        ...ofB,
        rehearsalPhones: 0,
      }),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/another workshop/) });
    await service.methods['voting.closeRound'](undefined);
    await expect(
      service.methods['voting.openRound']({
        roundId: 'round-b',
        ...ofB,
        number: 1,
        questionIds: ['ownership'],
        mode: 'phones',
        durationSeconds: null,
        askConfidence: false,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });

    // Another file closing changes nothing; A's file closing stops the room.
    await service.releaseDocument('/library/b.readyroom');
    expect((await service.methods['voting.getState'](undefined)).room.status).toBe('open');
    await openRound(service, 'round-a2', 'phones');
    await service.releaseDocument('/library/a.readyroom');
    const released = await service.methods['voting.getState'](undefined);
    expect(released.room).toEqual({ status: 'closed' });
    expect(released.round).toMatchObject({ roundId: 'round-a2', status: 'closed' });
    expect((await phone.state().catch(() => ({ status: 0 }))).status).toBe(0);

    // Both rounds are on record for A (and only for A), with their ballots.
    const recorded = await service.methods['voting.listRecordedRounds']({ workshopId: 'workshop-a' });
    expect(recorded.map((round) => [round.roundId, round.ballots.length])).toEqual([
      ['round-a', 1],
      ['round-a2', 0],
    ]);
    expect(await service.methods['voting.listRecordedRounds']({ workshopId: 'workshop-b' })).toEqual([]);
    // Now B may open the room.
    const ofBRoom = await service.methods['voting.openRoom']({
      address: '127.0.0.1',
      namedVoting: false,
      ...ofB,
      rehearsalPhones: 0,
    });
    expect(ofBRoom.room).toMatchObject({ status: 'open', workshopId: 'workshop-b' });
  });

  it('checks that the open room answers, and says a 127.0.0.1 room is for this computer only', async () => {
    const service = startService();
    expect(await service.methods['voting.checkRoom'](undefined)).toEqual({
      reachable: false,
      message: 'The voting room is not open.',
    });
    await service.methods['voting.openRoom']({ address: '127.0.0.1', namedVoting: false, ...ROOM_OF_A });
    const check = await service.methods['voting.checkRoom'](undefined);
    expect(check.reachable).toBe(true);
    expect(check.message).toMatch(
      /answers on this computer \(\d+ ms\), but phones cannot reach 127\.0\.0\.1\.$/,
    );
  });

  it('rehearses with simulated phones that join and vote in each phone round, on loopback only', async () => {
    const service = createVotingService({
      dataDirectory: folder.path,
      rendererDirectory: folder.path,
      events,
      listAddresses: () => [{ address: '127.0.0.2', label: 'test', isPrivate: false }, LOOPBACK_ROOM_ADDRESS],
      countsIntervalMs: 20,
    });
    services.push(service);
    await expect(
      service.methods['voting.openRoom']({
        address: '127.0.0.2',
        namedVoting: false,
        ...OF_WORKSHOP_A,
        rehearsalPhones: 3,
      }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
    const opened = await service.methods['voting.openRoom']({
      address: '127.0.0.1',
      namedVoting: false,
      ...OF_WORKSHOP_A,
      rehearsalPhones: 6,
    });
    expect(opened.room).toMatchObject({ status: 'open', rehearsal: true });
    await openRound(service, 'rehearsal-1', 'phones');
    const started = Date.now();
    let state = await service.methods['voting.getState'](undefined);
    while (
      (state.round?.ballotCounts.ownership ?? 0) < 6 ||
      (state.round?.ballotCounts.data ?? 0) < 6 ||
      (state.room.status === 'open' && state.room.connectedDevices < 6)
    ) {
      if (Date.now() - started > 15_000)
        throw new Error(`the rehearsal phones did not all vote: ${JSON.stringify(state)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = await service.methods['voting.getState'](undefined);
    }
    const closed = await service.methods['voting.closeRound'](undefined);
    expect(closed.round?.ballots).toHaveLength(12);

    // They write a note each in a writing round, and place every dot in a dot vote.
    const until = async (done: (state: VotingState) => boolean) => {
      const since = Date.now();
      while (!done(await service.methods['voting.getState'](undefined))) {
        if (Date.now() - since > 15_000) throw new Error('the rehearsal phones did not take part');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const activity = { ...OF_WORKSHOP_A, prompt: 'Rehearsal', durationSeconds: null } as const;
    await service.methods['voting.openActivity']({ ...activity, activityId: 'rehearsal-w', kind: 'writing' });
    await until((state) => state.activity?.writing?.noteCount === 6);
    const notes = await service.methods['voting.revealActivity'](undefined);
    expect(new Set(notes.activity?.writing?.notes.map((note) => note.text)).size).toBe(6);
    await service.methods['voting.openActivity']({
      ...activity,
      activityId: 'rehearsal-d',
      kind: 'dots',
      items: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      dotsPerPhone: 2,
    });
    await until((state) => state.activity?.dots?.dotsPlaced === 12);
    expect((await service.methods['voting.closeRoom'](undefined)).room).toEqual({ status: 'closed' });
  });
});
