import http from 'node:http';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { RoomPush } from '../../../shared/voting/room-protocol';
import type { Answer } from '../../../shared/workshop/readiness';
import { assertLoopbackOrigin, assertLoopbackSource, sendRequest, type HttpReply } from './loopback-http';

/**
 * Wall-clock milliseconds, comparable across threads (each thread's `performance.now()`
 * starts at its own zero).
 */
export function wallClockMs(): number {
  return performance.timeOrigin + performance.now();
}

/** One acknowledged (or refused) ballot, with how long the acknowledgement took. */
export interface BallotResult {
  readonly status: number;
  readonly ms: number;
  readonly reply: HttpReply;
}

/**
 * A phone as the room server meets it: its own keep-alive connection, a device token after
 * joining, JSON POSTs with the page's Origin, an optional live WebSocket. 127.0.0.1 only.
 */
export class SimulatedPhone {
  readonly origin: string;
  readonly agent: http.Agent;
  /** The loopback address this phone sends from (127.0.0.1 unless given). */
  readonly localAddress: string | undefined;
  token: string | null = null;
  deviceId: string | null = null;
  #live: WebSocket | null = null;

  /** `localAddress` (127.0.0.0/8 only) puts the phone on its own address, as on real Wi-Fi. */
  constructor(origin: string, localAddress?: string) {
    assertLoopbackOrigin(origin);
    this.origin = origin;
    this.localAddress = localAddress === undefined ? undefined : assertLoopbackSource(localAddress);
    this.agent = new http.Agent({
      keepAlive: true,
      maxSockets: 2,
      ...(this.localAddress === undefined ? {} : { localAddress: this.localAddress }),
    });
  }

  #headers(json: boolean): Record<string, string> {
    const headers: Record<string, string> = { origin: this.origin };
    if (json) headers['content-type'] = 'application/json';
    if (this.token !== null) headers.authorization = `Bearer ${this.token}`;
    return headers;
  }

  /** Joins with `code`; throws when the room refuses. */
  async join(code: string, name?: string): Promise<void> {
    const reply = await this.tryJoin(code, name);
    if (reply.status !== 200) throw new Error(`join refused: ${reply.status} ${reply.text}`);
  }

  /**
   * `POST /room/join`, sending the phone's token when it has one (as the page does), and
   * keeping what comes back; the reply as it came, refusals included.
   */
  async tryJoin(code: string, name?: string): Promise<HttpReply> {
    const body: { code: string; name?: string; token?: string } = { code };
    if (name !== undefined) body.name = name;
    if (this.token !== null) body.token = this.token;
    // A join carries its token in the body, never as a bearer header.
    const headers = { origin: this.origin, 'content-type': 'application/json' };
    const reply = await sendRequest(this.origin, {
      method: 'POST',
      path: '/room/join',
      headers,
      body: JSON.stringify(body),
      agent: this.agent,
    });
    const joined = reply.json as { token?: string; deviceId?: string } | undefined;
    if (reply.status === 200 && joined?.token !== undefined && joined.deviceId !== undefined) {
      this.token = joined.token;
      this.deviceId = joined.deviceId;
    }
    return reply;
  }

  /** `GET /room/state`. */
  state(): Promise<HttpReply> {
    return sendRequest(this.origin, {
      path: '/room/state',
      headers: this.#headers(false),
      agent: this.agent,
    });
  }

  /** `POST /room/ballot` (with "how sure" when given), timed from send to acknowledgement. */
  vote(roundId: string, questionId: string, answer: Answer, confidence?: number): Promise<BallotResult> {
    return this.send('POST', '/room/ballot', { roundId, questionId, answer, confidence });
  }

  /** `POST /room/note`, timed from send to acknowledgement. */
  note(activityId: string, text: string): Promise<BallotResult> {
    return this.send('POST', '/room/note', { activityId, text });
  }

  /** `DELETE /room/note`: takes one of this phone's notes back. */
  deleteNote(activityId: string, noteId: string): Promise<BallotResult> {
    return this.send('DELETE', '/room/note', { activityId, noteId });
  }

  /** `PUT /room/dots`: this phone's whole allocation. */
  placeDots(activityId: string, dots: Record<string, number>): Promise<BallotResult> {
    const entries = Object.entries(dots).map(([itemId, count]) => ({ itemId, dots: count }));
    return this.send('PUT', '/room/dots', { activityId, dots: entries });
  }

  /** Any JSON request as the page sends it (token, Origin), timed from send to answer. */
  async send(method: string, path: string, body: unknown): Promise<BallotResult> {
    const started = performance.now();
    const payload = typeof body === 'string' ? body : JSON.stringify(body);
    const reply = await sendRequest(this.origin, {
      method,
      path,
      // As a browser does: Node's client would not frame a DELETE's body on its own.
      headers: { ...this.#headers(true), 'content-length': String(Buffer.byteLength(payload)) },
      body: payload,
      agent: this.agent,
    });
    return { status: reply.status, ms: performance.now() - started, reply };
  }

  /** Opens the live push channel and waits until it is open. */
  openLive(): Promise<WebSocket> {
    const url = new URL(this.origin);
    const socket = new WebSocket(
      `ws://127.0.0.1:${url.port}/room/live?token=${encodeURIComponent(this.token ?? '')}`,
      {
        origin: this.origin,
        ...(this.localAddress === undefined ? {} : { localAddress: this.localAddress }),
      },
    );
    this.#live = socket;
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
      socket.once('unexpected-response', (_request, response) =>
        reject(new Error(`live channel refused: ${response.statusCode}`)),
      );
    });
  }

  /** Calls `listener` with every push on the live channel (open it first); returns how to stop. */
  onPush(listener: (push: RoomPush) => void): () => void {
    const socket = this.#live;
    if (socket === null) throw new Error('Open the live channel first.');
    const onMessage = (data: Buffer) => {
      try {
        listener(JSON.parse(data.toString('utf8')) as RoomPush);
      } catch {
        // Not a push: ignore, as the page does.
      }
    };
    socket.on('message', onMessage);
    return () => socket.off('message', onMessage);
  }

  /** Closes the live channel (as a locked screen does) and waits until the room heard it. */
  closeLive(): Promise<void> {
    const socket = this.#live;
    this.#live = null;
    if (socket === null || socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      socket.once('close', () => resolve());
      socket.close();
    });
  }

  /** Drops every connection this phone holds. */
  close(): void {
    this.#live?.terminate();
    this.agent.destroy();
  }
}
