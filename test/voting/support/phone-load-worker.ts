/**
 * Simulated phones on their own thread, for the votes benchmark: the phones' HTTP client
 * work runs beside the server instead of on its event loop, as real phones would (each is
 * its own device). The main thread sends a request (a ballot burst, a join storm, watch for
 * a reveal); the worker answers with timings. Loopback only (SimulatedPhone refuses anything
 * else): the room on 127.0.0.1, join-storm phones each from its own 127.0.x.y.
 *
 * Times that cross threads are wall-clock milliseconds (`wallClockMs`):
 * each thread's `performance.now()` starts at its own zero.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import type { Answer, QuestionId } from '../../../shared/workshop/readiness';
import type { PhoneState } from '../../../shared/voting/room-protocol';
import { createStateSync } from '../../../shared/voting/state-sync';
import { loopbackSourceAddress, type HttpReply } from './loopback-http';
import { SimulatedPhone, wallClockMs, type BallotResult } from './simulated-phone';

/** What the worker is started with: one phone per device token, against `origin`. */
export interface PhoneLoadSetup {
  readonly origin: string;
  readonly devices: readonly { readonly token: string; readonly deviceId: string }[];
  /** Also hold a live WebSocket per phone, as the participant page does. */
  readonly live: boolean;
}

/** One burst: every phone sends `ballots` one after another, all phones at once. */
export interface BurstRequest {
  readonly roundId: string;
  readonly ballots: readonly (readonly { readonly questionId: QuestionId; readonly answer: Answer }[])[];
  /**
   * A room voting as people do, instead of all phones at full speed: each phone starts after
   * `startMs[phone]` and waits `thinkMs[phone][ballot]` before each later ballot (the same
   * schedule for the room and the bare server).
   */
  readonly pace?: {
    readonly startMs: readonly number[];
    readonly thinkMs: readonly (readonly number[])[];
  };
}

/** One writing round: phone `i` sends `notes[i]` one after another (phones without notes stay quiet). */
export interface NotesRequest {
  readonly activityId: string;
  readonly notes: readonly (readonly string[])[];
  readonly pace?: BurstRequest['pace'];
}

/** What a writing round produced. */
export interface NotesReply {
  readonly seconds: number;
  readonly ackMs: number[];
  readonly refused: number;
  /** `[noteId, text]` of every acknowledged note. */
  readonly acknowledged: [string, string][];
}

/** Phones join within `spreadMs`, evenly spaced, each from its own loopback address. */
export interface JoinStormRequest {
  readonly code: string;
  readonly phones: number;
  readonly spreadMs: number;
  /** Addresses are `127.0.<addressBlock>.1` onwards. */
  readonly addressBlock: number;
}

/** What a join storm produced; the joined phones then hold their live sockets. */
export interface JoinStormReply {
  /** POST /room/join sent to reply, per phone. */
  readonly joinMs: number[];
  readonly refused: number;
}

/** What the main thread asks. */
export type PhoneLoadRequest =
  | ({ readonly type: 'burst' } & BurstRequest)
  | ({ readonly type: 'notes' } & NotesRequest)
  | ({ readonly type: 'join-storm' } & JoinStormRequest)
  /** The join-storm phones fetch their state on every push, as the page does, until each shows `roundId`'s results. */
  | { readonly type: 'watch-reveal'; readonly roundId: string }
  | { readonly type: 'stop' };

/** What a burst produced. */
export interface BurstReply {
  readonly seconds: number;
  readonly ackMs: number[];
  readonly refused: number;
  /** `deviceId/questionId` → the last acknowledged answer. */
  readonly acknowledged: [string, Answer][];
}

/** Messages the worker sends back. */
export type PhoneLoadMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'burst'; readonly reply: BurstReply }
  | { readonly type: 'notes'; readonly reply: NotesReply }
  | { readonly type: 'joined'; readonly reply: JoinStormReply }
  | { readonly type: 'watching' }
  /** When (`wallClockMs`) each phone first held the results. */
  | { readonly type: 'revealed'; readonly shownAt: number[] }
  | { readonly type: 'failed'; readonly message: string };

const setup = workerData as PhoneLoadSetup;
const port = parentPort;
if (port === null) throw new Error('phone-load-worker runs as a worker thread.');

const phones = setup.devices.map((device) => {
  const phone = new SimulatedPhone(setup.origin);
  phone.token = device.token;
  phone.deviceId = device.deviceId;
  return phone;
});

/** Phones that joined in a join storm (they hold live sockets afterwards). */
const stormPhones: SimulatedPhone[] = [];

