/**
 * Places in the room (issue #17, "A vote nobody can lose or leak"): a device's place is not
 * forever, one address cannot take them all, one token is one voter, and the facilitator
 * sees who is connected and who is reconnecting. A real room server on 127.0.0.1; phones on
 * their own loopback addresses (127.0.1.x) where the address matters.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  startRoomServer,
  type DevicePresence,
  type RoomLimits,
  type RoomServer,
} from '../../electron/host/voting/room-server';
import { errorCode, loopbackSourceAddress } from './support/loopback-http';
import { SimulatedPhone } from './support/simulated-phone';

const CODE = 'K7PX2M';

interface Room {
  readonly server: RoomServer;
  /** Every presence the room reported, oldest first. */
  readonly presence: DevicePresence[];
  /** The device id behind each ballot the room accepted. */
  readonly voters: string[];
  phone(address?: string): SimulatedPhone;
}

let rooms: RoomServer[] = [];
let phones: SimulatedPhone[] = [];

afterEach(async () => {
  for (const phone of phones) phone.close();
  await Promise.all(rooms.map((room) => room.close()));
  rooms = [];
  phones = [];
});

async function startRoom(limits: Partial<RoomLimits>): Promise<Room> {
  const presence: DevicePresence[] = [];
  const voters: string[] = [];
  const server = await startRoomServer({
    address: '127.0.0.1',
    code: CODE,
    namedVoting: false,
    participantFiles: null,
    limits: { joinsPerAddress: { capacity: 1000, refillPerSecond: 1000 }, ...limits },
    handlers: {
      phoneRound: () => null,
      castBallot: async (device) => {
        voters.push(device.deviceId);
        return null;
      },
      onDevicesChange: (now) => presence.push(now),
    },
  });
  rooms.push(server);
  return {
    server,
    presence,
    voters,
    phone: (address) => {
      const created = new SimulatedPhone(server.origin, address);
      phones.push(created);
      return created;
    },
  };
}

const lastPresence = (room: Room) => room.presence.at(-1) ?? { connected: 0, reconnecting: 0 };

describe('one token is one voter', () => {
  it('gives a phone that joins again with its token the same device and token', async () => {
    const room = await startRoom({});
    const phone = room.phone();
    await phone.join(CODE);
    const first = { deviceId: phone.deviceId, token: phone.token };
    const again = await phone.tryJoin(CODE);
    expect(again.status).toBe(200);
    expect({ deviceId: phone.deviceId, token: phone.token }).toEqual(first);
    expect(room.server.devicesHeld()).toBe(1);

    // A token from another room session (or a forged one) is ignored: a new device, not an error.
    const stranger = room.phone();
    stranger.token = 'd1.0123456789abcdef0123456789abcdef.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    expect((await stranger.tryJoin(CODE)).status).toBe(200);
    expect(stranger.deviceId).not.toBe(first.deviceId);
    expect(room.server.devicesHeld()).toBe(2);
  });
});

