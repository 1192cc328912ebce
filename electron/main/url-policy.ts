/**
 * Pure checks on URLs and frames, kept apart from Electron so tests can assert them.
 */

/** The scheme and host the packaged renderer is served from (see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'readyroom';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** A frame that sent an IPC message, reduced to what the check needs. */
export interface SenderFrame {
  readonly url: string;
  /** True when the frame is the page's top frame (not an iframe). */
  readonly isTop: boolean;
}

/** The exact origin of a URL (`scheme://host[:port]`), or null when it is not a URL. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // `URL.origin` is "null" for non-special schemes such as app://, so build it ourselves.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** True only for the top frame of one of our own pages. */
export function isTrustedSenderFrame(
  frame: SenderFrame | null | undefined,
  trustedOrigins: readonly string[],
): boolean {
  if (frame === null || frame === undefined || !frame.isTop) return false;
  const origin = originOf(frame.url);
  return origin !== null && trustedOrigins.includes(origin);
}

/** True when navigating to `url` keeps the window on our own content. */
export function isInternalNavigation(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins.includes(origin);
}

/**
 * Name suffixes that never reach a public site: special-use and private-use names
 * (RFC 6761, RFC 6762, RFC 8375, RFC 9476) and ones intranets commonly use.
 */
const NON_PUBLIC_NAME_SUFFIXES = [
  'localhost',
  'local',
  'localdomain',
  'internal',
  'intranet',
  'lan',
  'home',
  'corp',
  'private',
  'test',
  'example',
  'invalid',
  'onion',
  'alt',
  'arpa',
] as const;

/**
 * True for links the system browser may open: `https:` only (never plain `http:`, which
 * anyone on the room's Wi-Fi could tamper with), no credentials, and a public host *name*:
 * at least two labels, a top-level domain of letters, never an IP address of any range,
 * never a one-word intranet host or a special-use name such as `.local` or `.internal`.
 * Nothing on this machine, the room network or a company intranet passes.
 */
export function isVettedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  // WHATWG URL parsing lower-cases the host and turns every IPv4 spelling (0x7f.1, 2130706433)
  // into dotted decimal, so one check below catches them all.
  const host = parsed.hostname.replace(/\.$/, '');
  if (host.startsWith('[')) return false; // IPv6 literal
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((label) => label === '')) return false;
  const topLevel = labels[labels.length - 1] ?? '';
  // A TLD is letters (or punycode, xn--); all digits means an IPv4 address.
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(topLevel)) return false;
  return !NON_PUBLIC_NAME_SUFFIXES.includes(topLevel as (typeof NON_PUBLIC_NAME_SUFFIXES)[number]);
}

/** How long after a click or key press a new window counts as the user's own action. */
export const USER_ACTION_WINDOW_MS = 1_500;

/** Input events that show a person acted on the page (not a move of the mouse). */
const ACTION_INPUT_TYPES: ReadonlySet<string> = new Set([
  'mouseDown',
  'mouseUp',
  'rawKeyDown',
  'keyDown',
  'keyUp',
  'char',
  'gestureTap',
  'touchEnd',
  'pointerDown',
  'pointerUp',
]);

/**
 * Remembers when a person last clicked or typed in one window, so a link opens in the
 * system browser only right after an explicit user action, never from a script on its own.
 */
export class UserActions {
  #lastActionAt = Number.NEGATIVE_INFINITY;

  /** Records one input event of the window (Electron's `input-event` type). */
  record(inputType: string, now: number): void {
    if (ACTION_INPUT_TYPES.has(inputType)) this.#lastActionAt = now;
  }

  /** True when the person clicked or typed within {@link USER_ACTION_WINDOW_MS}. */
  actedRecently(now: number): boolean {
    return now - this.#lastActionAt <= USER_ACTION_WINDOW_MS;
  }
}
