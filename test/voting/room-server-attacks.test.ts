/**
 * The room server under attack (quality-bars.md, "Room server"), on 127.0.0.1 only: every
 * attack is refused with a clear JSON error and none of it is counted, WHILE honest phones
 * keep voting, and no honest ballot is lost.
 *
 * Every request here comes from 127.0.0.1, so the honest phones and the attacker share one
 * address: the per-address request limit is raised (it has its own test below) and the
 * per-device limit does the work, as it would against one bad phone in a real room.
 */
import http from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VotingState } from '../../shared/host-api/voting-contract';
import type { Answer, QuestionId } from '../../shared/workshop/readiness';
import { HostEventHub } from '../../electron/host/event-hub';
import { LOOPBACK_ROOM_ADDRESS } from '../../electron/host/voting/addresses';
import { createDeviceTokens } from '../../electron/host/voting/device-tokens';
import { journalPath, readRoundJournal } from '../../electron/host/voting/journal';
import { createVotingService, type VotingService } from '../../electron/host/voting/voting-service';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import {
  assertLoopbackOrigin,
  errorCode,
  openRawSocket,
  sendRequest,
  type HttpReply,
} from './support/loopback-http';
import { SimulatedPhone } from './support/simulated-phone';
import { TEST_ROOM, TEST_WORKSHOP } from './support/test-workshop';

const HONEST_PHONES = 20;
const HONEST_ROUNDS = 6;
const QUESTIONS: readonly QuestionId[] = ['ownership', 'data', 'buyIn'];
const ANSWERS: readonly Answer[] = ['yes', 'partly', 'no'];
const HEADERS_TIMEOUT_MS = 1000;
const REQUEST_TIMEOUT_MS = 2000;

let data: ReturnType<typeof makeTemporaryDirectory>;
let renderer: ReturnType<typeof makeTemporaryDirectory>;
let service: VotingService;
let origin: string;
let code: string;
let oldRoomPhone: SimulatedPhone;
const phones: SimulatedPhone[] = [];

function roomOf(state: VotingState) {
  if (state.room.status !== 'open') throw new Error('The room is not open.');
  return state.room;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function phone(): SimulatedPhone {
  const created = new SimulatedPhone(origin);
  phones.push(created);
  return created;
}

beforeAll(async () => {
  data = makeTemporaryDirectory('readyroom-attacks-data-');
  renderer = makeTemporaryDirectory('readyroom-attacks-renderer-');
  mkdirSync(path.join(renderer.path, 'assets'));
  writeFileSync(
    path.join(renderer.path, 'participant.html'),
    '<!doctype html><title>vote</title><script type="module" src="./assets/participant-a1.js"></script>',
  );
  writeFileSync(path.join(renderer.path, 'assets', 'participant-a1.js'), 'console.log("vote")');
  writeFileSync(path.join(renderer.path, 'index.html'), 'FACILITATOR SECRET PAGE');
  writeFileSync(path.join(renderer.path, 'assets', 'index-secret.js'), 'FACILITATOR SECRET SCRIPT');

  service = createVotingService({
    dataDirectory: data.path,
    rendererDirectory: renderer.path,
    events: new HostEventHub(),
    listAddresses: () => [LOOPBACK_ROOM_ADDRESS],
    roomLimits: {
      perAddress: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
      // Honest phones and three attacker phones join first; then the bucket has 9 tries left.
      joinsPerAddress: { capacity: HONEST_PHONES + 3 + 9, refillPerSecond: 0.01 },
      // Every phone here shares 127.0.0.1: without this, a fifth join would release a quiet one.
      devicesPerAddress: 1_000,
      connectionsPerAddress: 1_000,
      headersTimeoutMs: HEADERS_TIMEOUT_MS,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
      timeoutCheckIntervalMs: 200,
    },
  });

  // A phone from an earlier room session: its token must not work in the next room.
  const earlier = roomOf(
    await service.methods['voting.openRoom']({ address: '127.0.0.1', namedVoting: false, ...TEST_ROOM }),
  );
  oldRoomPhone = new SimulatedPhone(new URL(earlier.joinUrl).origin);
  await oldRoomPhone.join(earlier.code);
  await service.methods['voting.closeRoom'](undefined);

  const room = roomOf(
    await service.methods['voting.openRoom']({ address: '127.0.0.1', namedVoting: false, ...TEST_ROOM }),
  );
  origin = assertLoopbackOrigin(new URL(room.joinUrl).origin).origin;
  code = room.code;
  // A round that already closed, for ballots sent to it late.
  await service.methods['voting.openRound']({
    ...TEST_WORKSHOP,
    roundId: 'round-0',
    number: 1,
    questionIds: [...QUESTIONS],
    mode: 'phones',
    durationSeconds: null,
    askConfidence: false,
  });
  await service.methods['voting.closeRound'](undefined);
  await service.methods['voting.openRound']({
    ...TEST_WORKSHOP,
    roundId: 'round-1',
    number: 2,
    questionIds: [...QUESTIONS],
    mode: 'phones',
    durationSeconds: null,
    askConfidence: false,
  });
}, 30_000);

afterAll(async () => {
  for (const created of phones) created.close();
  oldRoomPhone.close();
  await service.dispose();
  data.remove();
  renderer.remove();
});

/** Sends a ballot-shaped request with full control over headers and body. */
function post(pathName: string, body: string | Buffer, headers: Record<string, string>): Promise<HttpReply> {
  return sendRequest(origin, {
    method: 'POST',
    path: pathName,
    headers: { origin, 'content-type': 'application/json', ...headers },
    body,
  });
}

/** A body of `size` bytes sent in chunks without a Content-Length (the cap must hold while streaming). */
function postChunked(token: string, size: number): Promise<number> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: Number(url.port),
        method: 'POST',
        path: '/room/ballot',
        headers: {
          host: url.host,
          origin,
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
        },
        agent: false,
        timeout: 5000,
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? resolve(413) : reject(error),
    );
    request.on('timeout', () => request.destroy(new Error('chunked upload timed out')));
    const chunk = Buffer.alloc(1024, 'a');
    for (let sent = 0; sent < size; sent += chunk.length) request.write(chunk);
    request.end();
  });
}

