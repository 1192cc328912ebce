/**
 * The browser shell's HTTP contract between the page (`renderer/bridge.ts`,
 * `renderer/early-host-reads.ts`) and the loopback server (`electron/serve/loopback-server.ts`).
 * Constants only: the page's first, tiny script imports it.
 */

/** Header that carries the per-launch secret on every API call (names are case-insensitive). */
export const TOKEN_HEADER = 'x-readyroom-token';
/** `POST <API_PREFIX><method>` with `{ input }` calls one host method. */
export const API_PREFIX = '/api/call/';
/**
 * Several host calls in one request: `{ calls: [{ method, input }] }` → `{ ok: true, replies }`.
 * The calls run at once, as separate requests would (so no call may rely on another's
 * effect); each reply is what that call alone would answer, in the order of the calls.
 */
export const BATCH_PATH = '/api/batch';
/** The WebSocket of host events. */
export const EVENTS_PATH = '/api/events';
