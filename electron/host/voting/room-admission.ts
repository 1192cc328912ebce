/**
 * Who is in the room: joining by code (and name), device tokens, places, and checking the
 * token on every request. One token is one voter: a phone that comes back with its token
 * keeps its device id, so its ballots are never counted twice.
 */
import { text } from '../../../shared/text';
import { createDeviceTokens } from './device-tokens';
import { TokenBuckets } from './rate-limit';
import { RoomDevices } from './room-devices';
import { roomCodeMatches } from './room-code';
import type { RoomLimits } from './room-limits';
import type { JoinRequest, RoomRefusal } from './room-request-schemas';
import { refusal } from './room-request-schemas';
import { admissionRefusal, NOT_JOINED, TOO_MANY } from './room-refusals';
import type { DevicePresence, RoomDevice } from './room-server';

/** The longest name a phone may give under named voting. */
const NAME_LIMIT = 40;

/**
 * A typed name, tidied: control and formatting characters (Unicode category C, which holds
 * the invisible and text-direction ones) gone, spaces collapsed. Empty when nothing is left.
 */
export function tidyName(typed: string): string {
  return typed.replace(/\s+/g, ' ').replace(/\p{C}/gu, '').replace(/ {2,}/g, ' ').trim();
}

/** Options of {@link RoomAdmission}. */
export interface RoomAdmissionOptions {
  readonly code: string;
  readonly namedVoting: boolean;
  readonly limits: RoomLimits;
  readonly now: () => number;
  /** Either presence count changed. */
  readonly onPresenceChange: (presence: DevicePresence) => void;
}

/** The room's door: joins, places and tokens for one room session. */
export class RoomAdmission {
  readonly devices: RoomDevices;
  readonly #options: RoomAdmissionOptions;
  readonly #tokens = createDeviceTokens();
  /** Tokens already checked once → their device id (only tokens of devices holding a place). */
  readonly #verified = new Map<string, string>();
  /** Names of released devices (named voting), so one let back in keeps its name. Bounded. */
  readonly #releasedNames = new Map<string, string>();
  readonly #perDevice: TokenBuckets;

  constructor(options: RoomAdmissionOptions) {
    this.#options = options;
    const { limits } = options;
    this.#perDevice = new TokenBuckets(limits.perDevice, options.now);
    this.devices = new RoomDevices({
      limits: {
        maxDevices: limits.maxDevices,
        perAddress: limits.devicesPerAddress,
        reconnectGraceMs: limits.reconnectGraceMs,
        idleReleaseMs: limits.deviceIdleReleaseMs,
      },
      now: options.now,
      onPresenceChange: options.onPresenceChange,
      onRelease: (device, token) => {
        this.#verified.delete(token);
        if (device.name === null) return;
        this.#releasedNames.set(device.deviceId, device.name);
        // Forget the oldest names first: a device past this many must type its name again.
        for (const deviceId of this.#releasedNames.keys()) {
          if (this.#releasedNames.size <= limits.maxDevices) break;
          this.#releasedNames.delete(deviceId);
        }
      },
    });
  }

  /**
   * The device behind a request's token (marked as seen), or why there is none.
   *
   * A device released for being idle that comes back with its token is let back in, with the
   * same device id, when there is room (issue #17). Telling it "not joined" instead would
   * make the page join afresh as a new device, and the same person would then hold two
   * ballots in a round (ballots are keyed by device id). The token cannot be forged (HMAC
   * under this session's secret) and only proves the phone once joined this room; letting it
   * back in goes through the same places check as a join (its address's share, the room's
   * size), so it cannot crowd the room any more than joining could.
   */
  authenticate(token: string | null, address: string): RoomDevice | RoomRefusal {
    if (token === null) return NOT_JOINED;
    let deviceId = this.#verified.get(token);
    let device = deviceId === undefined ? undefined : this.devices.touch(deviceId);
    if (device === undefined) {
      deviceId = this.#tokens.verify(token) ?? undefined;
      if (deviceId === undefined) return NOT_JOINED;
      device = this.devices.touch(deviceId);
      if (device === undefined) {
        const name = this.#releasedNames.get(deviceId) ?? null;
        // Under named voting a device whose name was forgotten must join again to give it.
        if (this.#options.namedVoting && name === null) return NOT_JOINED;
        device = { deviceId, name };
        const refused = this.devices.admit(device, token, address);
        if (refused !== null) return admissionRefusal(refused, this.#options.limits.devicesPerAddress);
        this.#releasedNames.delete(deviceId);
      }
      this.#verified.set(token, deviceId);
    }
    if (!this.#perDevice.take(device.deviceId)) return TOO_MANY;
    return device;
  }

  /** A join request already read and schema-checked: the phone's token and device, or why not. */
  join(request: JoinRequest, address: string): { token: string; deviceId: string } | RoomRefusal {
    if (!roomCodeMatches(this.#options.code, request.code)) {
      return refusal(403, 'wrong-code', text('host.room.wrongCode'));
    }
    let name: string | null = null;
    if (this.#options.namedVoting) {
      name = tidyName(request.name ?? '');
      if (name.length === 0 || name.length > NAME_LIMIT) {
        return refusal(400, 'name-needed', text('host.room.nameNeeded', { limit: NAME_LIMIT }));
      }
    }
    // One token is one voter: a phone that joins again with its token (a reload, a released
    // place) keeps its device id, so its ballots are never counted twice. A token this
    // session did not sign is ignored and the phone joins as a new device.
    const knownId = this.#tokens.verify(request.token);
    const issued =
      knownId === null || request.token === undefined
        ? this.#tokens.issue()
        : { deviceId: knownId, token: request.token };
    const refused = this.devices.admit({ deviceId: issued.deviceId, name }, issued.token, address);
    if (refused !== null) return admissionRefusal(refused, this.#options.limits.devicesPerAddress);
    this.#releasedNames.delete(issued.deviceId);
    return issued;
  }
}