/** Opens a WebSocket to the room and reports the HTTP status it was refused with (101 when it opened). */
function upgradeStatus(options: { path: string; origin?: string; host?: string }): Promise<number> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${url.port}${options.path}`, {
      ...(options.origin === undefined ? {} : { origin: options.origin }),
      ...(options.host === undefined ? {} : { headers: { host: options.host } }),
      handshakeTimeout: 5000,
    });
    socket.once('open', () => {
      socket.terminate();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', (error) => (socket.readyState === WebSocket.CLOSED ? undefined : reject(error)));
  });
}

/**
 * Holds a connection open by dripping header (or body) bytes every 250 ms for 7.5 s, and
 * resolves with who ended it. Each drip comes well within any idle timeout, so only a limit
 * on the whole request (headers or body) lets the server end it first: the ordering, not a
 * stopwatch, is what shows the limit holds.
 */
async function slowLoris(kind: 'headers' | 'body'): Promise<'server' | 'client'> {
  const socket = await openRawSocket(origin);
  const host = new URL(origin).host;
  let clientGaveUp = false;
  const closed = new Promise<'server' | 'client'>((resolve) =>
    socket.once('close', () => resolve(clientGaveUp ? 'client' : 'server')),
  );
  socket.on('error', () => undefined);
  socket.on('data', () => undefined);
  if (kind === 'headers') socket.write(`POST /room/ballot HTTP/1.1\r\nHost: ${host}\r\n`);
  else
    socket.write(
      `POST /room/ballot HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n`,
    );
  for (let drip = 0; drip < 30 && !socket.destroyed; drip += 1) {
    await delay(250);
    if (!socket.destroyed) socket.write(kind === 'headers' ? 'X-Slow: 1\r\n' : ' ');
  }
  clientGaveUp = !socket.destroyed;
  socket.destroy();
  return closed;
}

describe('the room server under attack', () => {
  it('refuses every attack, counts none of it, and loses no honest ballot', async () => {
    // Everyone joins first (so the wrong-code guessing below cannot lock honest phones out).
    const honest = Array.from({ length: HONEST_PHONES }, () => phone());
    await Promise.all(honest.map((each) => each.join(code)));
    await Promise.all(honest.map((each) => each.openLive()));
    const mallory = phone(); // sends only malformed or misdirected ballots
    const flooder = phone(); // 1,000 requests a second
    const repeater = phone(); // replays one valid ballot
    await Promise.all([mallory.join(code), flooder.join(code), repeater.join(code)]);
    const malloryToken = mallory.token ?? '';

    const lastAcknowledged = new Map<string, Answer>();
    const honestFailures: string[] = [];
    let attacksDone = false;
    const honestVoting = Promise.all(
      honest.map(async (each, phoneIndex) => {
        for (let round = 0; round < HONEST_ROUNDS || !attacksDone; round += 1) {
          if (round > 60) break;
          for (const [questionIndex, questionId] of QUESTIONS.entries()) {
            const answer = ANSWERS[(phoneIndex + questionIndex + round) % ANSWERS.length] ?? 'yes';
            const result = await each.vote('round-1', questionId, answer);
            if (result.status === 200) lastAcknowledged.set(`${each.deviceId}/${questionId}`, answer);
            else honestFailures.push(`${result.status} ${result.reply.text}`);
            await delay(75);
          }
        }
      }),
    );

    const refusals: { attack: string; status: number; code: string | null }[] = [];
    const expectRefused = (attack: string, reply: HttpReply, status: number, expectedCode: string) => {
      refusals.push({ attack, status: reply.status, code: errorCode(reply) });
      expect({ attack, status: reply.status, code: errorCode(reply) }).toEqual({
        attack,
        status,
        code: expectedCode,
      });
      expect(reply.headers['content-type']).toMatch(/^application\/json/);
    };
    const ballot = JSON.stringify({ roundId: 'round-1', questionId: 'ownership', answer: 'no' });
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

    const attacks = async () => {
      // Oversized body: declared, and streamed without a length.
      expectRefused(
        'oversized body',
        await post('/room/ballot', ' '.repeat(5000) + ballot, bearer(malloryToken)),
        413,
        'too-large',
      );
      expect(await postChunked(malloryToken, 64 * 1024)).toBe(413);
      // Invalid JSON, the wrong type, the wrong shape.
      expectRefused(
        'invalid JSON',
        await post('/room/ballot', '{"roundId": "round-1", "questionId":', bearer(malloryToken)),
        400,
        'invalid-json',
      );
      expectRefused(
        'not JSON at all',
        await post('/room/ballot', ballot, { ...bearer(malloryToken), 'content-type': 'text/plain' }),
        415,
        'unsupported-media-type',
      );
      for (const body of [
        { roundId: 'round-1', questionId: 'ownership', answer: 'maybe' },
        { roundId: 'round-1', questionId: 'ownership', answer: 'yes', weight: 1000 },
        [ballot],
        null,
      ]) {
        expectRefused(
          'invalid ballot',
          await post('/room/ballot', JSON.stringify(body), bearer(malloryToken)),
          400,
          'invalid-request',
        );
      }
      // Unknown question, a question this round does not ask, a closed or unknown round.
      for (const questionId of ['budget', 'metrics', '__proto__', 'constructor']) {
        expectRefused(
          'unknown question',
          await post(
            '/room/ballot',
            JSON.stringify({ roundId: 'round-1', questionId, answer: 'yes' }),
            bearer(malloryToken),
          ),
          400,
          'unknown-question',
        );
      }
      for (const roundId of ['round-0', 'no-such-round']) {
        expectRefused(
          'closed round',
          await post(
            '/room/ballot',
            JSON.stringify({ roundId, questionId: 'ownership', answer: 'yes' }),
            bearer(malloryToken),
          ),
          409,
          'round-closed',
        );
      }
      // Forged, replayed and missing device tokens.
      const [, deviceId, signature] = malloryToken.split('.');
      for (const token of [
        '',
        'not-a-token',
        `d1.${deviceId}.${(signature ?? '').replace(/^./, (first) => (first === 'A' ? 'B' : 'A'))}`,
        `d1.${'0'.repeat(32)}.${signature}`,
        createDeviceTokens().issue().token,
        oldRoomPhone.token ?? '',
      ]) {
        expectRefused(
          'forged or replayed token',
          await post('/room/ballot', ballot, bearer(token)),
          401,
          'not-joined',
        );
      }
      expectRefused('no token', await post('/room/ballot', ballot, {}), 401, 'not-joined');
      expectRefused(
        'old room token, state',
        await sendRequest(origin, { path: '/room/state', headers: bearer(oldRoomPhone.token ?? '') }),
        401,
        'not-joined',
      );
      // A replayed ballot is the same vote again: accepted, counted once.
      for (let replay = 0; replay < 15; replay += 1) {
        expect((await repeater.vote('round-1', 'data', 'partly')).status).toBe(200);
      }
      // Wrong room codes, then the join limit for this address.
      const guesses: number[] = [];
      for (let guess = 0; guess < 30; guess += 1) {
        const reply = await post(
          '/room/join',
          JSON.stringify({ code: guess % 2 === 0 ? 'AAAAAA' : 'zzzzzz' }),
          {},
        );
        expect(['wrong-code', 'too-many-requests']).toContain(errorCode(reply));
        expect((reply.json as { token?: string }).token).toBeUndefined();
        guesses.push(reply.status);
      }
      expect(guesses.filter((status) => status === 403).length).toBeGreaterThan(0);
      expect(guesses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(20);
      // Misdirected requests: another Host, another Origin, the wrong method.
      expectRefused(
        'wrong Host',
        await sendRequest(origin, { path: '/join', headers: { host: 'evil.example' } }),
        421,
        'wrong-host',
      );
      expectRefused(
        'localhost is not the bound address',
        await sendRequest(origin, { path: '/join', headers: { host: `localhost:${new URL(origin).port}` } }),
        421,
        'wrong-host',
      );
      expectRefused(
        'wrong Origin on a POST',
        await post('/room/ballot', ballot, { ...bearer(malloryToken), origin: 'http://evil.example' }),
        403,
        'wrong-origin',
      );
      expectRefused(
        'wrong method',
        await sendRequest(origin, { path: '/room/ballot', headers: bearer(malloryToken) }),
        405,
        'method-not-allowed',
      );
      // Requests for the document, the host API, the facilitator's files, or out of the folder.
      for (const [method, pathName] of [
        ['GET', '/documents'],
        ['POST', '/api/call/documents.open'],
        ['POST', '/api/call/voting.getState'],
        ['GET', '/index.html'],
        ['GET', '/participant.html'],
        ['GET', '/assets/index-secret.js'],
        ['GET', '/../index.html'],
        ['GET', '/%2e%2e/index.html'],
        ['GET', '/assets/../index.html'],
        ['GET', '/assets/..%2findex.html'],
        ['GET', '/assets/%2e%2e%2f%2e%2e%2fpackage.json'],
        ['GET', '/room/../index.html'],
        ['GET', '//etc/passwd'],
      ] as const) {
        const reply = await sendRequest(origin, {
          method,
          path: pathName,
          headers: { origin, 'content-type': 'application/json', ...bearer(malloryToken) },
          body: method === 'POST' ? '{"input":{"path":"x"}}' : undefined,
        });
        expectRefused(`request for ${pathName}`, reply, 404, 'not-found');
        expect(reply.text).not.toContain('FACILITATOR');
      }
      // WebSocket upgrades: wrong Origin, wrong Host, wrong path, forged token.
      const live = `/room/live?token=${encodeURIComponent(malloryToken)}`;
      expect(await upgradeStatus({ path: live, origin: 'http://evil.example' })).toBe(403);
      expect(await upgradeStatus({ path: live, origin: 'null' })).toBe(403);
      expect(await upgradeStatus({ path: live, origin, host: 'evil.example' })).toBe(421);
      expect(await upgradeStatus({ path: '/api/events', origin })).toBe(404);
      expect(await upgradeStatus({ path: '/room/live?token=d1.forged', origin })).toBe(401);
      expect(await upgradeStatus({ path: live, origin })).toBe(101);
    };

    const flood = async () => {
      // 1,000 requests in about a second from one device, 100 every 100 ms, 8 connections.
      const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
      const started = performance.now();
      const statuses: number[] = [];
      const waves: Promise<void>[] = [];
      for (let wave = 0; wave < 10; wave += 1) {
        waves.push(
          Promise.all(
            Array.from({ length: 100 }, async () => {
              const reply = await sendRequest(origin, {
                method: 'POST',
                path: '/room/ballot',
                headers: { origin, 'content-type': 'application/json', ...bearer(flooder.token ?? '') },
                body: ballot,
                agent,
              });
              statuses.push(reply.status);
            }),
          ).then(() => undefined),
        );
        await delay(100);
      }
      await Promise.all(waves);
      const seconds = (performance.now() - started) / 1000;
      agent.destroy();
      const accepted = statuses.filter((status) => status === 200).length;
      expect(statuses).toHaveLength(1000);
      expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
      // A burst of 20, then 20 a second.
      expect(accepted).toBeLessThanOrEqual(20 + Math.ceil(20 * seconds) + 5);
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(1000 - accepted);
    };

    const slowConnections = async () => {
      // The limits (1 s for the headers, 2 s for the whole request) are far shorter than the drip.
      const headerEnds = await Promise.all(Array.from({ length: 10 }, () => slowLoris('headers')));
      const bodyEnds = await Promise.all(Array.from({ length: 3 }, () => slowLoris('body')));
      expect(headerEnds).toEqual(Array.from({ length: 10 }, () => 'server'));
      expect(bodyEnds).toEqual(Array.from({ length: 3 }, () => 'server'));
    };

    await Promise.all([attacks(), flood(), slowConnections()]);
    attacksDone = true;
    await honestVoting;
    expect(honestFailures).toEqual([]);
    expect(refusals.length).toBeGreaterThanOrEqual(38);

    const closed = await service.methods['voting.closeRound'](undefined);
    const ballots = closed.round?.ballots ?? [];
    const ballotOf = (deviceId: string | null, questionId: QuestionId) =>
      ballots.filter(
        (counted) =>
          counted.voter.kind === 'device' &&
          counted.voter.deviceId === deviceId &&
          counted.questionId === questionId,
      );

    // Every honest phone's latest acknowledged answer, and nothing else from it.
    for (const each of honest) {
      for (const questionId of QUESTIONS) {
        expect(ballotOf(each.deviceId, questionId).map((counted) => counted.answer)).toEqual([
          lastAcknowledged.get(`${each.deviceId}/${questionId}`),
        ]);
      }
    }
    // Nothing from the attacker's malformed requests; the flood and the replay count at most once.
    for (const questionId of QUESTIONS) expect(ballotOf(mallory.deviceId, questionId)).toEqual([]);
    expect(ballotOf(flooder.deviceId, 'ownership').length).toBeLessThanOrEqual(1);
    expect(ballotOf(repeater.deviceId, 'data')).toHaveLength(1);
    const flooderBallots = ballotOf(flooder.deviceId, 'ownership').length;
    expect(ballots).toHaveLength(HONEST_PHONES * QUESTIONS.length + flooderBallots + 1);
    expect(closed.round?.ballotCounts).toEqual({
      ownership: HONEST_PHONES + flooderBallots,
      data: HONEST_PHONES + 1,
      buyIn: HONEST_PHONES,
    });

    // Too late: the round is closed.
    const late = await honest[0]?.vote('round-1', 'ownership', 'yes');
    expect(late?.status).toBe(409);
    expect((await service.methods['voting.getState'](undefined)).round?.ballots).toEqual(ballots);

    // The journal holds only ballots from joined devices.
    const journal = await readRoundJournal(journalPath(data.path, 'round-1'));
    const known = new Set([...honest, flooder, repeater].map((each) => `device:${each.deviceId}`));
    expect(journal?.skippedLines).toBe(0);
    for (const record of journal?.records ?? []) {
      if (record.type === 'ballot') expect(known.has(record.voterKey)).toBe(true);
    }
    expect(readFileSync(journalPath(data.path, 'round-1'), 'utf8')).not.toContain(
      mallory.deviceId ?? 'never',
    );
  }, 45_000);

  it('serves phones the participant page with a strict CSP, and nothing else', async () => {
    const page = await sendRequest(origin, { path: `/join?code=${code}` });
    expect(page.status).toBe(200);
    expect(page.text).toContain('participant-a1.js');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await sendRequest(origin, { path: '/assets/participant-a1.js' })).status).toBe(200);
    const root = await sendRequest(origin, { path: '/' });
    expect([root.status, root.headers.location]).toEqual([302, '/join']);
  });
});

describe('the per-address limit', () => {
  it('refuses a flood from one address before any token is checked', async () => {
    const folder = makeTemporaryDirectory('readyroom-address-limit-');
    const limited = createVotingService({
      dataDirectory: folder.path,
      rendererDirectory: folder.path,
      events: new HostEventHub(),
      listAddresses: () => [LOOPBACK_ROOM_ADDRESS],
      roomLimits: { perAddress: { capacity: 30, refillPerSecond: 1 } },
    });
    try {
      const room = roomOf(
        await limited.methods['voting.openRoom']({ address: '127.0.0.1', namedVoting: false, ...TEST_ROOM }),
      );
      const roomOrigin = new URL(room.joinUrl).origin;
      const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
      const replies = await Promise.all(
        Array.from({ length: 200 }, () => sendRequest(roomOrigin, { path: '/room/state', agent })),
      );
      agent.destroy();
      const statuses = replies.map((reply) => reply.status);
      expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(35);
      expect(
        replies.filter((reply) => errorCode(reply) === 'too-many-requests').length,
      ).toBeGreaterThanOrEqual(165);
      expect(replies.find((reply) => reply.status === 429)?.headers['retry-after']).toBe('1');
    } finally {
      await limited.dispose();
      folder.remove();
    }
  });
});
