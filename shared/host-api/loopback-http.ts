/**
 * The browser shell's HTTP contract between the page (`renderer/bridge.ts`) and the loopback
 * server (`electron/serve/loopback-server.ts`).
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

/**
 * Where the address the shell prints carries the per-launch secret: `/?token=…`. The page
 * uses it at once, and moves it into the tab's session storage and out of the address bar
 * once its first screen is drawn (see `renderer/bridge.ts`). Older addresses with `#token=…`
 * still work.
 */
export const TOKEN_QUERY_PARAMETER = 'token';

/**
 * When the facilitator page is requested with the right token in its address, the shell
 * puts the replies to the first screen's reads (`FIRST_SCREEN_READS`, the body a batch of
 * them answers) in the page itself, as `<script type="application/json" id="…">` at the end of
 * `<body>`: the page then starts without waiting for a request of its own.
 */
export const FIRST_SCREEN_REPLIES_ELEMENT_ID = 'readyroom-start-up-reads';
