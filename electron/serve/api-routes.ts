import type http from 'node:http';
import { dispatchHostCall } from '../../shared/host-api/dispatch';
import { HostError } from '../../shared/host-api/errors';
import { failureReply, replyTo, type HostReply } from '../../shared/host-api/host-reply';
import { API_PREFIX, BATCH_PATH, TOKEN_HEADER } from '../../shared/host-api/loopback-http';
import { describeSize, MAX_WORKSHOP_FILE_BYTES } from '../../shared/host-api/workshop-file-intake';
import {
  BodyBudget,
  JSON_BODY_STATUS,
  readJsonBody,
  type BudgetedJsonBodyProblem,
} from '../host/http/json-body';
import { sendJson } from '../host/http/json-reply';
import { originAllowed } from '../host/http/request-origin';
import type { Host } from '../host/create-host';
import { tokensMatch } from './access-token';
import { text } from '../../shared/text';

/**
 * Largest request body the API accepts: twice the largest workshop file, because a dropped
 * file travels as a JSON string, where quotes and line breaks take two bytes.
 */
export const MAX_BODY_BYTES = 2 * MAX_WORKSHOP_FILE_BYTES;
/**
 * The most request body the shell holds in memory at once, over every request in flight:
 * one largest body and half another. Six parallel 60 MB uploads once took the shell from
 * 92 to 613 MB; now a request that would go past this is refused before it is read.
 */
export const MAX_BUFFERED_BODY_BYTES = MAX_BODY_BYTES + MAX_BODY_BYTES / 2;
/** Most calls one batch may carry (the page's start-up reads are five). */
export const MAX_BATCH_CALLS = 16;

const STATUS_BY_CODE: Readonly<Record<HostError['code'], number>> = {
  'invalid-argument': 400,
  'unknown-method': 404,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'damaged-file': 422,
  'io-error': 500,
  internal: 500,
};

const BODY_MESSAGES: Readonly<Record<BudgetedJsonBodyProblem, string>> = {
  'unsupported-media-type': text('host.loopback.onlyJson'),
  'too-large': text('host.loopback.tooLarge', {
    limit: describeSize(MAX_BODY_BYTES),
    fileLimit: describeSize(MAX_WORKSHOP_FILE_BYTES),
  }),
  'invalid-json': text('host.loopback.invalidJson'),
  busy: text('host.loopback.busy'),
};

/** Sends a failed reply with the status that goes with its code (or `status`). */
export function sendFailure(response: http.ServerResponse, error: unknown, status?: number): void {
  const reply = failureReply(error);
  sendJson(response, status ?? STATUS_BY_CODE[reply.error.code], reply);
}

/** The calls of a batch body, or a clear refusal of the whole batch. */
function batchCalls(body: unknown): { method: string; input: unknown }[] {
  const calls = typeof body === 'object' && body !== null ? (body as { calls?: unknown }).calls : undefined;
  if (!Array.isArray(calls) || calls.length === 0 || calls.length > MAX_BATCH_CALLS) {
    throw new HostError(
      'invalid-argument',
      text('host.loopback.batchShape', { shape: '{ "calls": [...] }', limit: String(MAX_BATCH_CALLS) }),
    );
  }
  return calls.map((call: unknown, index) => {
    const method =
      typeof call === 'object' && call !== null ? (call as { method?: unknown }).method : undefined;
    if (typeof method !== 'string') {
      throw new HostError(
        'invalid-argument',
        text('host.loopback.batchCallUnnamed', { number: String(index + 1) }),
      );
    }
    return { method, input: (call as { input?: unknown }).input };
  });
}

/** The body a batch answers: every call's own reply, in order; one failure spoils no other. */
export async function runBatch(
  host: Host,
  calls: readonly { method: string; input: unknown }[],
): Promise<{ ok: true; replies: HostReply[] }> {
  const replies = await Promise.all(
    calls.map(({ method, input }) => replyTo(() => dispatchHostCall(host.methods, method, input))),
  );
  return { ok: true, replies };
}

/**
 * The API half of the browser shell: `POST /api/call/<method>` with `{ input }`, and
 * `POST /api/batch` with `{ calls }`, each answered with the host reply envelope. Only POST,
 * only from this server's own origin (or none), only with the per-launch token; bodies are
 * read within {@link MAX_BODY_BYTES} each and {@link MAX_BUFFERED_BODY_BYTES} over all.
 */
export function createApiRoutes(options: {
  readonly host: Host;
  readonly token: string;
  readonly allowedOrigins: () => ReadonlySet<string>;
}): (request: http.IncomingMessage, response: http.ServerResponse, url: URL) => Promise<void> {
  const bodyBudget = new BodyBudget(MAX_BUFFERED_BODY_BYTES);

  /** Checks method, Origin and token; sends the refusal and returns false when one fails. */
  function requestAllowed(request: http.IncomingMessage, response: http.ServerResponse): boolean {
    if (request.method !== 'POST') {
      sendFailure(response, new HostError('invalid-argument', text('host.loopback.usePost')), 405);
      return false;
    }
    if (!originAllowed(request, options.allowedOrigins(), true)) {
      sendFailure(response, new HostError('forbidden', text('host.loopback.otherSite')));
      return false;
    }
    const tokenHeader = request.headers[TOKEN_HEADER];
    if (!tokensMatch(options.token, Array.isArray(tokenHeader) ? tokenHeader[0] : tokenHeader)) {
      sendFailure(response, new HostError('forbidden', text('host.loopback.notConnected')), 401);
      return false;
    }
    return true;
  }

  /**
   * Answers a body the shell will not read. A body too large, or one that would take the
   * shell past its budget, is answered at once and the connection closed, so the rest of it
   * is never read: the client gets the reason while it is still sending.
   */
  function refuseBody(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    problem: BudgetedJsonBodyProblem,
  ): void {
    const error = new HostError('invalid-argument', BODY_MESSAGES[problem]);
    if (problem === 'too-large' || problem === 'busy') {
      response.shouldKeepAlive = false;
      if (problem === 'busy') response.setHeader('Retry-After', '5');
      response.on('finish', () => request.socket.destroySoon());
    }
    sendFailure(response, error, JSON_BODY_STATUS[problem]);
  }

  return async (request, response, url) => {
    if (!requestAllowed(request, response)) return;
    const read = await readJsonBody(request, MAX_BODY_BYTES, bodyBudget);
    // The client went away mid-request: there is nobody to answer.
    if (read === null) return;
    if (!read.ok) return refuseBody(request, response, read.problem);
    const body = read.value;
    if (url.pathname === BATCH_PATH) {
      let calls: { method: string; input: unknown }[];
      try {
        calls = batchCalls(body);
      } catch (error) {
        return sendFailure(response, error);
      }
      return sendJson(response, 200, await runBatch(options.host, calls));
    }
    const methodName = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
    const input = typeof body === 'object' && body !== null ? (body as { input?: unknown }).input : undefined;
    const reply = await replyTo(() => dispatchHostCall(options.host.methods, methodName, input));
    if (reply.ok) sendJson(response, 200, reply);
    else sendJson(response, STATUS_BY_CODE[reply.error.code], reply);
  };
}
