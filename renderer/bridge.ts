/**
 * The only renderer file that talks to the host. In the desktop shell the preload has put
 * `window.readyroom` on the page (one `invoke(name, input)` and event subscription); in the
 * browser shell we call the loopback server over HTTP and listen to its event socket. Either
 * way the contract-generated proxy (`buildHostApi`) gives the rest of the UI one `HostApi`.
 *
 * Start-up, browser shell: the first screen's reads (`FIRST_SCREEN_READS`) are ready before
 * the app asks for them. On the first load the shell has put their replies in the page (the
 * address carried the token); otherwise (a reload, an older `#token=` address) they go as one
 * batch request as soon as the page's first script (`early-host-reads-main.ts`) creates the
 * host, while the app's JavaScript is still loading. Each reply is used once, for the first
 * call of its method; every later call goes to the server as usual. The desktop shell sends
 * nothing early: IPC is already fast there.
 *
 * Imports nothing heavy (no zod, no React): the page's first script runs this file.
 */
import type { HostApi, HostEventName } from '../shared/host-api/contract';
import type { ExposedHost } from '../shared/host-api/exposed-host';
import { FIRST_SCREEN_READS } from '../shared/host-api/first-screen-reads';
import { buildHostApi } from '../shared/host-api/host-api-proxy';
import { HostError } from '../shared/host-api/errors';
import type { HostReply } from '../shared/host-api/host-reply';
import {
  API_PREFIX,
  BATCH_PATH,
  EVENTS_PATH,
  TOKEN_HEADER,
  TOKEN_QUERY_PARAMETER,
} from '../shared/host-api/loopback-http';
import { EarlyReplies, firstScreenReplies, takeEmbeddedReplies } from './early-host-reads';
import { whenIdle } from './when-idle';

declare global {
  interface Window {
    /** Set by the desktop shell's preload; absent in the browser shell. */
    readyroom?: ExposedHost;
  }
}

/** Where the browser shell's access key is kept for reloads of this tab. */
export const TOKEN_STORAGE_KEY = 'readyroom.token';

/** The access key in the address: `?token=…`, or `#token=…` (older addresses, audience links). */
export function tokenInAddress(location: Location): string | null {
  return (
    new URLSearchParams(location.search).get(TOKEN_QUERY_PARAMETER) ||
    new URLSearchParams(location.hash.slice(1)).get(TOKEN_QUERY_PARAMETER) ||
    null
  );
}

/** The access key from the address or from this tab's storage, without changing either. */
export function peekBrowserToken(location: Location, storage: Storage): string | null {
  return tokenInAddress(location) ?? storage.getItem(TOKEN_STORAGE_KEY);
}

/**
 * From this size on, a request body is handed to fetch as a Blob: Chromium then takes it off
 * the page's main thread in about half the time a string takes (a 400 kB workshop: about
 * 15 ms instead of 30–70 ms, measured on these machines).
 */
const BLOB_BODY_FROM_CHARACTERS = 64 * 1024;

function jsonPost(token: string, body: unknown): RequestInit {
  const text = JSON.stringify(body);
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
    body: text.length >= BLOB_BODY_FROM_CHARACTERS ? new Blob([text], { type: 'application/json' }) : text,
  };
}

/** The request for one host call, as the browser shell's transport sends it. */
export function hostCallRequest(token: string, input: unknown): RequestInit {
  return jsonPost(token, { input });
}

/**
 * Reads the browser shell's per-launch token from the address (`?token=…`, or `#token=…`),
 * keeps it for reloads of this tab, and removes it from the address bar (the facilitator's
 * screen is often projected).
 */
