/**
 * The room's HTTP routes for phones: the page and its assets, join, state and ballot. Each
 * request is checked in this order: the Host header, the address's rate, the method and the
 * Origin, then the token and the body.
 */
import type http from 'node:http';
import { text } from '../../../shared/text';
import { readJsonBody } from '../http/json-body';
import { sendJson } from '../http/json-reply';
import { clientAddress } from '../http/request-origin';
import { SECURITY_HEADERS } from '../http/security-headers';
import type { ParticipantFiles } from './participant-files';
import type { TokenBuckets } from './rate-limit';
import type { RoomGuards } from './room-guards';
import {
  BallotRequestSchema,
  JoinRequestSchema,
  refusal,
  type BallotReply,
  type JoinReply,
  type PhoneState,
} from './room-request-schemas';
import {
  bodyRefusal,
  METHOD_NOT_ALLOWED,
  NOT_BUILT,
  NOT_FOUND,
  sendRefusal,
  TOO_MANY,
  TOO_MANY_JOINS,
  WRONG_HOST,
  WRONG_ORIGIN,
} from './room-refusals';
import { ACTIVITY_PATHS, activityRoute, type ActivityRouteContext } from './room-activity-routes';
import type { RoomDevice, RoomHandlers } from './room-server';

/** The path phones open; `?code=` fills in the room code. */
export const JOIN_PATH = '/join';

/** What the routes need from the server around them. */
export interface RoomRoutesOptions extends RoomGuards {
  readonly namedVoting: boolean;
  readonly participantFiles: ParticipantFiles | null;
  readonly handlers: RoomHandlers;
  /** Join attempts per address (stops guessing the room code). */
  readonly joinsPerAddress: TokenBuckets;
  /** `host:port` as phones address the room (for the page's connect-src). */
  readonly expectedHost: () => string;
}

function bearerToken(request: http.IncomingMessage): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return null;
  return header.slice('Bearer '.length).trim();
}

/** Builds the request handler of the room's HTTP server. */
export function createRoomRoutes(
  options: RoomRoutesOptions,
): (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void> {
  const { admission, limits } = options;

  /** Reads the body as JSON, or answers the refusal itself and returns undefined. */
  async function body(request: http.IncomingMessage, response: http.ServerResponse): Promise<unknown> {
    const read = await readJsonBody(request, limits.maxBodyBytes);
    if (read === null) return undefined;
    if (!read.ok) {
      sendRefusal(response, bodyRefusal(read.problem), read.problem === 'too-large');
      return undefined;
    }
    return read.value;
  }

  async function join(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (!options.joinsPerAddress.take(clientAddress(request))) return sendRefusal(response, TOO_MANY_JOINS);
    const value = await body(request, response);
    if (value === undefined) return;
    const parsed = JoinRequestSchema.safeParse(value);
    if (!parsed.success) {
      return sendRefusal(response, refusal(400, 'invalid-request', text('host.room.requestNotUnderstood')));
    }
    const joined = admission.join(parsed.data, clientAddress(request));
    if ('status' in joined) return sendRefusal(response, joined);
    const reply: JoinReply = { ok: true, token: joined.token, deviceId: joined.deviceId };
    sendJson(response, 200, reply);
  }

  function state(request: http.IncomingMessage, response: http.ServerResponse): void {
    const token = bearerToken(request);
    if (token === null) {
      const reply: PhoneState = {
        ok: true,
        namedVoting: options.namedVoting,
        joined: false,
        name: null,
        round: null,
        activity: null,
      };
      return sendJson(response, 200, reply);
    }
    const device = admission.authenticate(token, clientAddress(request));
    if ('status' in device) return sendRefusal(response, device);
    const reply: PhoneState = {
      ok: true,
      namedVoting: options.namedVoting,
      joined: true,
      name: device.name,
      round: options.handlers.phoneRound(device),
      activity: options.handlers.activity?.phoneActivity(device) ?? null,
    };
    sendJson(response, 200, reply);
  }

  /** The device behind the token (the per-device rate is taken here), or null once refused. */
  function device(request: http.IncomingMessage, response: http.ServerResponse): RoomDevice | null {
    const found = admission.authenticate(bearerToken(request), clientAddress(request));
    if (!('status' in found)) return found;
    sendRefusal(response, found);
    return null;
  }
  const activityContext: ActivityRouteContext = { handlers: options.handlers.activity, device, body };

  async function ballot(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const voter = device(request, response);
    if (voter === null) return;
    const value = await body(request, response);
    if (value === undefined) return;
    const parsed = BallotRequestSchema.safeParse(value);
    if (!parsed.success) {
      return sendRefusal(response, refusal(400, 'invalid-request', text('host.room.ballotNotUnderstood')));
    }
    const refused = await options.handlers.castBallot(voter, parsed.data);
    if (refused !== null) return sendRefusal(response, refused);
    const { roundId, questionId, answer } = parsed.data;
    const reply: BallotReply = { ok: true, ballot: { roundId, questionId, answer } };
    sendJson(response, 200, reply);
  }

  function page(request: http.IncomingMessage, response: http.ServerResponse, pathname: string): void {
    if (options.participantFiles === null) return sendRefusal(response, NOT_BUILT);
    const file = options.participantFiles.get(pathname);
    if (file === undefined) return sendRefusal(response, NOT_FOUND);
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const content = gzip ? file.gzipped : file.body;
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Content-Length': String(content.length),
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (gzip) headers['Content-Encoding'] = 'gzip';
    if (pathname === JOIN_PATH) {
      // electronegativity-justified CSP_GLOBAL_CHECK: a strict policy for phones (no inline script, no remote content), only its own WebSocket
      headers['Content-Security-Policy'] =
        `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; ` +
        `connect-src 'self' ws://${options.expectedHost()}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
    }
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : content);
  }

  return async (request, response) => {
    if (!options.hostAllowed(request)) return sendRefusal(response, WRONG_HOST);
    if (!options.perAddress.take(clientAddress(request))) return sendRefusal(response, TOO_MANY);
    // The raw path, not decoded or normalised: only exact matches are ever served.
    const target = request.url ?? '/';
    const query = target.indexOf('?');
    const pathname = query === -1 ? target : target.slice(0, query);
    const method = request.method ?? 'GET';
    const reading = method === 'GET' || method === 'HEAD';
    if (!reading && !options.originAllowed(request)) return sendRefusal(response, WRONG_ORIGIN);
    const route = (expected: string, run: () => void | Promise<void>): void | Promise<void> =>
      method === expected ? run() : sendRefusal(response, METHOD_NOT_ALLOWED);
    switch (pathname) {
      case '/':
        if (!reading) return sendRefusal(response, NOT_FOUND);
        response.writeHead(302, { ...SECURITY_HEADERS, Location: JOIN_PATH, 'Content-Length': '0' });
        response.end();
        return;
      case '/room/join':
        return route('POST', () => join(request, response));
      case '/room/state':
        return route('GET', () => state(request, response));
      case '/room/ballot':
        return route('POST', () => ballot(request, response));
      default:
        if (ACTIVITY_PATHS.has(pathname)) return activityRoute(activityContext, pathname, request, response);
        if (reading && (pathname === JOIN_PATH || pathname.startsWith('/assets/'))) {
          return page(request, response, pathname);
        }
        return sendRefusal(response, NOT_FOUND);
    }
  };
}
