/**
 * Simulated phones for "Rehearse the room": they join the open room over HTTP, hold the live
 * WebSocket and vote in every phone round (saying how sure, when asked), write a note in a
 * writing round and place their dots in a dot vote, exactly as the participant page does, so the
 * facilitator sees the whole flow (join count, ballots arriving, reveal, the audience
 * screen) with nobody in the room. They only ever talk to a loopback room.
 */
import http from 'node:http';
import { WebSocket } from 'ws';
import type { Answer, PhoneActivity, PhoneState, RoomPush } from '../../../shared/voting/room-protocol';
import type { RoomLimits } from './room-server';
import { text } from '../../../shared/text';

/**
 * Every rehearsal phone comes from this computer's one address, so the limits that keep one
 * address from crowding a real room are lifted; the per-device limits stay as they ship.
 */
export const REHEARSAL_ROOM_LIMITS: Partial<RoomLimits> = {
  perAddress: { capacity: 100_000, refillPerSecond: 100_000 },
  joinsPerAddress: { capacity: 1_000, refillPerSecond: 1_000 },
  connectionsPerAddress: 1_000,
  devicesPerAddress: 1_000,
};

/** Options of {@link startRehearsalPhones}. */
export interface RehearsalOptions {
  /** The room's origin, e.g. `http://127.0.0.1:51234`. */
  readonly origin: string;
  readonly code: string;
  readonly phones: number;
  /** Named voting: each simulated phone joins as "Rehearsal phone N". */
  readonly namedVoting: boolean;
  /** Longest pause before a simulated phone answers a question (milliseconds). */
  readonly maxThinkingMs?: number;
  readonly random?: () => number;
}

/** Running simulated phones. */
export interface RehearsalPhones {
  /** Disconnects every simulated phone and cancels their pending votes. */
  stop(): void;
}

/** Simulated rooms lean towards "partly", as real rooms do in a first round. */
function pickAnswer(random: () => number): Answer {
  const roll = random();
  return roll < 0.3 ? 'yes' : roll < 0.75 ? 'partly' : 'no';
}

/** What rehearsal phones write in a silent writing round (sample notes a real room might send). */
const REHEARSAL_NOTES = [
  text('host.rehearsal.note1'),
  text('host.rehearsal.note2'),
  text('host.rehearsal.note3'),
  text('host.rehearsal.note4'),
  text('host.rehearsal.note5'),
  text('host.rehearsal.note6'),
];

/** A dot allocation that uses every dot, on items picked at random. */
function pickDots(activity: PhoneActivity, random: () => number): { itemId: string; dots: number }[] {
  const vote = activity.dots;
  if (vote === null || vote.items.length === 0) return [];
  const dots = new Map<string, number>();
  for (let dot = 0; dot < vote.dotsPerPhone; dot += 1) {
    const item = vote.items[Math.floor(random() * vote.items.length)] ?? vote.items[0];
    if (item !== undefined) dots.set(item.id, (dots.get(item.id) ?? 0) + 1);
  }
  return [...dots].map(([itemId, count]) => ({ itemId, dots: count }));
}

/**
 * Starts `phones` simulated phones against a loopback room. They keep trying to join until
 * the room lets them in, and stop on their own when the room closes.
 */
