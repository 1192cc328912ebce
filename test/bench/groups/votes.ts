/**
 * `votes`: 500 simulated phones × 4 questions over the room server on loopback (127.0.0.1),
 * against a bare Node `http` server answering the same POSTs, in the same run.
 *
 * Each sample is one burst: every phone sends its four ballots one after another, all
 * phones at once, over its own keep-alive connection (as a room does when the facilitator
 * says "vote now"). Room bursts and bare bursts alternate, after unmeasured warm-up bursts;
 * 7 measured bursts are 14,000 ballots, so the p99 rests on 140 of them. The baseline is
 * shaped the same: the same phones, requests, bodies and keep-alive agents, and it answers
 * each ballot with the very reply the room gave to one (same length), so the difference is
 * the room's own work. After each room burst the round is closed and every acknowledged
 * ballot is looked for.
 *
 * Two more figures (issue #17), from 300 more phones on a thread of their own, each on its
 * own loopback address (127.0.1.x, 127.0.2.x): a join storm (all 300 join within 2 s,
 * evenly spaced; POST /room/join sent to reply), then, holding their live sockets and
 * following pushes as the page does, how long after `voting.reveal` each phone has fetched a
 * state with the results (a warm-up reveal, then 3 measured; p99 over every phone of those).
 *
 * And notes (issue #26, `votes-notes.ts`): 300 of the phones write 3 notes each in a silent
 * writing round, paced as the ballots are; every acknowledged note must be in the closed round.
 */
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { HostEventHub } from '../../../electron/host/event-hub';
import { LOOPBACK_ROOM_ADDRESS } from '../../../electron/host/voting/addresses';
import { createVotingService } from '../../../electron/host/voting/voting-service';
import { QUESTION_IDS, type Answer } from '../../../shared/workshop/readiness';
import { makeTemporaryDirectory } from '../../support/temporary-directory';
import { ONE_ADDRESS_ROOM_LIMITS } from '../../voting/support/one-address-limits';
import type {
  BurstReply,
  BurstRequest,
  JoinStormReply,
  JoinStormRequest,
  NotesReply,
  NotesRequest,
  PhoneLoadMessage,
  PhoneLoadRequest,
  PhoneLoadSetup,
} from '../../voting/support/phone-load-worker';
import { SimulatedPhone, wallClockMs } from '../../voting/support/simulated-phone';
import { ensureAppBuild } from '../app-build';
import { totalGzipKilobytes } from '../gzip-size';
import { measured, type BenchContext, type GroupOutcome } from '../registry';
import { median, percentile, ratio } from '../statistics';
import { TEST_ROOM, TEST_WORKSHOP } from '../../voting/support/test-workshop';
import { measureNotes } from './votes-notes';

/** Phones that vote (issue #23: 500 × 4 questions). */
const PHONES = 500;
/** Phones of the join storm and the reveal (quality-bars.md: 300 within 2 s). */
const STORM_PHONES = 300;
const WARM_UP = 4;
const SAMPLES = 7;
/** Paced runs (see PACED_SPREAD_MS): 3 × 2,000 ballots for the acknowledgement times. */
const PACED_SAMPLES = 3;
const ANSWERS: readonly Answer[] = ['yes', 'partly', 'no'];
const STORM_SPREAD_MS = 2000;
const REVEAL_WARM_UP = 1;
const REVEAL_SAMPLES = 3;

/** A thread of simulated phones (see `phone-load-worker.ts`). */
export interface PhoneLoad {
  burst(request: BurstRequest): Promise<BurstReply>;
  writeNotes(request: NotesRequest): Promise<NotesReply>;
  joinStorm(request: JoinStormRequest): Promise<JoinStormReply>;
  /** Arms the join-storm phones; resolves once they listen, with when each then showed the results. */
  watchReveal(roundId: string): Promise<{ readonly shownAt: Promise<number[]> }>;
  stop(): Promise<void>;
}