describe('a place in the room is not forever', () => {
  it('releases a phone with no live socket that stays quiet, and takes it back, same device, when it returns', async () => {
    const room = await startRoom({ deviceIdleReleaseMs: 400, reconnectGraceMs: 150 });
    const phone = room.phone();
    await phone.join(CODE);
    expect(room.server.devicesHeld()).toBe(1);
    await expect.poll(() => room.server.devicesHeld(), { timeout: 3000, interval: 50 }).toBe(0);

    // Its token still proves it joined this room: it is let back in, not sent to join again.
    const state = await phone.state();
    expect([state.status, (state.json as { joined?: boolean }).joined]).toEqual([200, true]);
    expect((await phone.vote('round-1', 'ownership', 'yes')).status).toBe(200);
    expect(room.voters).toEqual([phone.deviceId]);
    expect(room.server.devicesHeld()).toBe(1);
  });

  it('never releases a phone that holds its live socket', async () => {
    const room = await startRoom({ deviceIdleReleaseMs: 200, reconnectGraceMs: 100 });
    const phone = room.phone();
    await phone.join(CODE);
    await phone.openLive();
    const quiet = room.phone();
    await quiet.join(CODE);
    await expect.poll(() => room.server.devicesHeld(), { timeout: 3000, interval: 50 }).toBe(1);
    expect(room.server.connectedDevices()).toBe(1);
  });

  it('lets one address hold four phones: a fifth releases its longest-idle one, or is refused while all four are live', async () => {
    const room = await startRoom({ devicesPerAddress: 4 });
    const address = loopbackSourceAddress(9);
    const four = [room.phone(address), room.phone(address), room.phone(address), room.phone(address)];
    for (const phone of four) await phone.join(CODE);
    await Promise.all(four.map((phone) => phone.openLive()));

    const fifth = room.phone(address);
    const refused = await fifth.tryJoin(CODE);
    expect([refused.status, errorCode(refused)]).toEqual([429, 'too-many-devices']);
    expect((refused.json as { error: { message: string } }).error.message).toMatch(/phones/);
    // Another address is not affected.
    expect((await room.phone(loopbackSourceAddress(10)).tryJoin(CODE)).status).toBe(200);

    await four[0]?.closeLive();
    await expect.poll(() => room.server.connectedDevices()).toBe(3);
    expect((await fifth.tryJoin(CODE)).status).toBe(200);
    expect(room.server.devicesHeld()).toBe(5);
    expect(room.server.connectedDevices()).toBe(3);
  });

  it('makes room, when full, by releasing the longest-idle phone without a live socket before refusing', async () => {
    const room = await startRoom({ maxDevices: 3 });
    const [a, b, c, d, e] = [0, 1, 2, 3, 4].map((index) => room.phone(loopbackSourceAddress(20 + index)));
    if (a === undefined || b === undefined || c === undefined || d === undefined || e === undefined) {
      throw new Error('five phones');
    }
    for (const phone of [a, b, c]) await phone.join(CODE);
    await b.openLive();
    await c.openLive();
    expect((await d.tryJoin(CODE)).status).toBe(200); // a goes: quiet, no socket
    await d.openLive();
    const full = await e.tryJoin(CODE);
    expect([full.status, errorCode(full)]).toEqual([503, 'room-full']);
    expect(room.server.devicesHeld()).toBe(3);

    // a comes back while the room is full of live phones: told so, not told to join again.
    const waiting = await a.vote('round-1', 'ownership', 'no');
    expect([waiting.status, errorCode(waiting.reply)]).toEqual([503, 'room-full']);
    await d.closeLive();
    await expect.poll(() => room.server.connectedDevices()).toBe(2);
    expect((await a.vote('round-1', 'ownership', 'no')).status).toBe(200);
    expect(room.voters).toEqual([a.deviceId]);
    // And through the live socket too: its token is enough.
    await a.openLive();
    expect(room.server.connectedDevices()).toBe(3);
  });
});

describe('presence', () => {
  it('reports connected and reconnecting phones, and when one ages out of reconnecting', async () => {
    const room = await startRoom({ reconnectGraceMs: 300, deviceIdleReleaseMs: 60_000 });
    const phone = room.phone();
    await phone.join(CODE);
    expect(lastPresence(room)).toEqual({ connected: 0, reconnecting: 1 });
    await phone.openLive();
    await expect.poll(() => lastPresence(room)).toEqual({ connected: 1, reconnecting: 0 });
    expect(room.server.connectedDevices()).toBe(1);
    await phone.closeLive();
    await expect.poll(() => lastPresence(room)).toEqual({ connected: 0, reconnecting: 1 });
    await expect
      .poll(() => lastPresence(room), { timeout: 3000, interval: 50 })
      .toEqual({ connected: 0, reconnecting: 0 });
    // Still holding its place: it is only quiet.
    expect(room.server.devicesHeld()).toBe(1);
  });
});
