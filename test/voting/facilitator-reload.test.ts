/**
 * The facilitator window reloaded, or its process killed, mid-vote (quality-bars.md): the
 * live state lives in the host, so a fresh window gets it all back from `voting.getState`,
 * and no ballot is lost. The window talks to a real host over the browser shell's loopback
 * transport, as the facilitator UI does when served by `npm run serve`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VotingState } from '../../shared/host-api/voting-contract';
import { QUESTION_IDS, type Answer } from '../../shared/workshop/readiness';
import type { Host } from '../../electron/host/create-host';
import { startLoopbackServer, type LoopbackServer } from '../../electron/serve/loopback-server';
import { TOKEN_HEADER } from '../../shared/host-api/loopback-http';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { createTestHost } from '../support/test-host';
import { sendRequest } from './support/loopback-http';
import { ONE_ADDRESS_ROOM_LIMITS } from './support/one-address-limits';
import { SimulatedPhone } from './support/simulated-phone';
import { TEST_ROOM, TEST_WORKSHOP } from './support/test-workshop';

const TOKEN = 'facilitator-reload-test-token-0123456789';
const PHONES = 40;

/** What a facilitator window holds: calls to the host and the host's event stream. */
class FacilitatorWindow {
  readonly heard: VotingState[] = [];
  readonly #events: WebSocket;

  private constructor(
    readonly server: LoopbackServer,
    events: WebSocket,
  ) {
    this.#events = events;
    events.on('message', (message: Buffer) => {
      const { event, payload } = JSON.parse(message.toString()) as { event: string; payload: unknown };
      if (event === 'voting.onDidChange') this.heard.push(payload as VotingState);
    });
  }

  static async open(server: LoopbackServer): Promise<FacilitatorWindow> {
    const events = new WebSocket(`ws://127.0.0.1:${server.port}/api/events?token=${TOKEN}`, {
      origin: server.origin,
    });
    await new Promise<void>((resolve, reject) => {
      events.once('open', () => resolve());
      events.once('error', reject);
    });
    return new FacilitatorWindow(server, events);
  }

  async call(method: string, input?: unknown): Promise<VotingState> {
    const reply = await sendRequest(this.server.origin, {
      method: 'POST',
      path: `/api/call/${method}`,
      headers: { [TOKEN_HEADER]: TOKEN, 'content-type': 'application/json', origin: this.server.origin },
      body: JSON.stringify({ input }),
    });
    const body = reply.json as { ok: boolean; result?: VotingState; error?: unknown };
    if (!body.ok || body.result === undefined) throw new Error(`${method} failed: ${reply.text}`);
    return body.result;
  }

  /** The renderer process dies: its connection drops without a goodbye. */
  kill(): void {
    this.#events.terminate();
  }
}

let folder: ReturnType<typeof makeTemporaryDirectory>;
let host: Host;
let server: LoopbackServer;
const phones: SimulatedPhone[] = [];

beforeAll(async () => {
  folder = makeTemporaryDirectory('readyroom-facilitator-reload-');
  const rendererDirectory = path.join(folder.path, 'renderer');
  mkdirSync(rendererDirectory);
  host = createTestHost(path.join(folder.path, 'data'), {
    voting: { rendererDirectory, roomLimits: ONE_ADDRESS_ROOM_LIMITS },
  });
  server = await startLoopbackServer({ host, rendererDirectory, token: TOKEN, port: 0 });
});

afterAll(async () => {
  for (const phone of phones) phone.close();
  await server.close();
  await host.dispose();
  folder.remove();
});

describe('a facilitator window reloaded mid-vote', () => {
  it('gets the same live state back and loses no ballot', async () => {
    const first = await FacilitatorWindow.open(server);
    const opened = await first.call('voting.openRoom', {
      address: '127.0.0.1',
      namedVoting: false,
      ...TEST_ROOM,
    });
    if (opened.room.status !== 'open') throw new Error('The room did not open.');
    const { code, joinUrl } = opened.room;
    await first.call('voting.openRound', {
      ...TEST_WORKSHOP,
      roundId: 'reload-round',
      number: 1,
      questionIds: [...QUESTION_IDS],
      mode: 'phones',
      durationSeconds: 300,
    });

    for (let index = 0; index < PHONES; index += 1) phones.push(new SimulatedPhone(new URL(joinUrl).origin));
    await Promise.all(phones.map((phone) => phone.join(code)));
    const acknowledged = new Map<string, Answer>();
    const failures: number[] = [];
    const vote = (questionIndexes: readonly number[]) =>
      Promise.all(
        phones.map(async (phone, phoneIndex) => {
          for (const questionIndex of questionIndexes) {
            const questionId = QUESTION_IDS[questionIndex] ?? 'ownership';
            const answer: Answer =
              (['yes', 'partly', 'no'] as const)[(phoneIndex + questionIndex) % 3] ?? 'yes';
            const result = await phone.vote('reload-round', questionId, answer);
            if (result.status === 200) acknowledged.set(`${phone.deviceId}/${questionId}`, answer);
            else failures.push(result.status);
          }
        }),
      );

    await vote([0]);
    await expect.poll(() => first.heard.at(-1)?.round?.ballotCounts.ownership).toBe(PHONES);

    // The window is killed while phones are voting; a new window loads and asks the host.
    const stillVoting = vote([1, 2]);
    first.kill();
    const second = await FacilitatorWindow.open(server);
    const reloaded = await second.call('voting.getState');
    // These phones hold no live connection, so none is counted as connected; they voted just
    // now, so all count as reconnecting (seen within the grace, no socket).
    expect(reloaded.room).toEqual({ ...opened.room, connectedDevices: 0, reconnectingDevices: PHONES });
    expect(reloaded.round).toMatchObject({
      roundId: 'reload-round',
      status: 'open',
      closesAt: expect.any(String),
    });
    await stillVoting;
    await vote([3]);
    expect(failures).toEqual([]);

    // What the new window sees is exactly the host's state.
    expect(await second.call('voting.getState')).toEqual(await host.methods['voting.getState'](undefined));
    await expect
      .poll(() => second.heard.at(-1)?.round?.ballotCounts)
      .toEqual({
        ownership: PHONES,
        data: PHONES,
        buyIn: PHONES,
        metrics: PHONES,
      });

    const closed = await second.call('voting.closeRound');
    const ballots = closed.round?.ballots ?? [];
    expect(ballots).toHaveLength(acknowledged.size);
    for (const [key, answer] of acknowledged) {
      const [deviceId, questionId] = key.split('/');
      expect(
        ballots
          .filter(
            (ballot) =>
              ballot.voter.kind === 'device' &&
              ballot.voter.deviceId === deviceId &&
              ballot.questionId === questionId,
          )
          .map((ballot) => ballot.answer),
      ).toEqual([answer]);
    }
    // And a third window, after the close, still gets every ballot.
    const third = await FacilitatorWindow.open(server);
    expect((await third.call('voting.getState')).round?.ballots).toEqual(ballots);
    second.kill();
    third.kill();
  }, 30_000);
});
