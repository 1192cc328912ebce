import type http from 'node:http';

/**
 * Whether the request's Host header names one of `allowedHosts` (lower case `host:port`):
 * a page on another name resolving to this address (DNS rebinding) is refused.
 */
export function hostAllowed(request: http.IncomingMessage, allowedHosts: ReadonlySet<string>): boolean {
  return allowedHosts.has((request.headers.host ?? '').toLowerCase());
}

/**
 * Whether the request's Origin is one of `allowedOrigins`. A request without an Origin
 * passes only when `allowMissing` (phones' plain GETs and non-browser clients send none).
 */
export function originAllowed(
  request: http.IncomingMessage,
  allowedOrigins: ReadonlySet<string>,
  allowMissing: boolean,
): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return allowMissing;
  return allowedOrigins.has(origin.toLowerCase());
}

/** The address of the client, for per-address limits. */
export function clientAddress(request: http.IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}
