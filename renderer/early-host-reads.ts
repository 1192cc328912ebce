/**
 * Browser shell only: the host reads every facilitator window makes at start-up (app info,
 * notices, settings, the library and its trash), sent while the page's JavaScript is still
 * being compiled and run, so the server answers during that time instead of after it.
 *
 * `early-host-reads-main.ts` starts them, as a small script of its own that `index.html`
 * loads before the app. `bridge.ts` then uses each reply once, for the first call of that
 * method; every later call goes to the server as usual. In the desktop shell (the preload has
 * set `window.readyroom`) nothing is sent: IPC is already fast there.
 *
 * Imports only the shell's HTTP constants, so the early script stays tiny and does not wait
 * for the app's chunks.
 */
import { BATCH_PATH, TOKEN_HEADER } from '../shared/host-api/loopback-http';

/** Where the browser shell's access key is kept for reloads of this tab (see `bridge.ts`). */
export const TOKEN_STORAGE_KEY = 'readyroom.token';

/** The methods read at start-up, all without input (see `startAppStore` and `loadAppInfo`). */
export const EARLY_HOST_READS = [
  'app.getInfo',
  'app.listNotices',
  'settings.get',
  'documents.list',
  'documents.listTrash',
] as const;

/** The reply of a host call as the server sends it (parsed JSON), or undefined if it failed. */
type EarlyReply = Promise<unknown>;

/** Kept on `window` so both scripts see the same replies however the bundler splits them. */
const REPLIES_KEY = '__readyroomEarlyHostReads';

interface WindowWithReplies {
  [REPLIES_KEY]?: Map<string, EarlyReply>;
}

/** The access key from the address (`#token=…`) or from this tab's storage, without changing either. */
export function peekBrowserToken(location: Location, storage: Storage): string | null {
  return new URLSearchParams(location.hash.slice(1)).get('token') ?? storage.getItem(TOKEN_STORAGE_KEY);
}

/** The request for one host call, as the bridge sends it. */
export function hostCallRequest(token: string, input: unknown): RequestInit {
  return jsonPost(token, { input });
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

/** The replies of a batch, in the order of its calls, or undefined if the batch failed as a whole. */
function batchReplies(body: unknown, count: number): unknown[] | undefined {
  const replies =
    typeof body === 'object' && body !== null ? (body as { replies?: unknown }).replies : undefined;
  return Array.isArray(replies) && replies.length === count ? replies : undefined;
}

/**
 * Sends the start-up reads (once per page) as one batch request: one connection and one
 * round trip instead of five. Does nothing without a token.
 */
export function startEarlyHostReads(target: Window, token: string | null): void {
  const holder = target as unknown as WindowWithReplies;
  if (token === null || holder[REPLIES_KEY] !== undefined) return;
  const calls = EARLY_HOST_READS.map((method) => ({ method }));
  const batch = target
    .fetch(BATCH_PATH, jsonPost(token, { calls }))
    .then((response) => response.json() as Promise<unknown>)
    .then((body) => batchReplies(body, calls.length))
    // A failed batch is simply not used: the bridge then calls the host itself.
    .catch(() => undefined);
  holder[REPLIES_KEY] = new Map(
    EARLY_HOST_READS.map((name, index) => [name, batch.then((replies) => replies?.[index])]),
  );
}

/**
 * The early reply for a call of `name` without input, at most once per method; undefined
 * when there is none (not sent, already used, or the call has an input).
 */
export function takeEarlyHostRead(target: Window, name: string, input: unknown): EarlyReply | undefined {
  if (input !== undefined) return undefined;
  const replies = (target as unknown as WindowWithReplies)[REPLIES_KEY];
  const reply = replies?.get(name);
  replies?.delete(name);
  return reply;
}