const WORKER_ENTRY = new URL('../../voting/support/phone-load-worker.ts', import.meta.url);
/** tsx's registration API (its ESM build), as a file URL a worker can import. */
const TSX_API = pathToFileURL(
  path.join(
    path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
    'dist/esm/api/index.mjs',
  ),
).href;
/**
 * Worker threads do not inherit tsx's loader, so the worker registers it before importing
 * its TypeScript entry (plain JavaScript here, evaluated by the worker).
 */
const WORKER_BOOTSTRAP = `import(${JSON.stringify(TSX_API)})
  .then(({ register }) => { register(); return import(${JSON.stringify(WORKER_ENTRY.href)}); });`;

async function startPhoneLoad(setup: PhoneLoadSetup): Promise<PhoneLoad> {
  const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: setup });
  const next = () =>
    new Promise<PhoneLoadMessage>((resolve, reject) => {
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        reject(error);
      };
      const onMessage = (message: PhoneLoadMessage) => {
        worker.off('error', onError);
        resolve(message);
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
    });
  const first = await next();
  if (first.type !== 'ready') {
    await worker.terminate();
    throw new Error(`The phones did not start: ${first.type === 'failed' ? first.message : first.type}`);
  }
  const ask = (request: PhoneLoadRequest) => {
    const reply = next();
    worker.postMessage(request);
    return reply;
  };
  const failure = (what: string, message: PhoneLoadMessage) =>
    new Error(`${what} failed: ${message.type === 'failed' ? message.message : message.type}`);
  return {
    async burst(request) {
      const message = await ask({ type: 'burst', ...request });
      if (message.type !== 'burst') throw failure('A burst', message);
      return message.reply;
    },
    async writeNotes(request) {
      const message = await ask({ type: 'notes', ...request });
      if (message.type !== 'notes') throw failure('A writing round', message);
      return message.reply;
    },
    async joinStorm(request) {
      const message = await ask({ type: 'join-storm', ...request });
      if (message.type !== 'joined') throw failure('The join storm', message);
      return message.reply;
    },
    async watchReveal(roundId) {
      const message = await ask({ type: 'watch-reveal', roundId });
      if (message.type !== 'watching') throw failure('Watching for the reveal', message);
      // Listening before the caller reveals, so the answer cannot be missed.
      const shownAt = next().then((revealed) => {
        if (revealed.type !== 'revealed') throw failure('Watching for the reveal', revealed);
        return revealed.shownAt;
      });
      return { shownAt };
    },
    async stop() {
      worker.postMessage({ type: 'stop' } satisfies PhoneLoadRequest);
      await worker.terminate();
    },
  };
}

/** How a room votes when the facilitator says "vote now": phones picked up over this long… */
const PACED_SPREAD_MS = 5_000;
/** …and this long (least, most) between one tap and the next, reading the next question. */
const PACED_THINK_MS = [300, 800] as const;

/** A small seeded generator, so the room and the bare server get the very same schedule. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The pace of one paced burst: when each of `phones` starts, and its pauses between its
 * `steps` sends (ballots, notes).
 */
export function paceFor(
  sample: number,
  phones: number = PHONES,
  steps: number = QUESTION_IDS.length,
): NonNullable<BurstRequest['pace']> {
  const random = seededRandom(sample + 1);
  const [least, most] = PACED_THINK_MS;
  return {
    startMs: Array.from({ length: phones }, () => random() * PACED_SPREAD_MS),
    thinkMs: Array.from({ length: phones }, () =>
      Array.from({ length: steps }, () => least + random() * (most - least)),
    ),
  };
}

/** The ballots of one burst: every question once, answers varying by phone and sample. */
function ballotsFor(sample: number): BurstRequest['ballots'] {
  return Array.from({ length: PHONES }, (_, phoneIndex) =>
    QUESTION_IDS.map((questionId, questionIndex) => ({
      questionId,
      answer: ANSWERS[(phoneIndex + questionIndex + sample) % ANSWERS.length] ?? 'yes',
    })),
  );
}

/**
 * The baseline: a bare Node server that reads each POST, parses it and answers 200 with
 * `reply` (the room's own reply to a ballot, so both send back the same bytes).
 */
