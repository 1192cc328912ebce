import type http from 'node:http';
import { SECURITY_HEADERS } from './security-headers';

/**
 * Answers with `body` as JSON (never cached), with the security headers and an exact
 * Content-Length. Does nothing when an answer has already been sent.
 */
export function sendJson(
  response: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (response.headersSent) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  response.end(text);
}
