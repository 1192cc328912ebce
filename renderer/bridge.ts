/**
 * The only renderer file that talks to the host. In the desktop shell the preload has put
 * `window.readyroom` on the page; in the browser shell we call the loopback server over
 * HTTP and listen to its event socket. Either way the rest of the UI sees one `HostApi`.
 */
import type { HostApi, HostEventName, HostMethodName, HostReply } from '../shared/host-api/contract';
import { buildHostApi } from '../shared/host-api/host-api-proxy';
import { HostError } from '../shared/host-api/errors';
import { API_PREFIX, EVENTS_PATH, TOKEN_QUERY_PARAMETER } from '../shared/host-api/loopback-http';
import {
  hostCallRequest,
  peekBrowserToken,
  takeEarlyHostRead,
  tokenInAddress,
  TOKEN_STORAGE_KEY,
} from './early-host-reads';
import { whenIdle } from './when-idle';

type ExposedMethod = (input?: unknown) => Promise<HostReply>;
interface ExposedHost {
  readonly events: { on(name: string, listener: (payload: unknown) => void): () => void };
}

declare global {
  interface Window {
    /** Set by the desktop shell's preload; absent in the browser shell. */
    readyroom?: ExposedHost;
  }
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
    (name: HostMethodName, input: unknown) => {
      const dot = name.indexOf('.');
      const [namespace, method] = [name.slice(0, dot), name.slice(dot + 1)];
      const group = (exposed as unknown as Record<string, Record<string, ExposedMethod>>)[namespace];
      const call = group?.[method];
      if (call === undefined) {
        return Promise.resolve({
          ok: false,
          error: { code: 'unknown-method', message: `This version of ReadyRoom cannot ${name}.` },
        } satisfies HostReply);
      }
      return call(input);
    },
    (name, listener) => exposed.events.on(name, listener),
  );
}

const UNREACHABLE_MESSAGE =
  'ReadyRoom cannot reach its host. If you started it with "npm run serve", check that it is still running, then reload this page.';

function browserTransport(token: string | null): HostApi {
  const listeners = new Map<HostEventName, Set<(payload: unknown) => void>>();
  let socket: WebSocket | null = null;
  let connectPending = false;
  let retryDelay = 500;

  function connect(): void {
    if (token === null || socket !== null) return;
    const url = new URL(EVENTS_PATH, window.location.href);
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
      // The start-up reads were sent early by the page's first script (early-host-reads.ts).
      const early = await takeEarlyHostRead(window, name, input);
      if (early !== undefined) return early as HostReply;
      let response: Response;
      try {
        response = await fetch(`${API_PREFIX}${encodeURIComponent(name)}`, hostCallRequest(token, input));
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

/** The host API for this page, created on first use. */
export function getHost(): HostApi {
  if (cached === null) {
    cached =
      window.readyroom !== undefined ? desktopTransport(window.readyroom) : browserTransport(browserToken());
  }
  return cached;
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
