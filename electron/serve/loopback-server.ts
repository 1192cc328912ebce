import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { isStateEvent, type HostEventName } from '../../shared/host-api/contract';
import { dispatchHostCall } from '../../shared/host-api/dispatch';
import { HostError } from '../../shared/host-api/errors';
import {
  API_PREFIX,
  BATCH_PATH,
  EVENTS_PATH,
  START_UP_READS,
  START_UP_READS_ELEMENT_ID,
  TOKEN_HEADER,
  TOKEN_QUERY_PARAMETER,
} from '../../shared/host-api/loopback-http';
import type { Host } from '../host/create-host';
import { readStaticFile } from './static-files';
import { describeSize, MAX_WORKSHOP_FILE_BYTES } from '../../shared/host-api/workshop-file-intake';

/**
 * Largest request body the API accepts: twice the largest workshop file, because a dropped
 * file travels as a JSON string, where quotes and line breaks take two bytes.
 */
export const MAX_BODY_BYTES = 2 * MAX_WORKSHOP_FILE_BYTES;
/**
 * The most request body the shell holds in memory at once, over every request in flight:
 * one largest body and half another. Six parallel 60 MB uploads once took the shell from
 * 92 to 613 MB; now a request that would go past this is refused before it is read.
 */
export const MAX_BUFFERED_BODY_BYTES = MAX_BODY_BYTES + MAX_BODY_BYTES / 2;
/** Most calls one batch may carry (the page's start-up reads are five). */
export const MAX_BATCH_CALLS = 16;

export interface LoopbackServerOptions {
  readonly host: Host;
  readonly rendererDirectory: string;
  readonly token: string;
  /** 0 picks any free port. */
  readonly port: number;
  /** Loopback address to listen on; the browser shell never listens anywhere else. */
  readonly hostname?: '127.0.0.1' | '::1';
  /**
   * With no page connected for this long (every tab closed, not just reloaded), the host
   * hears that its windows are gone and closes the voting room. Default one minute.
   */
  readonly windowsGoneAfterMs?: number;
}

/** How long the browser shell waits for a closed tab to come back before closing the room. */
export const WINDOWS_GONE_AFTER_MS = 60_000;

/**
 * The facilitator page waits at most this long for its start-up replies (a large library on
 * a slow disk can take longer to list). The browser is fetching the scripts meanwhile, which
 * takes longer than this here, so the wait costs nothing; past it, the page goes out
 * without them and asks for them itself while its scripts run, as it does after a reload.
 */
export const START_UP_READS_WAIT_MS = 150;

export interface LoopbackServer {
  /**
   * The address to open, with the token in its query (`/?token=…`): the shell needs it on
   * that first request to put the start-up replies in the page. It stays on loopback, the
   * page sends no Referer (`Referrer-Policy: no-referrer`) and takes it out of the address
   * bar once its first screen is drawn.
   */
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
  // No Cross-Origin-Opener-Policy: it would make the browser swap the tab into a new
  // browsing context group (a new renderer process) on every load, about 100 ms of start-up
  // on these machines, and it protects nothing here. Another site that opens this page
  // cannot read it (same-origin policy), and without the token in the fragment the page it
  // opened shows only "opened without its access key". The page opens no other site.
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

/** A request body refused before (or while) it is read, with the status to answer. */
class BodyRefusal extends HostError {
  constructor(
    readonly status: 413 | 503,
    message: string,
  ) {
    super('invalid-argument', message);
  }
}

const TOO_LARGE_MESSAGE =
  `The request is larger than the ${describeSize(MAX_BODY_BYTES)} ReadyRoom accepts. ` +
  `A workshop file can be up to ${describeSize(MAX_WORKSHOP_FILE_BYTES)}; check that you picked the right file.`;
const BUSY_MESSAGE = 'ReadyRoom is still receiving other large requests. Wait a moment, then try again.';

/** How much request body the shell holds at once (see {@link MAX_BUFFERED_BODY_BYTES}). */
class BodyBudget {
  #inUse = 0;
  constructor(private readonly limit: number) {}
  take(bytes: number): boolean {
    if (this.#inUse + bytes > this.limit) return false;
    this.#inUse += bytes;
    return true;
  }
  give(bytes: number): void {
    this.#inUse -= bytes;
  }
}

/**
 * Reads a request body within the limits. A declared `Content-Length` over the limit, or
 * more than the shell may hold now, is refused before one byte is read; a body sent without
 * a length is counted as it arrives. The memory is given back once the body is parsed.
 */
function readBody(request: http.IncomingMessage, budget: BodyBudget): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 'NaN');
    const hasLength = Number.isFinite(declared) && declared >= 0;
    if (hasLength && declared > MAX_BODY_BYTES) {
      reject(new BodyRefusal(413, TOO_LARGE_MESSAGE));
      return;
    }
    let held = 0;
    if (hasLength) {
      if (!budget.take(declared)) {
        reject(new BodyRefusal(503, BUSY_MESSAGE));
        return;
      }
      held = declared;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      budget.give(held);
      outcome();
    };
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES || (hasLength && size > declared)) {
        finish(() => reject(new BodyRefusal(413, TOO_LARGE_MESSAGE)));
        return;
      }
      if (!hasLength) {
        if (!budget.take(chunk.length)) {
          finish(() => reject(new BodyRefusal(503, BUSY_MESSAGE)));
          return;
        }
        held += chunk.length;
      }
      chunks.push(chunk);
    });
    request.on('end', () => finish(() => resolve(Buffer.concat(chunks).toString('utf8'))));
    request.on('error', (error) => finish(() => reject(error)));
    request.on('close', () =>
      finish(() => reject(new HostError('invalid-argument', 'The request was cut off.'))),
    );
  });
}

