/**
 * The room server: what phones talk to over the room's own Wi-Fi. Plain `node:http` + `ws`,
 * bound to the one address the facilitator picked, started with the room and stopped with
 * it. It knows about phones (join, tokens, limits, the page); the voting service behind
 * `RoomHandlers` knows about rounds and ballots.
 *
 * Everything a phone sends is treated as hostile: the Host header must name this server,
 * an Origin (when sent) must be this server's own, bodies are capped and schema-checked,
 * every device and every address is rate-limited, and slow or surplus connections are cut.
 */
import http from 'node:http';
import { isIPv6, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { createDeviceTokens } from './device-tokens';
import type { ParticipantFiles } from './participant-files';
import { TokenBuckets, type BucketSettings } from './rate-limit';
import { RoomDevices, type AdmissionRefusal } from './room-devices';
import { roomCodeMatches } from './room-code';
import {
  BallotRequestSchema,
  JoinRequestSchema,
  refusal,
  type BallotReply,
  type BallotRequest,
  type JoinReply,
  type PhoneRound,
  type PhoneState,
  type RoomErrorReply,
  type RoomPush,
  type RoomRefusal,
} from './room-protocol';

/** Limits that keep one phone (or one attacker) from hurting the room. */
export interface RoomLimits {
  /** Largest request body; a ballot is under 100 bytes. */
  readonly maxBodyBytes: number;
  /** Requests per device token: a person tapping fast stays far below. */
  readonly perDevice: BucketSettings;
  /** Requests per network address, before any token is checked. */
  readonly perAddress: BucketSettings;
  /** Join attempts per network address (stops guessing the room code). */
  readonly joinsPerAddress: BucketSettings;
  /** Devices one room holds a place for; when full, a join releases the longest-idle device without a live socket. */
  readonly maxDevices: number;
  /**
   * Devices one address may hold (a phone on room Wi-Fi has an address of its own): a join
   * past it releases that address's longest-idle device without a live socket, or is refused.
   */
  readonly devicesPerAddress: number;
  /** A device without a live socket, not seen for this long, gives its place back. */
  readonly deviceIdleReleaseMs: number;
  /** A device whose socket dropped counts as reconnecting (not gone) for this long. */
  readonly reconnectGraceMs: number;
  /** Open TCP connections in all, and from one address. */
  readonly maxConnections: number;
  readonly connectionsPerAddress: number;
  /** Live WebSockets one device may hold (a phone reconnecting may briefly have two). */
  readonly socketsPerDevice: number;
  /** A request's headers must arrive within this (slow-loris), the whole request within the next. */
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly keepAliveTimeoutMs: number;
  /** How often Node looks for requests past their timeouts. */
  readonly timeoutCheckIntervalMs: number;
  /** WebSocket heartbeat: a phone that misses one is dropped (Wi-Fi gone). */
  readonly pingIntervalMs: number;
}

/** Sized for a workshop room where every phone has its own address on the Wi-Fi. */
export const DEFAULT_ROOM_LIMITS: RoomLimits = {
  maxBodyBytes: 4 * 1024,
  perDevice: { capacity: 20, refillPerSecond: 20 },
  perAddress: { capacity: 200, refillPerSecond: 100 },
  joinsPerAddress: { capacity: 10, refillPerSecond: 0.2 },
  maxDevices: 2_000,
  devicesPerAddress: 4,
  deviceIdleReleaseMs: 10 * 60_000,
  reconnectGraceMs: 90_000,
  maxConnections: 2_000,
  connectionsPerAddress: 40,
  socketsPerDevice: 3,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 10_000,
  timeoutCheckIntervalMs: 1_000,
  pingIntervalMs: 10_000,
};

/** A phone that joined this room session. */
export interface RoomDevice {
  readonly deviceId: string;
  /** The name typed at join when named voting is on; null when anonymous. */
  readonly name: string | null;
}

/** Phones in the room as the facilitator sees them. */
export interface DevicePresence {
  /** Devices holding at least one live WebSocket now. */
  readonly connected: number;
  /**
   * Devices holding no socket now that held one, or made a request, within the last
   * `reconnectGraceMs` (a locked screen, a Wi-Fi hiccup).
   */
  readonly reconnecting: number;
}

/** What the room server asks of the voting service. */
export interface RoomHandlers {
  /** The current round as this phone may see it, or null. */
  phoneRound(device: RoomDevice): PhoneRound | null;
  /** Records a ballot; resolves once it is on the disk, or with the reason it was refused. */
  castBallot(device: RoomDevice, ballot: BallotRequest): Promise<RoomRefusal | null>;
  /** Either count changed (also when a device ages out of reconnecting, on a timer). */
  onDevicesChange(presence: DevicePresence): void;
}

/** Options of {@link startRoomServer}. */
export interface RoomServerOptions {
  /** The one address to listen on (never a wildcard). */
  readonly address: string;
  /** 0 (the default) picks any free port. */
  readonly port?: number;
  readonly code: string;
  readonly namedVoting: boolean;
  /** The participant page and its assets; null when the page is not built. */
  readonly participantFiles: ParticipantFiles | null;
  readonly handlers: RoomHandlers;
  readonly limits?: Partial<RoomLimits>;
  /** Milliseconds, for the rate limiters; injectable for tests. */
  readonly now?: () => number;
}

/** A running room server. */
export interface RoomServer {
  readonly address: string;
  readonly port: number;
  /** `http://192.168.1.20:51234`. */
  readonly origin: string;
  /** What phones open (also in the QR code). */
  readonly joinUrl: string;
  /** Phones with a live connection now. */
  connectedDevices(): number;
  /** Devices holding a place in the room now: live, reconnecting, or quiet but not yet released. */
  devicesHeld(): number;
  /** Tells every phone to fetch its state again (a round opened, closed or was revealed). */
  notifyPhones(): void;
  /** Tells phones the room closed, then stops listening and drops every connection. */
  close(): Promise<void>;
}

/** The path phones open; `?code=` fills in the room code. */
export const JOIN_PATH = '/join';
const LIVE_PATH = '/room/live';
const NAME_LIMIT = 40;

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

const NOT_FOUND = refusal(404, 'not-found', 'There is nothing here. Open the link from the room screen.');
const TOO_MANY = refusal(429, 'too-many-requests', 'Too many taps at once. Wait a moment, then try again.');
const NOT_JOINED = refusal(
  401,
  'not-joined',
  'This phone is not in the room (or the room was reopened). Join again with the code on the screen.',
);
const ROOM_FULL = refusal(
  503,
  'room-full',
  'The voting room is full right now. Wait a minute and try again, or ask the facilitator for help.',
);

/** Why a device did not get its place, as the phone is told. */
function admissionRefusal(refused: AdmissionRefusal, perAddress: number): RoomRefusal {
  return refused === 'room-full'
    ? ROOM_FULL
    : refusal(
        429,
        'too-many-devices',
        `${perAddress} phones from this network connection are already in the room, the most it may have. Vote on one of them, or ask the facilitator for help.`,
      );
}

/**
 * A typed name, tidied: control and formatting characters (Unicode category C, which holds
 * the invisible and text-direction ones) gone, spaces collapsed. Empty when nothing is left.
 */
export function tidyName(typed: string): string {
  return typed.replace(/\s+/g, ' ').replace(/\p{C}/gu, '').replace(/ {2,}/g, ' ').trim();
}

function sendJson(
  response: http.ServerResponse,
  status: number,
  body: PhoneState | JoinReply | BallotReply | RoomErrorReply,
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

function sendRefusal(response: http.ServerResponse, refused: RoomRefusal, close = false): void {
  const headers: Record<string, string> = {};
  if (refused.status === 429) headers['Retry-After'] = '1';
  if (close) headers.Connection = 'close';
  sendJson(
    response,
    refused.status,
    { ok: false, error: { code: refused.code, message: refused.message } },
    headers,
  );
}

type BodyResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly refused: RoomRefusal };

/** Reads a JSON body of at most `maxBytes`; never buffers more than that. */
function readJsonBody(request: http.IncomingMessage, maxBytes: number): Promise<BodyResult | null> {
  const tooLarge = refusal(413, 'too-large', 'That request is too large for the voting room.');
  const contentType = (request.headers['content-type'] ?? '').toLowerCase();
  if (!contentType.startsWith('application/json')) {
    return Promise.resolve({
      ok: false,
      refused: refusal(415, 'unsupported-media-type', 'The voting room only accepts JSON.'),
    });
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (!Number.isFinite(declared) || declared > maxBytes) {
    return Promise.resolve({ ok: false, refused: tooLarge });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult | null) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) {
        request.pause();
        settle({ ok: false, refused: tooLarge });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        settle({ ok: true, value: JSON.parse(text) as unknown });
      } catch {
        settle({
          ok: false,
          refused: refusal(400, 'invalid-json', 'The voting room could not read that request.'),
        });
      }
    });
    // The phone went away mid-request: there is nobody to answer.
    request.on('aborted', () => settle(null));
    request.on('error', () => settle(null));
  });
}