async function joinStorm(request: JoinStormRequest): Promise<JoinStormReply> {
  const joinMs: number[] = [];
  let refused = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: request.phones }, async (_, index) => {
      const phone = new SimulatedPhone(setup.origin, loopbackSourceAddress(index, request.addressBlock));
      stormPhones.push(phone);
      // Evenly spread over the storm, measured from its start (not from the previous join).
      const startAt = started + (index * request.spreadMs) / request.phones;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - performance.now())));
      const sent = performance.now();
      const reply = await phone.tryJoin(request.code);
      joinMs.push(performance.now() - sent);
      if (reply.status !== 200) refused += 1;
    }),
  );
  await Promise.all(stormPhones.filter((phone) => phone.token !== null).map((phone) => phone.openLive()));
  return { joinMs, refused };
}

/**
 * Every storm phone follows pushes as the participant page does (the page's own coalescing,
 * retrying state sync); resolves with when each first fetched `roundId`'s results.
 */
function watchReveal(roundId: string): Promise<number[]> {
  const watching = stormPhones.filter((phone) => phone.token !== null);
  const shownAt: number[] = [];
  return new Promise((resolve) => {
    for (const phone of watching) {
      let shown = false;
      const sync = createStateSync<HttpReply>({
        fetchState: async () => {
          const reply = await phone.state();
          if (reply.status !== 200) throw new Error(`state: ${reply.status}`);
          return reply;
        },
        onState: (reply) => {
          const round = (reply.json as PhoneState).round;
          if (shown || round?.roundId !== roundId || round.results === null) return;
          shown = true;
          stop();
          shownAt.push(wallClockMs());
          if (shownAt.length === watching.length) resolve(shownAt);
        },
        onFailure: () => undefined,
        stopped: () => shown,
      });
      const stop = phone.onPush((push) => {
        if (push.type === 'changed') void sync.request();
      });
    }
  });
}

/**
 * Every phone sends its `items` one after another, all phones at once (or at `pace`); each
 * send is timed from request to answer. `onAnswer` hears each answer.
 */
async function sendAll<Item>(
  items: readonly (readonly Item[])[],
  pace: BurstRequest['pace'],
  send: (phone: SimulatedPhone, item: Item) => Promise<BallotResult>,
  onAnswer: (phone: SimulatedPhone, item: Item, result: BallotResult) => void,
): Promise<{ seconds: number; ackMs: number[]; refused: number }> {
  const ackMs: number[] = [];
  let refused = 0;
  const started = performance.now();
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  await Promise.all(
    phones.map(async (phone, index) => {
      const own = items[index] ?? [];
      if (pace !== undefined && own.length > 0) await pause(pace.startMs[index] ?? 0);
      for (const [itemIndex, item] of own.entries()) {
        if (pace !== undefined && itemIndex > 0) await pause(pace.thinkMs[index]?.[itemIndex] ?? 0);
        const result = await send(phone, item);
        ackMs.push(result.ms);
        if (result.status !== 200) refused += 1;
        onAnswer(phone, item, result);
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, ackMs, refused };
}

async function burst(request: BurstRequest): Promise<BurstReply> {
  const acknowledged = new Map<string, Answer>();
  const sent = await sendAll(
    request.ballots,
    request.pace,
    (phone, { questionId, answer }) => phone.vote(request.roundId, questionId, answer),
    (phone, { questionId, answer }, result) => {
      if (result.status === 200) acknowledged.set(`${phone.deviceId}/${questionId}`, answer);
    },
  );
  return { ...sent, acknowledged: [...acknowledged] };
}

async function writeNotes(request: NotesRequest): Promise<NotesReply> {
  const acknowledged: [string, string][] = [];
  const sent = await sendAll(
    request.notes,
    request.pace,
    (phone, text) => phone.note(request.activityId, text),
    (_phone, text, result) => {
      const note = (result.reply.json as { note?: { id: string } } | undefined)?.note;
      if (result.status === 200 && note !== undefined) acknowledged.push([note.id, text]);
    },
  );
  return { ...sent, acknowledged };
}

const post = (message: PhoneLoadMessage) => port.postMessage(message);
const fail = (error: unknown) => post({ type: 'failed', message: String(error) });

port.on('message', (message: PhoneLoadRequest) => {
  switch (message.type) {
    case 'stop':
      for (const phone of [...phones, ...stormPhones]) phone.close();
      port.close();
      return;
    case 'burst':
      burst(message).then((reply) => post({ type: 'burst', reply }), fail);
      return;
    case 'notes':
      writeNotes(message).then((reply) => post({ type: 'notes', reply }), fail);
      return;
    case 'join-storm':
      joinStorm(message).then((reply) => post({ type: 'joined', reply }), fail);
      return;
    case 'watch-reveal': {
      const shown = watchReveal(message.roundId);
      post({ type: 'watching' });
      shown.then((shownAt) => post({ type: 'revealed', shownAt }), fail);
      return;
    }
  }
});

void (async () => {
  try {
    if (setup.live) await Promise.all(phones.map((phone) => phone.openLive()));
    port.postMessage({ type: 'ready' } satisfies PhoneLoadMessage);
  } catch (error) {
    port.postMessage({ type: 'failed', message: String(error) } satisfies PhoneLoadMessage);
  }
})();
