import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HostError } from '../../shared/host-api/errors';
import {
  API_PREFIX,
  BATCH_PATH,
  EVENTS_PATH,
  TOKEN_QUERY_PARAMETER,
} from '../../shared/host-api/loopback-http';
import { hostAllowed } from '../host/http/request-origin';
import { PAGE_SECURITY_HEADERS_WITHOUT_OPENER_POLICY } from '../host/http/security-headers';
import type { Host } from '../host/create-host';
import { tokensMatch } from './access-token';
import { createApiRoutes, sendFailure } from './api-routes';
import { createEventSocket } from './event-socket';
import { FACILITATOR_PAGE_PATHS, sendFacilitatorPage } from './facilitator-page';
import { readStaticFile } from './static-files';
import { text } from '../../shared/text';

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

/**
 * The browser shell's transport: serves the built renderer and exposes the host contract
 * as `POST /api/call/<method>` (or several calls at once, `POST /api/batch`; see
 * api-routes.ts) plus a WebSocket of host events (event-socket.ts), on loopback only.
 *
 * Every request must name this server in `Host` (blocks DNS rebinding); API calls and the
 * event socket must also carry the per-launch token and, when the browser sends one, an
 * `Origin` equal to this server's own (blocks other sites the user has open).
 */
export async function startLoopbackServer(options: LoopbackServerOptions): Promise<LoopbackServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  let allowedHosts: ReadonlySet<string> = new Set<string>();
  let allowedOrigins: ReadonlySet<string> = new Set<string>();
  const handleApi = createApiRoutes({
    host: options.host,
    token: options.token,
    allowedOrigins: () => allowedOrigins,
  });
  const events = createEventSocket({
    host: options.host,
    token: options.token,
    allowedHosts: () => allowedHosts,
    allowedOrigins: () => allowedOrigins,
    windowsGoneAfterMs: options.windowsGoneAfterMs,
  });

  async function handleStatic(request: http.IncomingMessage, response: http.ServerResponse, url: URL) {
    const headers = PAGE_SECURITY_HEADERS_WITHOUT_OPENER_POLICY;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, headers).end();
      return;
    }
    const file = await readStaticFile(options.rendererDirectory, url.pathname);
    if (file === null) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(text('host.loopback.notFound'));
      return;
    }
    if (
      request.method === 'GET' &&
      FACILITATOR_PAGE_PATHS.has(url.pathname) &&
      tokensMatch(options.token, url.searchParams.get(TOKEN_QUERY_PARAMETER))
    ) {
      const html = file.body.toString('utf8');
      if (html.includes('</body>')) {
        await sendFacilitatorPage(options.host, response, html, file.contentType);
        return;
      }
    }
    response.writeHead(200, {
      ...headers,
      'Content-Type': file.contentType,
      'Content-Length': file.body.length,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  const server = http.createServer((request, response) => {
    if (!hostAllowed(request, allowedHosts)) {
      sendFailure(response, new HostError('forbidden', text('host.loopback.wrongHost')));
      return;
    }
    const url = new URL(request.url ?? '/', 'http://loopback');
    const isApi = url.pathname.startsWith(API_PREFIX) || url.pathname === BATCH_PATH;
    const handler = isApi ? handleApi : handleStatic;
    handler(request, response, url).catch((error: unknown) => {
      console.error('[readyroom] request failed', error);
      sendFailure(response, error, 500);
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 60_000;

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://loopback');
    if (url.pathname !== EVENTS_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    events.upgrade(request, socket, head);
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
      events.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
