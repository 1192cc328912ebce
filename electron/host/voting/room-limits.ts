import type { BucketSettings } from './rate-limit';

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
