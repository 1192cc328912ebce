import type http from 'node:http';

/** Why a request body was not read as JSON; each server words the refusal for its own users. */
export type JsonBodyProblem = 'unsupported-media-type' | 'too-large' | 'invalid-json';

/** A body read as JSON, or why it was not; null when the client went away mid-request. */
export type JsonBodyResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: JsonBodyProblem };

/** The HTTP status that goes with each problem. */
export const JSON_BODY_STATUS: Readonly<Record<JsonBodyProblem, number>> = {
  'unsupported-media-type': 415,
  'too-large': 413,
  'invalid-json': 400,
};

/**
 * Reads a JSON request body of at most `maxBytes`. The content type must be JSON; a
 * declared length that is not a whole number or is over the limit is refused before a byte
 * is read; a body that grows past the limit is refused as soon as it does, and nothing
 * beyond the limit is ever buffered. Resolves null when the client aborts.
 */
export function readJsonBody(
  request: http.IncomingMessage,
  maxBytes: number,
): Promise<JsonBodyResult | null> {
  const contentType = (request.headers['content-type'] ?? '').toLowerCase();
  if (!contentType.startsWith('application/json')) {
    return Promise.resolve({ ok: false, problem: 'unsupported-media-type' });
  }
  const declaredHeader = request.headers['content-length'];
  if (declaredHeader !== undefined) {
    const declared = Number(declaredHeader);
    if (!Number.isSafeInteger(declared) || declared < 0 || declared > maxBytes) {
      return Promise.resolve({ ok: false, problem: 'too-large' });
    }
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: JsonBodyResult | null) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        request.pause();
        settle({ ok: false, problem: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        settle({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
      } catch {
        settle({ ok: false, problem: 'invalid-json' });
      }
    });
    // The client went away mid-request: there is nobody to answer.
    request.on('aborted', () => settle(null));
    request.on('error', () => settle(null));
  });
}
