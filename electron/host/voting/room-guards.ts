/**
 * What both doors of the room (its HTTP routes and its live channel) check a request against:
 * one set, built once by the room server.
 */
import type http from 'node:http';
import type { TokenBuckets } from './rate-limit';
import type { RoomAdmission } from './room-admission';
import type { RoomLimits } from './room-limits';

/** The room's limits, its admission and the checks every request passes first. */
export interface RoomGuards {
  readonly limits: RoomLimits;
  readonly admission: RoomAdmission;
  /** Requests per address, before anything else is looked at. */
  readonly perAddress: TokenBuckets;
  readonly hostAllowed: (request: http.IncomingMessage) => boolean;
  readonly originAllowed: (request: http.IncomingMessage) => boolean;
}
