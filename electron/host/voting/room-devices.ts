/**
 * Who holds a place in the voting room: every joined device, where it joined from, whether it
 * holds a live WebSocket, and when it was last seen. Places are not forever (issue #17): a
 * device with no live socket that stays quiet for `idleReleaseMs` gives its place back, one
 * address may hold only `perAddress` devices, and a full room makes room by releasing its
 * longest-idle device without a live socket. A device that holds a live socket is never
 * released: that is a phone in someone's hand.
 *
 * Bookkeeping is O(1) per request: devices without a socket sit in two Maps ordered by when
 * they were last seen (`recent`: within the reconnect grace; `dormant`: past it), so the
 * longest-idle device is always at the head of one of them.
 */
import type { DevicePresence, RoomDevice } from './room-server';

/** The limits {@link RoomDevices} applies. */
export interface RoomDeviceLimits {
  readonly maxDevices: number;
  readonly perAddress: number;
  readonly reconnectGraceMs: number;
  readonly idleReleaseMs: number;
}

/** Why a device was not given a place. */
export type AdmissionRefusal = 'room-full' | 'address-full';

interface Entry {
  device: RoomDevice;
  readonly token: string;
  readonly address: string;
  lastSeen: number;
  sockets: number;
}

/** Options of {@link RoomDevices}. */
export interface RoomDevicesOptions {
  readonly limits: RoomDeviceLimits;
  /** Milliseconds, never going back (`performance.now` or a test clock). */
  readonly now: () => number;
  /** Called whenever `connected` or `reconnecting` changes. */
  readonly onPresenceChange: (presence: DevicePresence) => void;
  /** Called when a device gives its place back (the server forgets its cached token). */
  readonly onRelease?: (device: RoomDevice, token: string) => void;
}

/** The devices holding a place in one room session. See the module comment. */
export class RoomDevices {
  readonly #options: RoomDevicesOptions;
  readonly #entries = new Map<string, Entry>();
  readonly #byAddress = new Map<string, Set<string>>();
  /** No socket, seen within the reconnect grace; oldest first. */
  readonly #recent = new Map<string, Entry>();
  /** No socket, past the grace, not yet released; oldest first. */
  readonly #dormant = new Map<string, Entry>();
  #connected = 0;
  #reported: DevicePresence = { connected: 0, reconnecting: 0 };
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = Infinity;

  constructor(options: RoomDevicesOptions) {
    this.#options = options;
  }

  /** Devices holding a place now (live, reconnecting, or quiet but not yet released). */
  get size(): number {
    return this.#entries.size;
  }

