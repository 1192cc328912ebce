/**
 * The facilitator opening a huge workshop file while a room votes, shared by the test that
 * checks what happens (`test/security/large-file-while-voting.test.ts`) and the benchmark
 * that times how long ballots wait meanwhile (`test/bench/groups/large-file.ts`).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatchHostCall } from '../../../shared/host-api/dispatch';
import { serialiseWorkshop } from '../../../shared/workshop/file';
import { QUESTION_IDS, type Answer } from '../../../shared/workshop/readiness';
import type { Host } from '../../../electron/host/create-host';
import { filesParsedOnWorkerThread } from '../../../electron/host/documents/off-thread-parse';
import { generateLargeWorkshop } from '../../fixtures/large-workshop';
import { SimulatedPhone } from './simulated-phone';
import { TEST_ROOM, TEST_WORKSHOP } from './test-workshop';

const PHONES = 50;
const BALLOT_EVERY_MS = 10;
/** Voting before and after the files open: the room settles into its rhythm first. */
const SETTLE_MS = 300;
const ANSWERS: readonly Answer[] = ['yes', 'partly', 'no'];

/** The two files: one over the size limit, one large but allowed. */
export interface LargeFiles {
  /** 200 MB: refused from its size. */
  readonly huge: string;
  /** About 10 MB of real content (10,000 stakeholders): parsed on the worker thread. */
  readonly large: string;
}

/** What opening the files gave. */
export interface OpenedLargeFiles {
  /** What `documents.open` and `documents.importFile` threw for the huge file (null: it did not). */
  readonly refusals: readonly unknown[];
  /** How many files the host parsed on its worker thread while opening the large one. */
  readonly parsedOnWorkerThread: number;
  /** The title of the large workshop as opened. */
  readonly openedTitle: string;
}

/** How the room's ballots fared while something ran. */
export interface VotingMeanwhile {
  /** Each acknowledged ballot's wait in ms, counted from when it was due, in the order they came back. */
  readonly waits: readonly number[];
  /** How many ballots came back while `during` ran (not before or after it). */
  readonly answeredDuring: number;
  /** The ballots the room refused, as status and reply. */
  readonly refusedBallots: readonly string[];
}

function call(host: Host, method: string, input: unknown): Promise<unknown> {
  return dispatchHostCall(host.methods, method, input);
}

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

/** Writes both files into the host's library folder (before any voting: the writes block). */
export async function writeLargeFiles(host: Host): Promise<LargeFiles> {
  const library = ((await call(host, 'documents.list', undefined)) as { folder: string }).folder;
  const files = {
    huge: path.join(library, 'huge.readyroom'),
    large: path.join(library, 'large.readyroom'),
  };
  writeWorkshopFile(files.huge, 200 * 1024 * 1024);
  writeWorkshopFile(files.large, 0, 10_000);
  return files;
}

/** Opens and imports the huge file (each refused), then opens the large one, as the facilitator would. */
export async function openLargeFiles(host: Host, files: LargeFiles): Promise<OpenedLargeFiles> {
  const refusals: unknown[] = [];
  for (const attempt of [
    () => call(host, 'documents.open', { path: files.huge, sessionId: 'window-1', takeOver: false }),
    () => call(host, 'documents.importFile', { sourcePath: files.huge }),
  ]) {
    refusals.push(
      await attempt().then(
        () => null,
        (error: unknown) => error,
      ),
    );
  }
  const parsedBefore = filesParsedOnWorkerThread();
  const opened = (await call(host, 'documents.open', {
    path: files.large,
    sessionId: 'window-1',
    takeOver: false,
  })) as { workshop: { meta: { title: string } } };
  return {
    refusals,
    parsedOnWorkerThread: filesParsedOnWorkerThread() - parsedBefore,
    openedTitle: opened.workshop.meta.title,
  };
}

/**
 * Opens the host's room and a round, has 50 simulated phones join, and sends their ballots
 * on a fixed schedule (one every 10 ms, round robin) for 300 ms, while `during` runs, and
 * 300 ms after. A ballot's wait is counted from when it was due, so a stalled event loop
 * shows even though it also delays the sending.
 */
export async function voteWhile<Result>(
  host: Host,
  during: () => Promise<Result>,
): Promise<VotingMeanwhile & { readonly result: Result }> {
  const room = (await call(host, 'voting.openRoom', {
    address: '127.0.0.1',
    namedVoting: false,
    ...TEST_ROOM,
  })) as { room: { code: string; joinUrl: string } };
  await call(host, 'voting.openRound', {
    ...TEST_WORKSHOP,
    roundId: 'during-open',
    number: 1,
    questionIds: [...QUESTION_IDS],
    mode: 'phones',
    durationSeconds: null,
  });
  const origin = new URL(room.room.joinUrl).origin;
  const phones = Array.from({ length: PHONES }, () => new SimulatedPhone(origin));
  try {
    await Promise.all(phones.map((phone) => phone.join(room.room.code)));
    const waits: number[] = [];
    const refusedBallots: string[] = [];
    const ballots: Promise<void>[] = [];
    let running = false;
    let answeredDuring = 0;
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
          phone.vote('during-open', questionId, ANSWERS[index % ANSWERS.length] ?? 'yes').then((reply) => {
            waits.push(performance.now() - due);
            if (running) answeredDuring += 1;
            if (reply.status !== 200) refusedBallots.push(`${reply.status} ${reply.reply.text}`);
          }),
        );
      }
    };
    const voting = schedule();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    running = true;
    const result = await during().finally(() => {
      running = false;
    });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    stop = true;
    await voting;
    await Promise.all(ballots);
    return { waits, answeredDuring, refusedBallots, result };
  } finally {
    for (const phone of phones) phone.close();
  }
}
