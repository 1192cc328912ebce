/**
 * A full room on loopback: 300 simulated phones join, hold a live connection, and vote on
 * all four questions at once (some change their minds). Zero ballots may be lost: every
 * acknowledged ballot is counted, once, with the phone's latest answer, and the journal on
 * disk says the same.
 */
import type WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_IDS, type Answer } from '../../shared/workshop/readiness';
import { journalPath, readRoundJournal } from '../../electron/host/voting/journal';
import { RoundLedger } from '../../electron/host/voting/round-ledger';
import type { VotingService } from '../../electron/host/voting/voting-service';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { oneAddressVotingService } from './support/one-address-limits';
import { SimulatedPhone } from './support/simulated-phone';
import { TEST_ROOM, TEST_WORKSHOP } from './support/test-workshop';

const PHONES = 300;
const ANSWERS: readonly Answer[] = ['yes', 'partly', 'no'];

let data: ReturnType<typeof makeTemporaryDirectory>;
let service: VotingService;
const phones: SimulatedPhone[] = [];

beforeAll(() => {
  data = makeTemporaryDirectory('readyroom-many-phones-');
  // One address for every phone: the per-device limits do the work, as they ship.
  service = oneAddressVotingService(data.path);
});

afterAll(async () => {
  for (const phone of phones) phone.close();
  await service.dispose();
  data.remove();
});

function nextMessage(socket: WebSocket): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no push within 10 s')), 10_000);
    socket.once('message', (message: Buffer) => {
      clearTimeout(timer);
      resolve(message.toString());
    });
  });
}

describe('300 phones × 4 questions on loopback', () => {
  it('loses no ballot', async () => {
    const room = await service.methods['voting.openRoom']({
      address: '127.0.0.1',
      namedVoting: false,
      ...TEST_ROOM,
    });
    if (room.room.status !== 'open') throw new Error('The room did not open.');
    const { code, joinUrl } = room.room;
    const origin = new URL(joinUrl).origin;
    await service.methods['voting.openRound']({
      ...TEST_WORKSHOP,
      roundId: 'full-room',
      number: 1,
      questionIds: [...QUESTION_IDS],
      mode: 'phones',
      durationSeconds: null,
      askConfidence: false,
    });

    for (let index = 0; index < PHONES; index += 1) phones.push(new SimulatedPhone(origin));
    await Promise.all(phones.map((phone) => phone.join(code)));
    const sockets = await Promise.all(phones.map((phone) => phone.openLive()));
    await expect
      .poll(async () => {
        const state = await service.methods['voting.getState'](undefined);
        return state.room.status === 'open' ? state.room.connectedDevices : -1;
      })
      .toBe(PHONES);

    const expected = new Map<string, Answer>();
    const failures: string[] = [];
    let acknowledged = 0;
    await Promise.all(
      phones.map(async (phone, phoneIndex) => {
        const answers = QUESTION_IDS.map((questionId, questionIndex) => ({
          questionId,
          answer: ANSWERS[(phoneIndex + questionIndex) % ANSWERS.length] ?? 'yes',
        }));
        // A third of the room changes its mind on the first question.
        if (phoneIndex % 3 === 0) answers.push({ questionId: 'ownership', answer: 'no' });
        for (const { questionId, answer } of answers) {
          const result = await phone.vote('full-room', questionId, answer);
          if (result.status === 200) {
            acknowledged += 1;
            expected.set(`${phone.deviceId}/${questionId}`, answer);
          } else {
            failures.push(`${result.status} ${result.reply.text}`);
          }
        }
      }),
    );
    expect(failures).toEqual([]);
    expect(acknowledged).toBe(PHONES * 4 + PHONES / 3);

    const pushes = Promise.all(sockets.map((socket) => nextMessage(socket)));
    const closed = await service.methods['voting.closeRound'](undefined);
    // Every phone hears that something changed, and fetches its state again.
    expect(new Set(await pushes)).toEqual(new Set(['{"type":"changed"}']));

    const ballots = closed.round?.ballots ?? [];
    expect(ballots).toHaveLength(PHONES * 4);
    expect(closed.round?.ballotCounts).toEqual({
      ownership: PHONES,
      data: PHONES,
      buyIn: PHONES,
      metrics: PHONES,
    });
    const lost = [...expected].filter(([key, answer]) => {
      const [deviceId, questionId] = key.split('/');
      return !ballots.some(
        (ballot) =>
          ballot.voter.kind === 'device' &&
          ballot.voter.deviceId === deviceId &&
          ballot.questionId === questionId &&
          ballot.answer === answer,
      );
    });
    expect(lost).toEqual([]);

    // The journal alone rebuilds the same round.
    const journal = await readRoundJournal(journalPath(data.path, 'full-room'));
    if (journal === null) throw new Error('The journal is missing.');
    expect(journal.skippedLines).toBe(0);
    expect(journal.records.filter((record) => record.type === 'ballot')).toHaveLength(acknowledged);
    const rebuilt = new RoundLedger(journal.round);
    for (const record of journal.records) rebuilt.apply(record);
    expect(rebuilt.ballots()).toEqual(ballots);

    const goodbyes = Promise.all(sockets.map((socket) => nextMessage(socket)));
    await service.methods['voting.closeRoom'](undefined);
    expect(new Set(await goodbyes)).toEqual(new Set(['{"type":"room-closed"}']));
  }, 40_000);
});
