import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { dispatchHostCall } from '../../shared/host-api/dispatch';
import { HostError } from '../../shared/host-api/errors';
import type { Host } from '../host/create-host';
import { readStaticFile } from './static-files';

/** Largest request body the API accepts; a whole workshop with pictures stays well below it. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Header that carries the per-launch secret on every API call. */
export const TOKEN_HEADER = 'x-readyroom-token';
export const API_PREFIX = '/api/call/';
export const EVENTS_PATH = '/api/events';

export interface LoopbackServerOptions {
  readonly host: Host;
  readonly rendererDirectory: string;
  readonly token: string;
  /** 0 picks any free port. */
  readonly port: number;
  /** Loopback address to listen on; the browser shell never listens anywhere else. */
  readonly hostname?: '127.0.0.1' | '::1';
}

export interface LoopbackServer {
  /** The address to open, with the token in the fragment (never sent over the wire). */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  close(): Promise<void>;
}

function tokensMatch(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string') return false;
  const expectedBuffer = Buffer.from(expected);
  const givenBuffer = Buffer.from(given);
  return expectedBuffer.length === givenBuffer.length && timingSafeEqual(expectedBuffer, givenBuffer);
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

function sendError(response: http.ServerResponse, status: number, error: HostError): void {
  sendJson(response, status, { ok: false, error: error.toData() });
}

const STATUS_BY_CODE: Readonly<Record<HostError['code'], number>> = {
  'invalid-argument': 400,
  'unknown-method': 404,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'damaged-file': 422,
  'io-error': 500,
  internal: 500,
};

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? '0');
    if (declared > MAX_BODY_BYTES) {
      reject(new HostError('invalid-argument', 'The request is too large for ReadyRoom to accept.'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HostError('invalid-argument', 'The request is too large for ReadyRoom to accept.'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * The browser shell's transport: serves the built renderer and exposes the host contract
 * as `POST /api/call/<method>` plus a WebSocket of host events, on loopback only.
 *
 * Every request must name this server in `Host` (blocks DNS rebinding); API calls and the
 * event socket must also carry the per-launch token and, when the browser sends one, an
 * `Origin` equal to this server's own (blocks other sites the user has open).
 */
export async function startLoopbackServer(options: LoopbackServerOptions): Promise<LoopbackServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  function hostAllowed(request: http.IncomingMessage): boolean {
    return allowedHosts.has((request.headers.host ?? '').toLowerCase());
  }
  function originAllowed(request: http.IncomingMessage): boolean {
    const origin = request.headers.origin;
    return origin === undefined || allowedOrigins.has(origin.toLowerCase());
  }

  async function handleApi(request: http.IncomingMessage, response: http.ServerResponse, url: URL) {
    if (request.method !== 'POST') {
      sendError(response, 405, new HostError('invalid-argument', 'Host methods are called with POST.'));
      return;
    }
    if (!originAllowed(request)) {
      sendError(response, 403, new HostError('forbidden', 'Calls from another site are refused.'));
      return;
    }
    const tokenHeader = request.headers[TOKEN_HEADER];
    if (!tokensMatch(options.token, Array.isArray(tokenHeader) ? tokenHeader[0] : tokenHeader)) {
      sendError(
        response,
        401,
        new HostError(
          'forbidden',
          'This page is not connected to the running ReadyRoom. Open the address that "npm run serve" printed.',
        ),
      );
      return;
    }
    const methodName = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
    try {
      const text = await readBody(request);
      let body: unknown = {};
      if (text.length > 0) {
        try {
          body = JSON.parse(text);
        } catch {
          throw new HostError('invalid-argument', 'The request body is not valid JSON.');
        }
      }
      const input =
        typeof body === 'object' && body !== null ? (body as { input?: unknown }).input : undefined;
      const result = await dispatchHostCall(options.host.methods, methodName, input);
      sendJson(response, 200, { ok: true, result: result ?? null });
    } catch (error) {
      const hostError =
        error instanceof HostError
          ? error
          : new HostError('internal', 'Something went wrong. Please try again.');
      if (!response.headersSent) sendError(response, STATUS_BY_CODE[hostError.code], hostError);
    }
  }

  async function handleStatic(request: http.IncomingMessage, response: http.ServerResponse, url: URL) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    const file = await readStaticFile(options.rendererDirectory, url.pathname);
    if (file === null) {
      response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Content-Length': file.body.length,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  const server = http.createServer((request, response) => {
    if (!hostAllowed(request)) {
      sendError(response, 403, new HostError('forbidden', 'Requests must be addressed to this computer.'));
      return;
    }
    const url = new URL(request.url ?? '/', 'http://loopback');
    const handler = url.pathname.startsWith(API_PREFIX) ? handleApi : handleStatic;
    handler(request, response, url).catch((error: unknown) => {
      console.error('[readyroom] request failed', error);
      if (!response.headersSent) {
        sendError(response, 500, new HostError('internal', 'Something went wrong. Please try again.'));
      }
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 60_000;

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const unsubscribe = options.host.events.subscribe((name, payload) => {
    const message = JSON.stringify({ event: name, payload });
    for (const client of sockets.clients) {
      if (client.readyState === client.OPEN) client.send(message);
    }
  });

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://loopback');
    const refuse = (status: number, reason: string) => {
      socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (url.pathname !== EVENTS_PATH) return refuse(404, 'Not Found');
    if (!hostAllowed(request) || !originAllowed(request)) return refuse(403, 'Forbidden');
    if (!tokensMatch(options.token, url.searchParams.get('token'))) return refuse(401, 'Unauthorized');
    sockets.handleUpgrade(request, socket, head, (client: WebSocket) => {
      // The event socket only talks one way; anything a client sends is ignored.
      client.on('message', () => {});
      sockets.emit('connection', client, request);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const displayHost = hostname === '::1' ? '[::1]' : hostname;
  allowedHosts = new Set([`${displayHost}:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([...allowedHosts].map((host) => `http://${host}`));
  const origin = `http://${displayHost}:${port}`;

  return {
    url: `${origin}/#token=${options.token}`,
    origin,
    port,
    close: async () => {
      unsubscribe();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
