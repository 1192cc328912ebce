/**
 * Plain HTTP for room-server tests and the votes benchmark: always to 127.0.0.1 (the
 * network rule for tests), with the raw control attacks need (any path, any header, any
 * body) and keep-alive agents like a phone's browser.
 */
import http from 'node:http';
import net from 'node:net';

/** Refuses any origin that is not on 127.0.0.1: tests never touch a real network. */
export function assertLoopbackOrigin(origin: string): URL {
  const url = new URL(origin);
  if (url.hostname !== '127.0.0.1') throw new Error(`Tests talk to 127.0.0.1 only, not ${url.hostname}.`);
  return url;
}

/**
 * Refuses a source address outside 127.0.0.0/8. Tests that need phones on many addresses bind
 * each to its own loopback address (127.0.1.x), which Linux routes without any setup.
 */
export function assertLoopbackSource(address: string): string {
  if (!/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address)) {
    throw new Error(`Tests send from 127.0.0.0/8 only, not ${address}.`);
  }
  return address;
}

/** The `index`th loopback source address of a block (`127.0.<block>.<1 + index>`), for up to 254 × 200 phones. */
export function loopbackSourceAddress(index: number, block = 1): string {
  const third = block + Math.floor(index / 254);
  if (third > 255) throw new Error('Out of loopback source addresses.');
  return `127.0.${third}.${1 + (index % 254)}`;
}

/** What came back. */
export interface HttpReply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: unknown;
}

/** One request as an attacker or a phone would send it. */
export interface HttpRequest {
  readonly method?: string;
  /** Sent as written (no normalisation), e.g. `/../package.json`. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
  readonly agent?: http.Agent;
  /** Gives up after this long (default 10 s) so no test can hang on a request. */
  readonly timeoutMs?: number;
  /** Send from this loopback address (127.0.0.0/8) instead of 127.0.0.1; ignored with an agent. */
  readonly localAddress?: string;
}

/**
 * Sends one request to `origin` (127.0.0.1 only) and reads the whole reply; a reset on a
 * reused keep-alive connection is sent again on another one, as browsers do.
 */
export function sendRequest(origin: string, request: HttpRequest): Promise<HttpReply> {
  const url = assertLoopbackOrigin(origin);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port: Number(url.port),
        method: request.method ?? 'GET',
        path: request.path,
        headers: { host: url.host, ...request.headers },
        agent: request.agent ?? false,
        ...(request.localAddress === undefined
          ? {}
          : { localAddress: assertLoopbackSource(request.localAddress) }),
        timeout: request.timeoutMs ?? 10_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
        });
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`${request.path} timed out`)));
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      // A keep-alive connection the server closed as idle just as this request went out on
      // it: sent again on a fresh one, as a browser does (Node's documented pattern).
      if (outgoing.reusedSocket && error.code === 'ECONNRESET') {
        sendRequest(origin, request).then(resolve, reject);
      } else {
        reject(error);
      }
    });
    outgoing.end(request.body);
  });
}

/** The error code of a refusal (`{ ok: false, error: { code } }`), or null. */
export function errorCode(reply: HttpReply): string | null {
  const body = reply.json as { ok?: unknown; error?: { code?: unknown } } | undefined;
  return body?.ok === false && typeof body.error?.code === 'string' ? body.error.code : null;
}

/** A raw TCP connection to 127.0.0.1:`port`, for slow-loris and malformed-request tests. */
export function openRawSocket(origin: string): Promise<net.Socket> {
  const url = assertLoopbackOrigin(origin);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port: Number(url.port) }, () => resolve(socket));
    socket.once('error', reject);
  });
}
