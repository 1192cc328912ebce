import { describe, expect, it } from 'vitest';
import { RoomDevices, type RoomDeviceLimits } from './room-devices';
import type { DevicePresence } from './room-server';

const LIMITS: RoomDeviceLimits = {
  maxDevices: 3,
  perAddress: 2,
  reconnectGraceMs: 1000,
  idleReleaseMs: 5000,
};

/** A registry on a test clock; `advance` moves the clock (the sweep runs on the next call). */
function registry(limits: Partial<RoomDeviceLimits> = {}) {
  let now = 0;
  const reported: DevicePresence[] = [];
  const released: string[] = [];
  const devices = new RoomDevices({
    limits: { ...LIMITS, ...limits },
    now: () => now,
    onPresenceChange: (presence) => reported.push(presence),
    onRelease: (device) => released.push(device.deviceId),
  });
  const admit = (deviceId: string, address = `10.0.0.${deviceId}`) =>
    devices.admit({ deviceId, name: null }, `token-${deviceId}`, address);
  return {
    devices,
    reported,
    released,
    admit,
    advance: (ms: number) => (now += ms),
  };
}

describe('places in the room', () => {
  it('count a joined device as reconnecting until its socket opens, then as connected', () => {
    const room = registry();
    expect(room.admit('1')).toBeNull();
    expect(room.devices.presence()).toEqual({ connected: 0, reconnecting: 1 });
    room.devices.socketOpened('1');
    room.devices.socketOpened('1');
    expect(room.devices.presence()).toEqual({ connected: 1, reconnecting: 0 });
    room.devices.socketClosed('1');
    expect(room.devices.presence()).toEqual({ connected: 1, reconnecting: 0 });
    room.devices.socketClosed('1');
    expect(room.reported.at(-1)).toEqual({ connected: 0, reconnecting: 1 });
    room.devices.dispose();
  });

  it('age a quiet device out of reconnecting after the grace, and release it after the idle limit', () => {
    const room = registry();
    room.admit('1');
    room.advance(999);
    expect(room.devices.presence()).toEqual({ connected: 0, reconnecting: 1 });
    room.advance(1);
    expect(room.devices.presence()).toEqual({ connected: 0, reconnecting: 0 });
    expect(room.devices.size).toBe(1);
    // A request brings it back to reconnecting and restarts its idle time.
    room.advance(3000);
    expect(room.devices.touch('1')).toEqual({ deviceId: '1', name: null });
    expect(room.devices.presence()).toEqual({ connected: 0, reconnecting: 1 });
    room.advance(4999);
    expect(room.devices.size).toBe(1);
    room.advance(1);
    room.devices.presence();
    expect([room.devices.size, room.released]).toEqual([0, ['1']]);
    expect(room.devices.touch('1')).toBeUndefined();
    room.devices.dispose();
  });

  it('never release a device holding a live socket, however long it is quiet', () => {
    const room = registry();
    room.admit('1');
    room.devices.socketOpened('1');
    room.advance(60 * 60_000);
    expect(room.devices.presence()).toEqual({ connected: 1, reconnecting: 0 });
    expect(room.devices.size).toBe(1);
    room.devices.dispose();
  });

  it('release the longest-idle socketless device of a full address, or refuse when all are live', () => {
    const room = registry({ maxDevices: 100 });
    room.admit('1', 'a');
    room.advance(10);
    room.admit('2', 'a');
    room.advance(10);
    room.devices.touch('1'); // now 2 is the longest idle
    expect(room.admit('3', 'a')).toBeNull();
    expect(room.released).toEqual(['2']);
    room.devices.socketOpened('1');
    room.devices.socketOpened('3');
    expect(room.admit('4', 'a')).toBe('address-full');
    expect(room.admit('4', 'b')).toBeNull();
    room.devices.dispose();
  });

  it('make room when full by releasing the longest-idle device without a socket, or refuse', () => {
    const room = registry({ perAddress: 100 });
    for (const id of ['1', '2', '3']) {
      room.admit(id);
      room.advance(10);
    }
    room.devices.socketOpened('1');
    expect(room.admit('4')).toBeNull();
    expect(room.released).toEqual(['2']);
    room.devices.socketOpened('3');
    room.devices.socketOpened('4');
    expect(room.admit('5')).toBe('room-full');
    // A device that holds its place is never refused: it is let in again as it is.
    expect(room.admit('4')).toBeNull();
    expect(room.devices.size).toBe(3);
    room.devices.dispose();
  });
});
