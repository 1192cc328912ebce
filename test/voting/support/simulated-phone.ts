import http from 'node:http';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { Answer } from '../../../shared/workshop/readiness';
import { assertLoopbackOrigin, sendRequest, type HttpReply } from './loopback-http';

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
  readonly agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  token: string | null = null;
  deviceId: string | null = null;
  #live: WebSocket | null = null;

  constructor(origin: string) {
    assertLoopbackOrigin(origin);
    this.origin = origin;
  }

  #headers(json: boolean): Record<string, string> {
    const headers: Record<string, string> = { origin: this.origin };
    if (json) headers['content-type'] = 'application/json';
    if (this.token !== null) headers.authorization = `Bearer ${this.token}`;
    return headers;
  }

  /** Joins with `code`; throws when the room refuses. */
  async join(code: string, name?: string): Promise<void> {
    const reply = await sendRequest(this.origin, {
      method: 'POST',
      path: '/room/join',
      headers: this.#headers(true),
      body: JSON.stringify(name === undefined ? { code } : { code, name }),
      agent: this.agent,
    });
    const body = reply.json as { token?: string; deviceId?: string } | undefined;
    if (reply.status !== 200 || body?.token === undefined || body.deviceId === undefined) {
      throw new Error(`join refused: ${reply.status} ${reply.text}`);
    }
    this.token = body.token;
    this.deviceId = body.deviceId;
  }

  /** `GET /room/state`. */
  state(): Promise<HttpReply> {
    return sendRequest(this.origin, {
      path: '/room/state',
      headers: this.#headers(false),
      agent: this.agent,
    });
  }

  /** `POST /room/ballot`, timed from send to acknowledgement. */
  async vote(roundId: string, questionId: string, answer: Answer): Promise<BallotResult> {
    const started = performance.now();
    const reply = await sendRequest(this.origin, {
      method: 'POST',
      path: '/room/ballot',
      headers: this.#headers(true),
      body: JSON.stringify({ roundId, questionId, answer }),
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

  /** Drops every connection this phone holds. */
  close(): void {
    this.#live?.terminate();
    this.agent.destroy();
  }
}
