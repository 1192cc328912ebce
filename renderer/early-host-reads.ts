/**
 * Browser shell only: the host reads every facilitator window makes at start-up (app info,
 * notices, settings, the library and its trash, `START_UP_READS`), ready before the app
 * asks for them.
 *
 * On the first load the shell has put their replies in the page itself (the address carried
 * the token; see `START_UP_READS_ELEMENT_ID`), and nothing is sent. Otherwise (a reload, an
 * older `#token=` address) they go as one batch request while the page's JavaScript is still
 * being compiled and run, so the server answers during that time instead of after it.
 *
 * `early-host-reads-main.ts` starts this, as a small script of its own that `index.html`
 * loads before the app. `bridge.ts` then uses each reply once, for the first call of that
 * method; every later call goes to the server as usual. In the desktop shell (the preload has
 * set `window.readyroom`) nothing is sent: IPC is already fast there.
 *
 * Imports only the shell's HTTP constants, so the early script stays tiny and does not wait
 * for the app's chunks.
 */
import {
  BATCH_PATH,
  START_UP_READS,
  START_UP_READS_ELEMENT_ID,
  TOKEN_HEADER,
  TOKEN_QUERY_PARAMETER,
} from '../shared/host-api/loopback-http';

/** Where the browser shell's access key is kept for reloads of this tab (see `bridge.ts`). */
export const TOKEN_STORAGE_KEY = 'readyroom.token';

/** The reply of a host call as the server sends it (parsed JSON), or undefined if it failed. */
type EarlyReply = Promise<unknown>;

/** Kept on `window` so both scripts see the same replies however the bundler splits them. */
const REPLIES_KEY = '__readyroomEarlyHostReads';

interface WindowWithReplies {
  [REPLIES_KEY]?: Map<string, EarlyReply>;
}

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
 * The replies the shell put in the page, taken out of it (read once); undefined when there
 * are none or they cannot be read (the page then asks the server).
 */
function takeEmbeddedReplies(document: Document | undefined): unknown[] | undefined {
  const element = document?.getElementById(START_UP_READS_ELEMENT_ID);
  if (element === null || element === undefined) return undefined;
  element.remove();
  try {
    return batchReplies(JSON.parse(element.textContent ?? ''), START_UP_READS.length);
  } catch {
    return undefined;
  }
}

/**
 * Makes the start-up replies ready (once per page): those the shell put in the page, or else
 * one batch request (one connection and one round trip instead of five). Without either a
 * token or replies in the page, does nothing.
 */
export function startEarlyHostReads(target: Window, token: string | null): void {
  const holder = target as unknown as WindowWithReplies;
  if (holder[REPLIES_KEY] !== undefined) return;
  const embedded = takeEmbeddedReplies(target.document);
  let replies: Promise<unknown[] | undefined>;
  if (embedded !== undefined) {
    replies = Promise.resolve(embedded);
  } else if (token !== null) {
    const calls = START_UP_READS.map((method) => ({ method }));
    replies = target
      .fetch(BATCH_PATH, jsonPost(token, { calls }))
      .then((response) => response.json() as Promise<unknown>)
      .then((body) => batchReplies(body, calls.length))
      // A failed batch is simply not used: the bridge then calls the host itself.
      .catch(() => undefined);
  } else {
    return;
  }
  holder[REPLIES_KEY] = new Map(
    START_UP_READS.map((name, index) => [name, replies.then((all) => all?.[index])]),
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