async function startBareServer(reply: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const text = reply;
      response.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(text),
      });
      response.end(text);
    });
  });
  server.maxConnections = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Everything a phone downloads to vote: the join page the room server serves, and every
 * script, style sheet and image it links to, gzipped as a server on weak Wi-Fi would send it.
 */
async function participantDownloadGzipKilobytes(joinUrl: string): Promise<number> {
  const page = await fetch(joinUrl);
  if (!page.ok) throw new Error(`The join page answered ${page.status}.`);
  const html = await page.text();
  const linked = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((link) => link !== '' && !link.startsWith('data:'));
  const bodies: Uint8Array[] = [new TextEncoder().encode(html)];
  for (const link of linked) {
    const response = await fetch(new URL(link, joinUrl));
    if (!response.ok) throw new Error(`The join page links to ${link}, which answered ${response.status}.`);
    bodies.push(new Uint8Array(await response.arrayBuffer()));
  }
  return totalGzipKilobytes(bodies);
}

/**
 * Runs the `votes` group: `votes_lost`, `vote_ack_p99_ms`, `vote_throughput_ratio_vs_bare_http`,
 * `participant_total_gzip_kb`, `join_storm_p99_ms`, `phones_showing_results_after_reveal_ms`.
 */
export async function runVotes(context: BenchContext): Promise<GroupOutcome> {
  await ensureAppBuild(context);
  const folder = makeTemporaryDirectory('readyroom-bench-votes-');
  const service = createVotingService({
    dataDirectory: folder.path,
    // The built renderer, so phones can fetch the participant page from the room server.
    rendererDirectory: fileURLToPath(new URL('../../../out/renderer', import.meta.url)),
    events: new HostEventHub(),
    listAddresses: () => [LOOPBACK_ROOM_ADDRESS],
    roomLimits: ONE_ADDRESS_ROOM_LIMITS,
  });
  let bare: { origin: string; close(): Promise<void> } | undefined;
  const loads: PhoneLoad[] = [];
  try {
    const opened = await service.methods['voting.openRoom']({
      address: LOOPBACK_ROOM_ADDRESS.address,
      namedVoting: false,
      ...TEST_ROOM,
    });
    if (opened.room.status !== 'open') throw new Error('The voting room did not open.');
    const { code, joinUrl } = opened.room;
    const roomOrigin = new URL(joinUrl).origin;
    const participantKilobytes = await participantDownloadGzipKilobytes(joinUrl);
    context.log(`participant page (from the room server): ${participantKilobytes.toFixed(1)} KB gzip`);
    // Phones join here, then vote from their own thread, each with a live WebSocket open.
    const joined = Array.from({ length: PHONES }, () => new SimulatedPhone(roomOrigin));
    await Promise.all(joined.map((phone) => phone.join(code)));
    // One ballot, unmeasured, for the reply the bare server will send back to every ballot.
    const sampleRound = 'bench-reply-sample';
    await service.methods['voting.openRound']({
      ...TEST_WORKSHOP,
      roundId: sampleRound,
      number: 1,
      questionIds: [...QUESTION_IDS],
      mode: 'phones',
      durationSeconds: null,
      askConfidence: false,
    });
    const sampleBallot = await (joined[0] as SimulatedPhone).vote(sampleRound, QUESTION_IDS[0], 'yes');
    if (sampleBallot.status !== 200) throw new Error(`A ballot was refused (${sampleBallot.status}).`);
    await service.methods['voting.closeRound'](undefined);
    bare = await startBareServer(sampleBallot.reply.text);
    for (const phone of joined) phone.close();
    const devices = joined.map((phone) => ({ token: phone.token ?? '', deviceId: phone.deviceId ?? '' }));
    const roomPhones = await startPhoneLoad({ origin: roomOrigin, devices, live: true });
    loads.push(roomPhones);
    // The bare server gets the same requests, token header included.
    const barePhones = await startPhoneLoad({ origin: bare.origin, devices, live: false });
    loads.push(barePhones);
    context.log(`${PHONES} phones joined ${roomOrigin}; bare server at ${bare.origin}`);

    // The join storm: 300 more phones, each from its own loopback address, within 2 s.
    const stormPhones = await startPhoneLoad({ origin: roomOrigin, devices: [], live: false });
    loads.push(stormPhones);
    const storm = await stormPhones.joinStorm({
      code,
      phones: STORM_PHONES,
      spreadMs: STORM_SPREAD_MS,
      addressBlock: 1,
    });
    if (storm.refused > 0) throw new Error(`${storm.refused} phones of the join storm were refused.`);
    const joinStormP99 = percentile(storm.joinMs, 0.99);
    context.log(
      `join storm: ${STORM_PHONES} phones in ${STORM_SPREAD_MS} ms, join p50 ${percentile(storm.joinMs, 0.5).toFixed(1)} ms, p99 ${joinStormP99.toFixed(1)} ms`,
    );

    const roomThroughput: number[] = [];
    const bareThroughput: number[] = [];
    const fullSpeedAckMs: number[] = [];
    const ackMs: number[] = [];
    const bareAckMs: number[] = [];
    let lost = 0;
    let roundNumber = 1;

    /** One burst in the room: a round opened, the ballots sent, the round closed and checked. */
    const roomBurst = async (label: string, request: Omit<BurstRequest, 'roundId'>) => {
      const roundId = `bench-${label}`;
      roundNumber += 1;
      await service.methods['voting.openRound']({
        ...TEST_WORKSHOP,
        roundId,
        number: roundNumber,
        questionIds: [...QUESTION_IDS],
        mode: 'phones',
        durationSeconds: null,
        askConfidence: false,
      });
      const result = await roomPhones.burst({ roundId, ...request });
      const closed = await service.methods['voting.closeRound'](undefined);
      const counted = new Map(
        (closed.round?.ballots ?? []).map((ballot) => [
          `${ballot.voter.kind === 'device' ? ballot.voter.deviceId : ballot.voter.label}/${ballot.questionId}`,
          ballot.answer,
        ]),
      );
      // Every ballot sent must be acknowledged and counted with its answer.
      const found = result.acknowledged.filter(([key, answer]) => counted.get(key) === answer).length;
      const missing = PHONES * QUESTION_IDS.length - found;
      lost += missing;
      context.log(
        `room ${label}: ${result.seconds.toFixed(3)} s, ack p99 ${percentile(result.ackMs, 0.99).toFixed(1)} ms, refused ${result.refused}, lost ${missing}`,
      );
      return result;
    };
    const bareBurst = async (label: string, request: Omit<BurstRequest, 'roundId'>) => {
      const result = await barePhones.burst({ roundId: `bare-${label}`, ...request });
      if (result.refused > 0) throw new Error('The bare server refused a request.');
      context.log(
        `bare ${label}: ${result.seconds.toFixed(3)} s, ack p99 ${percentile(result.ackMs, 0.99).toFixed(1)} ms`,
      );
      return result;
    };
    /** Room and bare in turn, alternating which goes first so neither always runs on the other's garbage. */
    const both = async (sample: number, room: () => Promise<void>, bareRun: () => Promise<void>) => {
      if (sample % 2 === 0) {
        await room();
        await bareRun();
      } else {
        await bareRun();
        await room();
      }
    };

    // Full speed: every phone sends its four ballots as fast as the server answers. This is
    // the throughput (and the stress no ballot may be lost under); its acknowledgement
    // times are the queue of 500 requests on one event loop, reported, not budgeted.
    for (let sample = 0; sample < WARM_UP + SAMPLES; sample += 1) {
      const measuredSample = sample >= WARM_UP;
      const ballots = ballotsFor(sample);
      const suffix = `burst ${sample}${measuredSample ? '' : ' (warm-up)'}`;
      await both(
        sample,
        async () => {
          const result = await roomBurst(suffix.replace(/\W+/g, '-'), { ballots });
          if (measuredSample) {
            roomThroughput.push((PHONES * QUESTION_IDS.length) / result.seconds);
            fullSpeedAckMs.push(...result.ackMs);
          }
        },
        async () => {
          const result = await bareBurst(suffix, { ballots });
          if (measuredSample) bareThroughput.push((PHONES * QUESTION_IDS.length) / result.seconds);
        },
      );
    }

    // As a room votes: phones picked up over a few seconds, a pause between taps. The
    // acknowledgement times a person waits for, against the bare server on the same schedule.
    for (let sample = 0; sample < PACED_SAMPLES; sample += 1) {
      const ballots = ballotsFor(sample);
      const pace = paceFor(sample);
      await both(
        sample,
        async () => {
          ackMs.push(...(await roomBurst(`paced-${sample}`, { ballots, pace })).ackMs);
        },
        async () => {
          bareAckMs.push(...(await bareBurst(`paced ${sample}`, { ballots, pace })).ackMs);
        },
      );
    }

    // Notes written as a room writes (issue #26): 300 phones × 3 notes, paced like the ballots.
    const notes = await measureNotes(service, roomPhones, context);

    // Results reaching every phone after the facilitator reveals them.
    const revealMs: number[] = [];
    for (let sample = 0; sample < REVEAL_WARM_UP + REVEAL_SAMPLES; sample += 1) {
      const roundId = `bench-reveal-${sample}`;
      await service.methods['voting.openRound']({
        ...TEST_WORKSHOP,
        roundId,
        number: (roundNumber += 1),
        questionIds: [...QUESTION_IDS],
        mode: 'phones',
        durationSeconds: null,
        askConfidence: false,
      });
      await service.methods['voting.closeRound'](undefined);
      const watch = await stormPhones.watchReveal(roundId);
      const revealedAt = wallClockMs();
      await service.methods['voting.reveal'](undefined);
      const shown = (await watch.shownAt).map((at) => at - revealedAt);
      if (sample >= REVEAL_WARM_UP) revealMs.push(...shown);
      context.log(
        `reveal ${sample}${sample >= REVEAL_WARM_UP ? '' : ' (warm-up)'}: ${shown.length} phones showed the results, p50 ${percentile(shown, 0.5).toFixed(1)} ms, p99 ${percentile(shown, 0.99).toFixed(1)} ms`,
      );
    }

    const roomMedian = median(roomThroughput);
    const bareMedian = median(bareThroughput);
    context.log(
      `ballots/s (medians of ${SAMPLES}): room ${roomMedian.toFixed(0)}, bare http ${bareMedian.toFixed(0)}; ballots lost ${lost}`,
    );
    const ackP99 = percentile(ackMs, 0.99);
    const bareAckP99 = percentile(bareAckMs, 0.99);
    context.log(
      `ack over ${ackMs.length} ballots: room p50 ${percentile(ackMs, 0.5).toFixed(1)} ms, p99 ${ackP99.toFixed(1)} ms, ` +
        `max ${Math.max(...ackMs).toFixed(1)} ms; bare http p50 ${percentile(bareAckMs, 0.5).toFixed(1)} ms, ` +
        `p99 ${bareAckP99.toFixed(1)} ms, max ${Math.max(...bareAckMs).toFixed(1)} ms`,
    );
    return measured({
      votes_lost: lost,
      vote_ack_p99_ms: ackP99,
      vote_ack_p50_ms: percentile(ackMs, 0.5),
      vote_ack_max_ms: Math.max(...ackMs),
      vote_ack_bare_http_p50_ms: percentile(bareAckMs, 0.5),
      vote_ack_bare_http_p99_ms: bareAckP99,
      vote_ack_bare_http_max_ms: Math.max(...bareAckMs),
      vote_ack_p99_ratio_vs_bare_http: ratio(ackP99, bareAckP99),
      notes_lost: notes.lost,
      note_ack_p99_ms: notes.ackP99,
      vote_ack_full_speed_p99_ms: percentile(fullSpeedAckMs, 0.99),
      vote_throughput_ratio_vs_bare_http: ratio(roomMedian, bareMedian),
      participant_total_gzip_kb: participantKilobytes,
      join_storm_p99_ms: joinStormP99,
      phones_showing_results_after_reveal_ms: percentile(revealMs, 0.99),
    });
  } finally {
    for (const load of loads) await load.stop();
    await service.dispose();
    await bare?.close();
    folder.remove();
  }
}