export function takeBrowserToken(location: Location, storage: Storage, history: History): string | null {
  const fromAddress = tokenInAddress(location);
  if (fromAddress === null) return storage.getItem(TOKEN_STORAGE_KEY);
  storage.setItem(TOKEN_STORAGE_KEY, fromAddress);
  const query = new URLSearchParams(location.search);
  const fragment = new URLSearchParams(location.hash.slice(1));
  query.delete(TOKEN_QUERY_PARAMETER);
  fragment.delete(TOKEN_QUERY_PARAMETER);
  const search = query.toString();
  const hash = fragment.toString();
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`,
  );
  return fromAddress;
}

function desktopTransport(exposed: ExposedHost): HostApi {
  return buildHostApi(
    (name, input) => exposed.invoke(name, input),
    (name, listener) => exposed.events.on(name, listener),
  );
}

const UNREACHABLE_MESSAGE =
  'ReadyRoom cannot reach its host. If you started it with "npm run serve", check that it is still running, then reload this page.';

/** What the browser shell's transport uses of the page (a test passes its own). */
export type BrowserPage = Pick<Window, 'document' | 'fetch' | 'location'>;

/**
 * The first screen's replies for this page: those the shell put in it, or else one batch
 * request (one connection and one round trip instead of five). A failed batch is simply not
 * used: each call then goes to the host itself.
 */
function startFirstScreenReads(page: BrowserPage, token: string): EarlyReplies {
  const embedded = takeEmbeddedReplies(page.document);
  if (embedded !== undefined) return new EarlyReplies(Promise.resolve(embedded));
  const calls = FIRST_SCREEN_READS.map((method) => ({ method }));
  return new EarlyReplies(
    page
      .fetch(BATCH_PATH, jsonPost(token, { calls }))
      .then((response) => response.json() as Promise<unknown>)
      .then(firstScreenReplies)
      .catch(() => undefined),
  );
}

/**
 * The browser shell's transport: host calls over HTTP to the loopback server, events over
 * its WebSocket. With `readFirstScreen` (the facilitator page), starts the first screen's
 * reads at once (see the top of this file).
 */
export function browserTransport(page: BrowserPage, token: string | null, readFirstScreen = false): HostApi {
  const early = token !== null && readFirstScreen ? startFirstScreenReads(page, token) : null;
  const listeners = new Map<HostEventName, Set<(payload: unknown) => void>>();
  let socket: WebSocket | null = null;
  let connectPending = false;
  let retryDelay = 500;

  function connect(): void {
    if (token === null || socket !== null) return;
    const url = new URL(EVENTS_PATH, page.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set(TOKEN_QUERY_PARAMETER, token);
    const current = new WebSocket(url);
    socket = current;
    current.addEventListener('open', () => {
      retryDelay = 500;
    });
    current.addEventListener('message', (message) => {
      try {
        const { event, payload } = JSON.parse(String(message.data)) as {
          event: HostEventName;
          payload: unknown;
        };
        for (const listener of listeners.get(event) ?? []) listener(payload);
      } catch {
        // A malformed event is ignored; the next state fetch corrects the UI.
      }
    });
    current.addEventListener('close', () => {
      socket = null;
      if (listeners.size > 0) {
        window.setTimeout(connect, retryDelay);
        retryDelay = Math.min(retryDelay * 2, 10_000);
      }
    });
  }

  /**
   * The first listener opens the socket once the page is idle (after its first screen). The
   * server starts every new socket with the latest state events, so nothing sent before it
   * opened is missed (see `isStateEvent`).
   */
  function connectWhenIdle(): void {
    if (connectPending || socket !== null) return;
    connectPending = true;
    whenIdle(() => {
      connectPending = false;
      connect();
    });
  }

  return buildHostApi(
    async (name, input) => {
      if (token === null) {
        return {
          ok: false,
          error: {
            code: 'forbidden',
            message:
              'This page was opened without its access key. Open the full address that "npm run serve" printed.',
          },
        };
      }
      const earlyReply = await early?.take(name, input);
      if (earlyReply !== undefined) return earlyReply;
      let response: Response;
      try {
        response = await page.fetch(
          `${API_PREFIX}${encodeURIComponent(name)}`,
          hostCallRequest(token, input),
        );
      } catch {
        return { ok: false, error: { code: 'io-error', message: UNREACHABLE_MESSAGE } };
      }
      try {
        return (await response.json()) as HostReply;
      } catch {
        return { ok: false, error: { code: 'io-error', message: UNREACHABLE_MESSAGE } };
      }
    },
    (name, listener) => {
      let set = listeners.get(name);
      if (set === undefined) {
        set = new Set();
        listeners.set(name, set);
      }
      set.add(listener);
      connectWhenIdle();
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(name);
      };
    },
  );
}

/**
 * The browser shell's token for this page. It is used at once; moving it from the address
 * into the tab's storage waits until the page is idle (changing the address costs the first
 * screen a few milliseconds).
 */
function browserToken(): string | null {
  const token = peekBrowserToken(window.location, window.sessionStorage);
  whenIdle(() => takeBrowserToken(window.location, window.sessionStorage, window.history));
  return token;
}

let cached: HostApi | null = null;

function createHost(readFirstScreen: boolean): HostApi {
  return window.readyroom !== undefined
    ? desktopTransport(window.readyroom)
    : browserTransport(window, browserToken(), readFirstScreen);
}

/** The host API for this page, created on first use. */
export function getHost(): HostApi {
  cached ??= createHost(false);
  return cached;
}

/**
 * Creates the facilitator page's host as early as possible, with the first screen's reads
 * under way (browser shell): called by the page's first script, before the app loads.
 */
export function startFacilitatorHost(): void {
  cached ??= createHost(true);
}

/** Address of the audience screen for this shell, carrying the browser token when needed. */
export function audienceScreenUrl(): string {
  const url = new URL('audience.html', window.location.href);
  url.search = '';
  const token =
    window.readyroom === undefined ? peekBrowserToken(window.location, window.sessionStorage) : null;
  url.hash = token ? `token=${token}` : '';
  return url.toString();
}

export { HostError };
