/**
 * Opening a huge file must not stall the voting room, which shares the host's event loop.
 * 50 simulated phones vote on loopback, a ballot every 10 ms, while the facilitator opens
 * and imports a 200 MB `.readyroom` file (refused from its size, naming the limit) and opens
 * a 10 MB one with 10,000 stakeholders (allowed, parsed on the worker thread). No ballot may wait more than 100 ms,
 * counted from when it was due, not from when a stalled loop got round to sending it.
 *
 * The files are generated in a temporary folder and deleted afterwards.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchHostCall } from '../../shared/host-api/dispatch';
import { HostError } from '../../shared/host-api/errors';
import { serialiseWorkshop } from '../../shared/workshop/file';
import { QUESTION_IDS, type Answer } from '../../shared/workshop/readiness';
import type { Host } from '../../electron/host/create-host';
import { filesParsedOnWorkerThread } from '../../electron/host/documents/off-thread-parse';
import { generateLargeWorkshop } from '../fixtures/large-workshop';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { createTestHost } from '../support/test-host';
import { ONE_ADDRESS_ROOM_LIMITS } from '../voting/support/one-address-limits';
import { SimulatedPhone } from '../voting/support/simulated-phone';
import { TEST_ROOM, TEST_WORKSHOP } from '../voting/support/test-workshop';

const PHONES = 50;
const BALLOT_EVERY_MS = 10;
const MAX_BALLOT_WAIT_MS = 100;
const ANSWERS: readonly Answer[] = ['yes', 'partly', 'no'];

let data: ReturnType<typeof makeTemporaryDirectory>;
let host: Host;
const phones: SimulatedPhone[] = [];

/**
 * Writes a workshop file of at least `sizeBytes`: a valid workshop with `stakeholders`
 * people on its map, then spaces (valid JSON whitespace) up to the size.
 */
function writeWorkshopFile(filePath: string, sizeBytes: number, stakeholders = 60): void {
  const workshop = generateLargeWorkshop({ stakeholders, relationships: stakeholders });
  const head = Buffer.from(serialiseWorkshop(workshop), 'utf8');
  const padding = Buffer.alloc(8 * 1024 * 1024, 0x20);
  const file = openSync(filePath, 'w');
  try {
    writeSync(file, head);
    for (let written = head.length; written < sizeBytes; written += padding.length) {
      writeSync(file, padding, 0, Math.min(padding.length, sizeBytes - written));
    }
  } finally {
    closeSync(file);
  }
}

function call(method: string, input: unknown): Promise<unknown> {
  return dispatchHostCall(host.methods, method, input);
}

beforeAll(() => {
  data = makeTemporaryDirectory('readyroom-large-file-');
  host = createTestHost(data.path, { voting: { roomLimits: ONE_ADDRESS_ROOM_LIMITS } });
});

afterAll(async () => {
  for (const phone of phones) phone.close();
  await host.dispose();
  data.remove();
});

describe('a 200 MB file opened while 50 phones vote', () => {
  it('is refused by its size, naming the limit, and no ballot waits more than 100 ms', async () => {
    const library = ((await call('documents.list', undefined)) as { folder: string }).folder;
    const huge = path.join(library, 'huge.readyroom');
    const large = path.join(library, 'large.readyroom');
    writeWorkshopFile(huge, 200 * 1024 * 1024);
    // About 10 MB of real content: parsing and validating it takes a few hundred ms.
    writeWorkshopFile(large, 0, 10_000);

    const room = (await call('voting.openRoom', {
      address: '127.0.0.1',
      namedVoting: false,
      ...TEST_ROOM,
    })) as {
      room: { status: string; code: string; joinUrl: string };
    };
    expect(room.room.status).toBe('open');
    await call('voting.openRound', {
      ...TEST_WORKSHOP,
      roundId: 'during-open',
      number: 1,
      questionIds: [...QUESTION_IDS],
      mode: 'phones',
      durationSeconds: null,
    });
    const origin = new URL(room.room.joinUrl).origin;
    for (let index = 0; index < PHONES; index += 1) phones.push(new SimulatedPhone(origin));
    await Promise.all(phones.map((phone) => phone.join(room.room.code)));

    // Ballots on a fixed schedule; each one's wait is counted from when it was due.
    const waits: number[] = [];
    const refusedBallots: string[] = [];
    const ballots: Promise<void>[] = [];
    let stop = false;
    const started = performance.now();
    const schedule = async () => {
      for (let index = 0; !stop; index += 1) {
        const due = started + index * BALLOT_EVERY_MS;
        const delay = due - performance.now();
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        const phone = phones[index % PHONES];
        if (phone === undefined) continue;
        const questionId = QUESTION_IDS[index % QUESTION_IDS.length] ?? 'ownership';
        ballots.push(
          phone.vote('during-open', questionId, ANSWERS[index % ANSWERS.length] ?? 'yes').then((result) => {
            waits.push(performance.now() - due);
            if (result.status !== 200) refusedBallots.push(`${result.status} ${result.reply.text}`);
          }),
        );
      }
    };
    const voting = schedule();

    // Let the room settle into its rhythm, then the facilitator opens the files.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const refusals: HostError[] = [];
    for (const attempt of [
      () => call('documents.open', { path: huge, sessionId: 'window-1', takeOver: false }),
      () => call('documents.importFile', { sourcePath: huge }),
    ]) {
      await attempt().then(
        () => refusals.push(new HostError('internal', 'the 200 MB file was accepted')),
        (error: unknown) => refusals.push(error as HostError),
      );
    }
    const parsedBefore = filesParsedOnWorkerThread();
    const opened = (await call('documents.open', {
      path: large,
      sessionId: 'window-1',
      takeOver: false,
    })) as {
      workshop: { meta: { title: string } };
    };
    expect(filesParsedOnWorkerThread() - parsedBefore).toBe(1);
    expect(opened.workshop.meta.title).not.toBe('');
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop = true;
    await voting;
    await Promise.all(ballots);

    for (const refusal of refusals) {
      expect(refusal).toBeInstanceOf(HostError);
      expect(refusal.message).toContain(
        '"huge.readyroom" is 200 MB, more than the 32 MB a ReadyRoom workshop file can be',
      );
    }
    expect(refusedBallots).toEqual([]);
    expect(waits.length).toBeGreaterThan(50);
    const longest = Math.max(...waits);
    expect(longest, `the longest ballot waited ${Math.round(longest)} ms`).toBeLessThanOrEqual(
      MAX_BALLOT_WAIT_MS,
    );
  }, 120_000);
});