async function readJsonBody(request: http.IncomingMessage, budget: BodyBudget): Promise<unknown> {
  const text = await readBody(request, budget);
  if (text.length === 0) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HostError('invalid-argument', 'The request body is not valid JSON.');
  }
}

/** The calls of a batch body, or a clear refusal of the whole batch. */
function batchCalls(body: unknown): { method: string; input: unknown }[] {
  const calls = typeof body === 'object' && body !== null ? (body as { calls?: unknown }).calls : undefined;
  if (!Array.isArray(calls) || calls.length === 0 || calls.length > MAX_BATCH_CALLS) {
    throw new HostError(
      'invalid-argument',
      `A batch must be { "calls": [...] } with 1 to ${MAX_BATCH_CALLS} calls; send more calls in several batches.`,
    );
  }
  return calls.map((call: unknown, index) => {
    const method =
      typeof call === 'object' && call !== null ? (call as { method?: unknown }).method : undefined;
    if (typeof method !== 'string') {
      throw new HostError('invalid-argument', `Call ${index + 1} of the batch does not name a host method.`);
    }
    return { method, input: (call as { input?: unknown }).input };
  });
}

function asHostError(error: unknown): HostError {
  return error instanceof HostError
    ? error
    : new HostError('internal', 'Something went wrong. Please try again.');
}

/** What one call answers, in the shape a single `/api/call/…` reply has. */
function replyOf(result: unknown): { ok: true; result: unknown } {
  return { ok: true, result: result ?? null };
}

function errorReplyOf(error: unknown): { ok: false; error: ReturnType<HostError['toData']> } {
  return { ok: false, error: asHostError(error).toData() };
}

/** Paths of the facilitator page, the one that gets its start-up replies inside it. */
const FACILITATOR_PAGE_PATHS: ReadonlySet<string> = new Set(['/', '/index.html']);

/**
 * JSON for the inside of a `<script type="application/json">` element: every `<` escaped, so
 * no text in the data (a workshop called `</script>…`) can end the element or open a comment.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The browser shell's transport: serves the built renderer and exposes the host contract
 * as `POST /api/call/<method>` (or several calls at once, `POST /api/batch`) plus a
 * WebSocket of host events, on loopback only.
 *
 * Every request must name this server in `Host` (blocks DNS rebinding); API calls and the
 * event socket must also carry the per-launch token and, when the browser sends one, an
 * `Origin` equal to this server's own (blocks other sites the user has open).
 */
