/**
 * The room server: what phones talk to over the room's own Wi-Fi. Plain `node:http` + `ws`,
 * bound to the one address the facilitator picked, started with the room and stopped with
 * it. It knows about phones (join, tokens, limits, the page); the voting service behind
 * `RoomHandlers` knows about rounds and ballots.
 *
 * Everything a phone sends is treated as hostile: the Host header must name this server,
 * an Origin (when sent) must be this server's own, bodies are capped and schema-checked,
 * every device and every address is rate-limited, and slow or surplus connections are cut.
 * The parts, by file: `room-routes.ts` (HTTP routes), `room-admission.ts` (joining, tokens,
 * places), `room-live.ts` (the WebSocket), `room-limits.ts`, `room-refusals.ts`.
 */
import http from 'node:http';
import { isIPv6, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Duplex } from 'node:stream';
import { hostAllowed, originAllowed } from '../http/request-origin';
import type { ParticipantFiles } from './participant-files';
import type { ActivityHandlers } from './phone-activity';
import { TokenBuckets } from './rate-limit';
import { RoomAdmission } from './room-admission';
import type { RoomGuards } from './room-guards';
import { DEFAULT_ROOM_LIMITS, type RoomLimits } from './room-limits';
import { startRoomLive } from './room-live';
import type { BallotRequest, PhoneRound, RoomRefusal } from './room-request-schemas';
import { INTERNAL, sendRefusal } from './room-refusals';
import { createRoomRoutes, JOIN_PATH } from './room-routes';

export { DEFAULT_ROOM_LIMITS, type RoomLimits } from './room-limits';
export { JOIN_PATH } from './room-routes';
export { tidyName } from './room-admission';

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
  /** Room activities (writing rounds, dot votes); without them their routes answer 404. */
  readonly activity?: ActivityHandlers;
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
  let closing = false;
  const admission = new RoomAdmission({
    code: options.code,
    namedVoting: options.namedVoting,
    limits,
    now,
    onPresenceChange: (presence) => {
      if (!closing) options.handlers.onDevicesChange(presence);
    },
  });
  const perAddress = new TokenBuckets(limits.perAddress, now);
  const joinsPerAddress = new TokenBuckets(limits.joinsPerAddress, now);
  const connectionsByAddress = new Map<string, number>();
  // Known once the port is: phones must address the room exactly as its join link does.
  let expectedHost = '';
  const allowedHosts = new Set<string>();
  const allowedOrigins = new Set<string>();

  const guards: RoomGuards = {
    limits,
    admission,
    perAddress,
    hostAllowed: (request) => hostAllowed(request, allowedHosts),
    // Phones' plain GETs carry no Origin; when one is sent it must be the room's own.
    originAllowed: (request) => originAllowed(request, allowedOrigins, true),
  };
  const routes = createRoomRoutes({
    ...guards,
    namedVoting: options.namedVoting,
    participantFiles: options.participantFiles,
    handlers: options.handlers,
    joinsPerAddress,
    expectedHost: () => expectedHost,
  });
  const live = startRoomLive({ ...guards, closing: () => closing });

  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.timeoutCheckIntervalMs,
      maxHeaderSize: 8 * 1024,
    },
    (request, response) => {
      routes(request, response).catch((error: unknown) => {
        console.error('[readyroom] room request failed', error);
        sendRefusal(response, INTERNAL);
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
  server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) =>
    live.upgrade(request, socket, head),
  );

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port: options.port ?? 0, host: options.address, exclusive: true }, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await live.close();
    admission.devices.dispose();
    throw error;
  }
  server.on('error', (error) => console.error('[readyroom] room server error', error));
  const { port } = server.address() as AddressInfo;
  const hostForUrl = isIPv6(options.address) ? `[${options.address}]` : options.address;
  expectedHost = `${hostForUrl}:${port}`.toLowerCase();
  const origin = `http://${expectedHost}`;
  allowedHosts.add(expectedHost);
  allowedOrigins.add(origin);

  return {
    address: options.address,
    port,
    origin,
    joinUrl: `${origin}${JOIN_PATH}?code=${encodeURIComponent(options.code)}`,
    connectedDevices: () => admission.devices.presence().connected,
    devicesHeld: () => admission.devices.size,
    notifyPhones: () => live.push({ type: 'changed' }),
    close: async () => {
      if (closing) return;
      closing = true;
      admission.devices.dispose();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await live.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