  /** The counts as last reported. */
  presence(): DevicePresence {
    this.#sweep();
    return { connected: this.#connected, reconnecting: this.#recent.size };
  }

  /** The device `deviceId` if it holds a place; marks it seen (any authenticated request). */
  touch(deviceId: string): RoomDevice | undefined {
    const entry = this.#entries.get(deviceId);
    if (entry === undefined) return undefined;
    entry.lastSeen = this.#options.now();
    if (entry.sockets === 0) {
      this.#dormant.delete(deviceId);
      this.#recent.delete(deviceId);
      this.#recent.set(deviceId, entry);
    }
    this.#changed();
    return entry.device;
  }

  /**
   * Gives `device` a place, joining from `address`: when the address already holds its share,
   * its longest-idle device without a live socket goes first; when the room is full, the
   * room's. Refused when every candidate holds a live socket. A device that already holds a
   * place keeps it (its name is updated).
   */
  admit(device: RoomDevice, token: string, address: string): AdmissionRefusal | null {
    const { limits } = this.#options;
    const held = this.#entries.get(device.deviceId);
    if (held !== undefined) {
      held.device = device;
      this.touch(device.deviceId);
      return null;
    }
    this.#sweep();
    const fromAddress = this.#byAddress.get(address);
    if (fromAddress !== undefined && fromAddress.size >= limits.perAddress) {
      const idle = this.#longestIdle(fromAddress);
      if (idle === undefined) return 'address-full';
      this.#release(idle);
    }
    if (this.#entries.size >= limits.maxDevices) {
      const idle = this.#dormant.values().next().value ?? this.#recent.values().next().value;
      if (idle === undefined) return 'room-full';
      this.#release(idle);
    }
    const entry: Entry = { device, token, address, lastSeen: this.#options.now(), sockets: 0 };
    this.#entries.set(device.deviceId, entry);
    let own = this.#byAddress.get(address);
    if (own === undefined) {
      own = new Set();
      this.#byAddress.set(address, own);
    }
    own.add(device.deviceId);
    this.#recent.set(device.deviceId, entry);
    this.#changed();
    return null;
  }

  /** A live WebSocket of `deviceId` opened; false when the device holds no place. */
  socketOpened(deviceId: string): boolean {
    const entry = this.#entries.get(deviceId);
    if (entry === undefined) return false;
    entry.sockets += 1;
    entry.lastSeen = this.#options.now();
    if (entry.sockets === 1) {
      this.#connected += 1;
      this.#recent.delete(deviceId);
      this.#dormant.delete(deviceId);
    }
    this.#changed();
    return true;
  }

  /** A live WebSocket of `deviceId` closed: without another one, the device is reconnecting. */
  socketClosed(deviceId: string): void {
    const entry = this.#entries.get(deviceId);
    if (entry === undefined || entry.sockets === 0) return;
    entry.sockets -= 1;
    entry.lastSeen = this.#options.now();
    if (entry.sockets === 0) {
      this.#connected -= 1;
      this.#recent.set(deviceId, entry);
    }
    this.#changed();
  }

  /** Stops the timer; nothing is reported after this. */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = -Infinity;
  }

  /** The device of `address` without a live socket that was seen longest ago. */
  #longestIdle(deviceIds: ReadonlySet<string>): Entry | undefined {
    let oldest: Entry | undefined;
    for (const deviceId of deviceIds) {
      const entry = this.#entries.get(deviceId);
      if (entry === undefined || entry.sockets > 0) continue;
      if (oldest === undefined || entry.lastSeen < oldest.lastSeen) oldest = entry;
    }
    return oldest;
  }

  #release(entry: Entry): void {
    const { deviceId } = entry.device;
    this.#entries.delete(deviceId);
    this.#recent.delete(deviceId);
    this.#dormant.delete(deviceId);
    const own = this.#byAddress.get(entry.address);
    own?.delete(deviceId);
    if (own?.size === 0) this.#byAddress.delete(entry.address);
    this.#options.onRelease?.(entry.device, entry.token);
  }

  /** Moves devices past the grace to `dormant`, and releases those idle for too long. */
  #sweep(): void {
    const { reconnectGraceMs, idleReleaseMs } = this.#options.limits;
    const now = this.#options.now();
    for (const entry of this.#recent.values()) {
      const idle = now - entry.lastSeen;
      if (idle >= idleReleaseMs) this.#release(entry);
      else if (idle >= reconnectGraceMs) {
        this.#recent.delete(entry.device.deviceId);
        this.#dormant.set(entry.device.deviceId, entry);
      } else break;
    }
    for (const entry of this.#dormant.values()) {
      if (now - entry.lastSeen < idleReleaseMs) break;
      this.#release(entry);
    }
  }

  /** Reports the presence if it changed, and sets the timer for the next device to age. */
  #changed(): void {
    this.#sweep();
    const presence = { connected: this.#connected, reconnecting: this.#recent.size };
    if (
      presence.connected !== this.#reported.connected ||
      presence.reconnecting !== this.#reported.reconnecting
    ) {
      this.#reported = presence;
      this.#options.onPresenceChange(presence);
    }
    this.#schedule();
  }

  #schedule(): void {
    if (this.#timerAt === -Infinity) return; // disposed
    const { reconnectGraceMs, idleReleaseMs } = this.#options.limits;
    const recent = this.#recent.values().next().value;
    const dormant = this.#dormant.values().next().value;
    const next = Math.min(
      recent === undefined ? Infinity : recent.lastSeen + Math.min(reconnectGraceMs, idleReleaseMs),
      dormant === undefined ? Infinity : dormant.lastSeen + idleReleaseMs,
    );
    if (next === Infinity || next >= this.#timerAt) return;
    clearTimeout(this.#timer);
    this.#timerAt = next;
    // A few milliseconds late rather than early: a timer that fires early would find nothing due.
    this.#timer = setTimeout(
      () => {
        this.#timer = undefined;
        this.#timerAt = Infinity;
        this.#changed();
      },
      Math.max(0, next - this.#options.now()) + 5,
    );
    this.#timer.unref?.();
  }
}