function bearerToken(request: http.IncomingMessage): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return null;
  return header.slice('Bearer '.length).trim();
}

/**
 * Starts a room server on `options.address` (never a wildcard address) and a free port.
 * Rejects with the listen error (`EADDRNOTAVAIL` when the address is not this computer's).
 */
export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  if (options.address === '0.0.0.0' || options.address === '::' || options.address === '') {
    throw new Error('The voting room listens on one chosen address, never on every address.');
  }
  const limits: RoomLimits = { ...DEFAULT_ROOM_LIMITS, ...options.limits };
  const now = options.now ?? (() => performance.now());
  const tokens = createDeviceTokens();
  /** Tokens already checked once → their device id (only tokens of devices holding a place). */
  const verified = new Map<string, string>();
  const devices = new RoomDevices({
    limits: {
      maxDevices: limits.maxDevices,
      perAddress: limits.devicesPerAddress,
      reconnectGraceMs: limits.reconnectGraceMs,
      idleReleaseMs: limits.deviceIdleReleaseMs,
    },
    now,
    onPresenceChange: (presence) => {
      if (!closing) options.handlers.onDevicesChange(presence);
    },
    onRelease: (device, token) => {
      verified.delete(token);
      if (device.name === null) return;
      releasedNames.set(device.deviceId, device.name);
      // Forget the oldest names first: a device past this many must type its name again.
      for (const deviceId of releasedNames.keys()) {
        if (releasedNames.size <= limits.maxDevices) break;
        releasedNames.delete(deviceId);
      }
    },
  });
  const perDevice = new TokenBuckets(limits.perDevice, now);
  const perAddress = new TokenBuckets(limits.perAddress, now);
  const joinsPerAddress = new TokenBuckets(limits.joinsPerAddress, now);
  const connectionsByAddress = new Map<string, number>();
  const socketsByDevice = new Map<string, Set<WebSocket>>();
  const liveSockets = new WeakSet<WebSocket>();
  let expectedHost = '';
  let origin = '';
  let closing = false;

  const addressOf = (request: http.IncomingMessage) => request.socket.remoteAddress ?? 'unknown';
  const hostAllowed = (request: http.IncomingMessage) =>
    (request.headers.host ?? '').toLowerCase() === expectedHost;
  const originAllowed = (request: http.IncomingMessage) =>
    request.headers.origin === undefined || request.headers.origin.toLowerCase() === origin;

  /** Names of released devices (named voting), so one let back in keeps its name. Bounded. */
  const releasedNames = new Map<string, string>();

  /**
   * The device behind the request's token (marked as seen), or why there is none.
   *
   * A device released for being idle that comes back with its token is let back in, with the
   * same device id, when there is room (issue #17). Telling it "not joined" instead would
   * make the page join afresh as a new device, and the same person would then hold two
   * ballots in a round (ballots are keyed by device id). The token cannot be forged (HMAC
   * under this session's secret) and only proves the phone once joined this room; letting it
   * back in goes through the same places check as a join (its address's share, the room's
   * size), so it cannot crowd the room any more than joining could.
   */
  function authenticate(token: string | null, address: string): RoomDevice | RoomRefusal {
    if (token === null) return NOT_JOINED;
    let deviceId = verified.get(token);
    let device = deviceId === undefined ? undefined : devices.touch(deviceId);
    if (device === undefined) {
      deviceId = tokens.verify(token) ?? undefined;
      if (deviceId === undefined) return NOT_JOINED;
      device = devices.touch(deviceId);
      if (device === undefined) {
        const name = releasedNames.get(deviceId) ?? null;
        // Under named voting a device whose name was forgotten must join again to give it.
        if (options.namedVoting && name === null) return NOT_JOINED;
        device = { deviceId, name };
        const refused = devices.admit(device, token, address);
        if (refused !== null) return admissionRefusal(refused, limits.devicesPerAddress);
        releasedNames.delete(deviceId);
      }
      verified.set(token, deviceId);
    }
    if (!perDevice.take(device.deviceId)) return TOO_MANY;
    return device;
  }

  async function join(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (!joinsPerAddress.take(addressOf(request))) {
      sendRefusal(
        response,
        refusal(
          429,
          'too-many-requests',
          'Too many tries to join from this phone. Wait a minute, then try again.',
        ),
      );
      return;
    }
    const body = await readJsonBody(request, limits.maxBodyBytes);
    if (body === null) return;
    if (!body.ok) return sendRefusal(response, body.refused, body.refused.status === 413);
    const parsed = JoinRequestSchema.safeParse(body.value);
    if (!parsed.success) {
      return sendRefusal(
        response,
        refusal(400, 'invalid-request', 'The voting room could not understand that request.'),
      );
    }
    if (!roomCodeMatches(options.code, parsed.data.code)) {
      return sendRefusal(
        response,
        refusal(
          403,
          'wrong-code',
          'That room code is not right. Check the code on the room screen and try again.',
        ),
      );
    }
    let name: string | null = null;
    if (options.namedVoting) {
      name = tidyName(parsed.data.name ?? '');
      if (name.length === 0 || name.length > NAME_LIMIT) {
        return sendRefusal(
          response,
          refusal(
            400,
            'name-needed',
            `Please type your name (up to ${NAME_LIMIT} letters): this vote shows names.`,
          ),
        );
      }
    }
    // One token is one voter: a phone that joins again with its token (a reload, a released
    // place) keeps its device id, so its ballots are never counted twice. A token this
    // session did not sign is ignored and the phone joins as a new device.
    const knownId = tokens.verify(parsed.data.token);
    const issued =
      knownId === null || parsed.data.token === undefined
        ? tokens.issue()
        : { deviceId: knownId, token: parsed.data.token };
    const refused = devices.admit({ deviceId: issued.deviceId, name }, issued.token, addressOf(request));
    if (refused !== null) return sendRefusal(response, admissionRefusal(refused, limits.devicesPerAddress));
    releasedNames.delete(issued.deviceId);
    sendJson(response, 200, { ok: true, token: issued.token, deviceId: issued.deviceId });
  }

  function state(request: http.IncomingMessage, response: http.ServerResponse): void {
    const token = bearerToken(request);
    if (token === null) {
      sendJson(response, 200, {
        ok: true,
        namedVoting: options.namedVoting,
        joined: false,
        name: null,
        round: null,
      });
      return;
    }
    const device = authenticate(token, addressOf(request));
    if ('status' in device) return sendRefusal(response, device);
    sendJson(response, 200, {
      ok: true,
      namedVoting: options.namedVoting,
      joined: true,
      name: device.name,
      round: options.handlers.phoneRound(device),
    });
  }

  async function ballot(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const device = authenticate(bearerToken(request), addressOf(request));
    if ('status' in device) return sendRefusal(response, device);
    const body = await readJsonBody(request, limits.maxBodyBytes);
    if (body === null) return;
    if (!body.ok) return sendRefusal(response, body.refused, body.refused.status === 413);
    const parsed = BallotRequestSchema.safeParse(body.value);
    if (!parsed.success) {
      return sendRefusal(
        response,
        refusal(
          400,
          'invalid-request',
          'The voting room could not understand that vote. Reload the page and try again.',
        ),
      );
    }
    const refused = await options.handlers.castBallot(device, parsed.data);
    if (refused !== null) return sendRefusal(response, refused);
    const { roundId, questionId, answer } = parsed.data;
    sendJson(response, 200, { ok: true, ballot: { roundId, questionId, answer } });
  }

  function page(request: http.IncomingMessage, response: http.ServerResponse, pathname: string): void {
    if (options.participantFiles === null) {
      return sendRefusal(
        response,
        refusal(
          503,
          'not-built',
          'The voting page is missing from this copy of ReadyRoom. Ask the facilitator.',
        ),
      );
    }
    const file = options.participantFiles.get(pathname);
    if (file === undefined) return sendRefusal(response, NOT_FOUND);
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzipped : file.body;
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Content-Length': String(body.length),
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (gzip) headers['Content-Encoding'] = 'gzip';
    if (pathname === JOIN_PATH) {
      // electronegativity-justified CSP_GLOBAL_CHECK: a strict policy for phones (no inline script, no remote content), only its own WebSocket
      headers['Content-Security-Policy'] =
        `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; ` +
        `connect-src 'self' ws://${expectedHost}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
    }
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (!hostAllowed(request)) {
      return sendRefusal(
        response,
        refusal(421, 'wrong-host', 'This request was not addressed to the voting room.'),
      );
    }
    if (!perAddress.take(addressOf(request))) return sendRefusal(response, TOO_MANY);
    // The raw path, not decoded or normalised: only exact matches are ever served.
    const target = request.url ?? '/';
    const query = target.indexOf('?');
    const pathname = query === -1 ? target : target.slice(0, query);
    const method = request.method ?? 'GET';
    const reading = method === 'GET' || method === 'HEAD';
    if (!reading && !originAllowed(request)) {
      return sendRefusal(
        response,
        refusal(403, 'wrong-origin', 'Votes are only accepted from the voting page itself.'),
      );
    }
    const route = (expected: string, run: () => void | Promise<void>): void | Promise<void> =>
      method === expected
        ? run()
        : sendRefusal(response, refusal(405, 'method-not-allowed', 'The voting room does not do that here.'));
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
        if (reading && (pathname === JOIN_PATH || pathname.startsWith('/assets/'))) {
          return page(request, response, pathname);
        }
        return sendRefusal(response, NOT_FOUND);
    }
  }

  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.timeoutCheckIntervalMs,
      maxHeaderSize: 8 * 1024,
    },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        console.error('[readyroom] room request failed', error);
        sendRefusal(
          response,
          refusal(500, 'internal', 'Something went wrong in the voting room. Please try again.'),
        );
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = (connectionsByAddress.get(address) ?? 0) + 1;
    connectionsByAddress.set(address, count);
    socket.once('close', () => {
      const left = (connectionsByAddress.get(address) ?? 1) - 1;
      if (left <= 0) connectionsByAddress.delete(address);
      else connectionsByAddress.set(address, left);
    });
    if (count > limits.connectionsPerAddress || closing) socket.destroy();
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // Slow or malformed requests: answer briefly if the socket can still hear it, then cut it.
    const status =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? '408 Request Timeout'
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? '431 Request Header Fields Too Large'
          : '400 Bad Request';
    if (socket.writable && error.code !== 'ECONNRESET') {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    }
    socket.destroy();
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024, perMessageDeflate: false });

  server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const refuse = (status: number, reason: string) => {
      socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://room.invalid');
    } catch {
      return refuse(404, 'Not Found');
    }
    if (closing) return refuse(503, 'Service Unavailable');
    if (!hostAllowed(request)) return refuse(421, 'Misdirected Request');
    if (url.pathname !== LIVE_PATH) return refuse(404, 'Not Found');
    if (!originAllowed(request)) return refuse(403, 'Forbidden');
    if (!perAddress.take(addressOf(request))) return refuse(429, 'Too Many Requests');
    const device = authenticate(url.searchParams.get('token'), addressOf(request));
    if ('status' in device) {
      const reason =
        device.status === 429
          ? 'Too Many Requests'
          : device.status === 503
            ? 'Service Unavailable'
            : 'Unauthorized';
      return refuse(device.status, reason);
    }
    sockets.handleUpgrade(request, socket, head, (client: WebSocket) => {
      // Released in the instant between the check and the upgrade: the phone reconnects.
      if (!devices.socketOpened(device.deviceId)) {
        client.terminate();
        return;
      }
      let own = socketsByDevice.get(device.deviceId);
      if (own === undefined) {
        own = new Set();
        socketsByDevice.set(device.deviceId, own);
      }
      // A phone that reconnects keeps its newest connections; the oldest one goes.
      for (const old of own) {
        if (own.size < limits.socketsPerDevice) break;
        // Its 'close' handler (below) tells `devices` it went.
        old.terminate();
        own.delete(old);
      }
      own.add(client);
      liveSockets.add(client);
      // Phones only listen; anything they send is ignored.
      client.on('message', () => undefined);
      client.on('pong', () => {
        liveSockets.add(client);
        devices.touch(device.deviceId);
      });
      client.on('error', () => client.terminate());
      client.on('close', () => {
        const set = socketsByDevice.get(device.deviceId);
        set?.delete(client);
        if (set !== undefined && set.size === 0) socketsByDevice.delete(device.deviceId);
        devices.socketClosed(device.deviceId);
      });
    });
  });

  const heartbeat = setInterval(() => {
    for (const client of sockets.clients) {
      if (!liveSockets.has(client)) {
        client.terminate();
        continue;
      }
      liveSockets.delete(client);
      client.ping();
    }
  }, limits.pingIntervalMs);
  heartbeat.unref();

  const push = (message: RoomPush) => {
    const text = JSON.stringify(message);
    for (const client of sockets.clients) {
      if (client.readyState === client.OPEN) client.send(text);
    }
  };

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port: options.port ?? 0, host: options.address, exclusive: true }, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    clearInterval(heartbeat);
    throw error;
  }
  server.on('error', (error) => console.error('[readyroom] room server error', error));
  const { port } = server.address() as AddressInfo;
  const hostForUrl = isIPv6(options.address) ? `[${options.address}]` : options.address;
  expectedHost = `${hostForUrl}:${port}`.toLowerCase();
  origin = `http://${expectedHost}`;

  return {
    address: options.address,
    port,
    origin,
    joinUrl: `${origin}${JOIN_PATH}?code=${encodeURIComponent(options.code)}`,
    connectedDevices: () => devices.presence().connected,
    devicesHeld: () => devices.size,
    notifyPhones: () => push({ type: 'changed' }),
    close: async () => {
      if (closing) return;
      closing = true;
      clearInterval(heartbeat);
      devices.dispose();
      push({ type: 'room-closed' });
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Give phones a moment to hear "room closed" and close politely, then cut what is left.
      const clients = [...sockets.clients];
      const goodbyes = Promise.all(
        clients.map((client) => new Promise<void>((resolve) => client.once('close', () => resolve()))),
      );
      for (const client of clients) client.close(1001, 'The voting room has closed');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([goodbyes, new Promise<void>((resolve) => (timer = setTimeout(resolve, 500)))]);
      clearTimeout(timer);
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