export async function startLoopbackServer(options: LoopbackServerOptions): Promise<LoopbackServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  const bodyBudget = new BodyBudget(MAX_BUFFERED_BODY_BYTES);
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  function hostAllowed(request: http.IncomingMessage): boolean {
    return allowedHosts.has((request.headers.host ?? '').toLowerCase());
  }
  function originAllowed(request: http.IncomingMessage): boolean {
    const origin = request.headers.origin;
    return origin === undefined || allowedOrigins.has(origin.toLowerCase());
  }

  /** Checks method, Origin and token; sends the refusal and returns false when one fails. */
  function apiRequestAllowed(request: http.IncomingMessage, response: http.ServerResponse): boolean {
    if (request.method !== 'POST') {
      sendError(response, 405, new HostError('invalid-argument', 'Host methods are called with POST.'));
      return false;
    }
    if (!originAllowed(request)) {
      sendError(response, 403, new HostError('forbidden', 'Calls from another site are refused.'));
      return false;
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
      return false;
    }
    return true;
  }

  async function handleApi(request: http.IncomingMessage, response: http.ServerResponse, url: URL) {
    if (!apiRequestAllowed(request, response)) return;
    try {
      const body = await readJsonBody(request, bodyBudget);
      if (url.pathname === BATCH_PATH) {
        sendJson(response, 200, await runBatch(batchCalls(body)));
        return;
      }
      const methodName = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
      const input =
        typeof body === 'object' && body !== null ? (body as { input?: unknown }).input : undefined;
      sendJson(response, 200, replyOf(await callHost(methodName, input)));
    } catch (error) {
      if (error instanceof BodyRefusal) {
        refuseBody(request, response, error);
        return;
      }
      const hostError = asHostError(error);
      if (!response.headersSent) sendError(response, STATUS_BY_CODE[hostError.code], hostError);
    }
  }

  /**
   * Answers a refused body at once and closes the connection, so the rest of the body is
   * never read: the client gets the reason while it is still sending.
   */
  function refuseBody(request: http.IncomingMessage, response: http.ServerResponse, refusal: BodyRefusal) {
    if (response.headersSent) return;
    response.shouldKeepAlive = false;
    if (refusal.status === 503) response.setHeader('Retry-After', '5');
    sendError(response, refusal.status, refusal);
    response.on('finish', () => request.socket.destroySoon());
  }

  function callHost(methodName: string, input: unknown): Promise<unknown> {
    return dispatchHostCall(options.host.methods, methodName, input);
  }

  /** The body a batch answers: every call's own reply, in order; one failure spoils no other. */
  async function runBatch(calls: readonly { method: string; input: unknown }[]) {
    const replies = await Promise.all(
      calls.map(({ method, input }) => callHost(method, input).then(replyOf, errorReplyOf)),
    );
    return { ok: true, replies };
  }

  /**
   * The facilitator page with the replies to its start-up reads at the end of `<body>`. The
   * page before them goes out at once, so the browser fetches the scripts while the host
   * answers; the replies follow in the same response, or are left out after
   * {@link START_UP_READS_WAIT_MS}. `no-store`: the page now holds the library and the
   * settings.
   */
  async function sendFacilitatorPage(response: http.ServerResponse, html: string, contentType: string) {
    const end = html.lastIndexOf('</body>');
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentType,
      'Cache-Control': 'no-store',
    });
    response.write(html.slice(0, end));
    let timer: NodeJS.Timeout | undefined;
    const replies = await Promise.race([
      runBatch(START_UP_READS.map((method) => ({ method, input: undefined }))),
      new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), START_UP_READS_WAIT_MS);
      }),
    ]);
    clearTimeout(timer);
    const element =
      replies === null
        ? ''
        : `<script type="application/json" id="${START_UP_READS_ELEMENT_ID}">${jsonForScriptElement(replies)}</script>\n  `;
    response.end(`${element}${html.slice(end)}`);
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
    // Only with the right token: the replies are the library and the settings.
    if (
      request.method === 'GET' &&
      FACILITATOR_PAGE_PATHS.has(url.pathname) &&
      tokensMatch(options.token, url.searchParams.get(TOKEN_QUERY_PARAMETER))
    ) {
      const html = file.body.toString('utf8');
      if (html.includes('</body>')) {
        await sendFacilitatorPage(response, html, file.contentType);
        return;
      }
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
    const isApi = url.pathname.startsWith(API_PREFIX) || url.pathname === BATCH_PATH;
    const handler = isApi ? handleApi : handleStatic;
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
  let windowsGoneTimer: NodeJS.Timeout | undefined;
  // The latest message of each event that tells the current state of something. A page reads
  // that state, then opens its socket (later still if it is busy drawing its first screen),
  // and an event in between would be lost to it; a socket that reconnects has missed the ones
  // sent while it was away. So every new socket first gets these, and ends up current.
  const latestStates = new Map<HostEventName, string>();
  const unsubscribe = options.host.events.subscribe((name, payload) => {
    const message = JSON.stringify({ event: name, payload });
    if (isStateEvent(name)) latestStates.set(name, message);
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
    if (!tokensMatch(options.token, url.searchParams.get(TOKEN_QUERY_PARAMETER)))
      return refuse(401, 'Unauthorized');
    sockets.handleUpgrade(request, socket, head, (client: WebSocket) => {
      clearTimeout(windowsGoneTimer);
      client.on('close', () => {
        clearTimeout(windowsGoneTimer);
        if (sockets.clients.size > 0) return;
        windowsGoneTimer = setTimeout(() => {
          if (sockets.clients.size === 0) void options.host.windowsGone();
        }, options.windowsGoneAfterMs ?? WINDOWS_GONE_AFTER_MS);
        windowsGoneTimer.unref();
      });
      // The event socket only talks one way; anything a client sends is ignored.
      client.on('message', () => {});
      for (const message of latestStates.values()) client.send(message);
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
    url: `${origin}/?${TOKEN_QUERY_PARAMETER}=${options.token}`,
    origin,
    port,
    close: async () => {
      clearTimeout(windowsGoneTimer);
      unsubscribe();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
