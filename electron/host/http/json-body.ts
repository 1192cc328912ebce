import type http from 'node:http';

/** Why a request body was not read as JSON; each server words the refusal for its own users. */
export type JsonBodyProblem = 'unsupported-media-type' | 'too-large' | 'invalid-json';
/** The problems of a read that shares a {@link BodyBudget}: also "too much in flight now". */
export type BudgetedJsonBodyProblem = JsonBodyProblem | 'busy';

/** A body read as JSON, or why it was not; null when the client went away mid-request. */
export type JsonBodyResult<Problem extends string = JsonBodyProblem> =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: Problem };

/** The HTTP status that goes with each problem. */
export const JSON_BODY_STATUS: Readonly<Record<BudgetedJsonBodyProblem, number>> = {
  'unsupported-media-type': 415,
  'too-large': 413,
  'invalid-json': 400,
  busy: 503,
};

/**
 * How much request body a server holds in memory at once, over every request in flight. A
 * read takes its declared length before one byte arrives (or each chunk as it arrives, for a
 * body sent without a length) and gives it all back once the body is read or refused.
 */
export class BodyBudget {
  #inUse = 0;
  constructor(private readonly limit: number) {}
  /** Takes `bytes` if they fit; false (and nothing taken) when they do not. */
  take(bytes: number): boolean {
    if (this.#inUse + bytes > this.limit) return false;
    this.#inUse += bytes;
    return true;
  }
  give(bytes: number): void {
    this.#inUse -= bytes;
  }
}

/**
 * Reads a JSON request body of at most `maxBytes`. The content type must be JSON; a
 * declared length that is not a whole number or is over the limit is refused before a byte
 * is read; a body that grows past the limit is refused as soon as it does, and nothing
 * beyond the limit is ever buffered. With a `budget`, a body that would take the server past
 * it is refused as `busy` (before a byte is read when its length is declared). Resolves null
 * when the client aborts.
 */
export function readJsonBody(request: http.IncomingMessage, maxBytes: number): Promise<JsonBodyResult | null>;
export function readJsonBody(
  request: http.IncomingMessage,
  maxBytes: number,
  budget: BodyBudget,
): Promise<JsonBodyResult<BudgetedJsonBodyProblem> | null>;
export function readJsonBody(
  request: http.IncomingMessage,
  maxBytes: number,
  budget?: BodyBudget,
): Promise<JsonBodyResult<BudgetedJsonBodyProblem> | null> {
  const contentType = (request.headers['content-type'] ?? '').toLowerCase();
  if (!contentType.startsWith('application/json')) {
    return Promise.resolve({ ok: false, problem: 'unsupported-media-type' });
  }
  const declaredHeader = request.headers['content-length'];
  let held = 0;
  if (declaredHeader !== undefined) {
    const declared = Number(declaredHeader);
    if (!Number.isSafeInteger(declared) || declared < 0 || declared > maxBytes) {
      return Promise.resolve({ ok: false, problem: 'too-large' });
    }
    if (budget !== undefined) {
      if (!budget.take(declared)) return Promise.resolve({ ok: false, problem: 'busy' });
      held = declared;
    }
  }
  // Without a declared length, the budget is taken chunk by chunk as the body arrives.
  const chunkBudget = declaredHeader === undefined ? budget : undefined;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: JsonBodyResult<BudgetedJsonBodyProblem> | null) => {
      if (settled) return;
      settled = true;
      budget?.give(held);
      resolve(result);
    };
    const refuse = (problem: BudgetedJsonBodyProblem) => {
      chunks.length = 0;
      request.pause();
      settle({ ok: false, problem });
    };
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) return refuse('too-large');
      if (chunkBudget !== undefined) {
        if (!chunkBudget.take(chunk.length)) return refuse('busy');
        held += chunk.length;
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
    request.on('close', () => settle(null));
  });
}
