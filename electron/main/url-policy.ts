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

function originOf(url: string): string | null {
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
 * True for links the system browser may open: plain http(s) with a host, no credentials,
 * and never a loopback or private address (nothing on this machine or the room network).
 */
export function isVettedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  const host = parsed.hostname.toLowerCase();
  if (host === '' || host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) {
    return false;
  }
  if (/^\[?[0-9a-f:]+\]?$/.test(host) && host.includes(':')) return false;
  const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (ipv4 !== null) {
    const [a, b] = [Number(ipv4[1]), Number(ipv4[2])];
    if (a === 127 || a === 10 || a === 0 || (a === 169 && b === 254)) return false;
    if ((a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return false;
  }
  return true;
}