export function startRehearsalPhones(options: RehearsalOptions): RehearsalPhones {
  const random = options.random ?? Math.random;
  const maxThinkingMs = options.maxThinkingMs ?? 4_000;
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.phones });
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<WebSocket>();
  let stopped = false;

  function later(run: () => void, delayMs: number): void {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!stopped) run();
    }, delayMs);
    timers.add(timer);
  }

  function request<Reply>(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    token: string | null,
    body?: unknown,
  ) {
    return new Promise<{ status: number; reply: Reply }>((resolve, reject) => {
      const text = body === undefined ? undefined : JSON.stringify(body);
      const headers: Record<string, string> = {};
      if (token !== null) headers.Authorization = `Bearer ${token}`;
      if (text !== undefined) {
        headers['Content-Type'] = 'application/json';
        headers['Content-Length'] = String(Buffer.byteLength(text));
        headers.Origin = options.origin;
      }
      const sent = http.request(`${options.origin}${path}`, { method, headers, agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve({
              status: response.statusCode ?? 0,
              reply: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply,
            });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      });
      sent.on('error', reject);
      sent.end(text);
    });
  }

  function runPhone(index: number): void {
    let token: string | null = null;
    /** Questions this phone has answered or is about to answer, per round. */
    const answered = new Set<string>();

    async function join(): Promise<void> {
      const body = options.namedVoting
        ? { code: options.code, name: text('host.voting.rehearsalPhone', { number: String(index + 1) }) }
        : { code: options.code };
      try {
        const { status, reply } = await request<{ token?: string }>('POST', '/room/join', null, body);
        if (status === 200 && typeof reply.token === 'string') {
          token = reply.token;
          listen();
          return;
        }
      } catch {
        // The room is not answering yet, or has closed: try again shortly.
      }
      later(() => void join(), 1_000 + random() * 1_000);
    }

    function listen(): void {
      if (token === null || stopped) return;
      const host = options.origin.replace(/^http:/, 'ws:');
      const socket = new WebSocket(`${host}/room/live?token=${encodeURIComponent(token)}`, {
        origin: options.origin,
      });
      sockets.add(socket);
      socket.on('open', () => void look());
      socket.on('message', (data: Buffer) => {
        let push: Partial<RoomPush> = {};
        try {
          push = JSON.parse(data.toString('utf8')) as Partial<RoomPush>;
        } catch {
          return;
        }
        if (push.type === 'changed') void look();
      });
      socket.on('error', () => undefined);
      socket.on('close', (code) => {
        sockets.delete(socket);
        // 1001: the room said goodbye; anything else is a drop worth reconnecting after.
        if (code !== 1001) later(listen, 1_000);
      });
    }

    async function look(): Promise<void> {
      if (token === null) return;
      let state: PhoneState;
      try {
        const { status, reply } = await request<PhoneState>('GET', '/room/state', token);
        if (status !== 200) return;
        state = reply;
      } catch {
        return;
      }
      if (state.activity !== null) takePart(state.activity);
      const round = state.round;
      if (round === null || round.status !== 'open' || round.mode !== 'phones') return;
      for (const question of round.questions) {
        const key = `${round.roundId}:${question.id}`;
        if (answered.has(key) || round.myAnswers[question.id] !== undefined) continue;
        answered.add(key);
        later(
          () => {
            request('POST', '/room/ballot', token, {
              roundId: round.roundId,
              questionId: question.id,
              answer: pickAnswer(random),
              ...(round.askConfidence ? { confidence: 1 + Math.floor(random() * 5) } : {}),
            }).catch(() => answered.delete(key));
          },
          300 + random() * maxThinkingMs,
        );
      }
    }

    /** One note in a writing round, every dot in a dot vote, once per activity. */
    function takePart(activity: PhoneActivity): void {
      const key = `activity:${activity.activityId}`;
      const done =
        (activity.writing?.myNotes.length ?? 0) > 0 || Object.keys(activity.dots?.myDots ?? {}).length > 0;
      if (activity.status !== 'open' || answered.has(key) || done) return;
      answered.add(key);
      const body =
        activity.kind === 'writing'
          ? { activityId: activity.activityId, text: REHEARSAL_NOTES[index % REHEARSAL_NOTES.length] }
          : { activityId: activity.activityId, dots: pickDots(activity, random) };
      later(
        () => {
          const sent =
            activity.kind === 'writing'
              ? request('POST', '/room/note', token, body)
              : request('PUT', '/room/dots', token, body);
          sent.catch(() => answered.delete(key));
        },
        300 + random() * maxThinkingMs,
      );
    }

    // Phones arrive over a few seconds, as people pick them up.
    later(() => void join(), random() * 2_000);
  }

  for (let index = 0; index < options.phones; index += 1) runPhone(index);

  return {
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.terminate();
      sockets.clear();
      agent.destroy();
    },
  };
}
