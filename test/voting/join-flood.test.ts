/**
 * Issue #17: a join flood filled the room for good. 200 addresses each join 10 devices (the
 * most their join limit allows) and never come back; honest phones arriving afterwards, and
 * during a second wave, from addresses of their own, must still get in and vote. Every
 * client binds its own loopback source address (127.0.x.y); the room is on 127.0.0.1.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startRoomServer, type RoomServer } from '../../electron/host/voting/room-server';
import { loopbackSourceAddress, sendRequest, type HttpReply } from './support/loopback-http';
import { SimulatedPhone } from './support/simulated-phone';

const CODE = 'K7PX2M';
const FLOOD_ADDRESSES = 200;
const JOINS_PER_ADDRESS = 10;
const HONEST_PHONES = 20;

let server: RoomServer;
const phones: SimulatedPhone[] = [];

afterAll(async () => {
  for (const phone of phones) phone.close();
  await server.close();
});

/** Every flood address joins as many devices as its join limit lets it, one after another. */
async function flood(firstAddress: number): Promise<HttpReply[]> {
  const replies = await Promise.all(
    Array.from({ length: FLOOD_ADDRESSES }, async (_, index) => {
      const localAddress = loopbackSourceAddress(firstAddress + index);
      const own: HttpReply[] = [];
      for (let join = 0; join < JOINS_PER_ADDRESS; join += 1) {
        own.push(
          await sendRequest(server.origin, {
            method: 'POST',
            path: '/room/join',
            headers: { origin: server.origin, 'content-type': 'application/json' },
            body: JSON.stringify({ code: CODE }),
            localAddress,
          }),
        );
      }
      return own;
    }),
  );
  return replies.flat();
}

describe('a join flood from many addresses', () => {
  it('never locks honest phones out of the room', async () => {
    // The shipped limits, in a smaller room so the flood also fills it.
    server = await startRoomServer({
      address: '127.0.0.1',
      code: CODE,
      namedVoting: false,
      participantFiles: null,
      limits: { maxDevices: 500 },
      handlers: { phoneRound: () => null, castBallot: async () => null, onDevicesChange: () => undefined },
    });

    const firstWave = await flood(0);
    expect(firstWave.every((reply) => reply.status === 200)).toBe(true);
    expect(server.devicesHeld()).toBeLessThanOrEqual(500);

    const honest = Array.from({ length: HONEST_PHONES }, (_, index) => {
      const phone = new SimulatedPhone(server.origin, loopbackSourceAddress(index, 100));
      phones.push(phone);
      return phone;
    });
    const joins = await Promise.all(honest.map((phone) => phone.tryJoin(CODE)));
    expect(joins.map((reply) => reply.status)).toEqual(honest.map(() => 200));
    await Promise.all(honest.map((phone) => phone.openLive()));

    // A second wave from other addresses while the honest phones hold their live sockets.
    await flood(FLOOD_ADDRESSES);
    const votes = await Promise.all(honest.map((phone) => phone.vote('round-1', 'ownership', 'yes')));
    expect(votes.map((vote) => vote.status)).toEqual(honest.map(() => 200));
    expect(server.connectedDevices()).toBe(HONEST_PHONES);
    expect(server.devicesHeld()).toBeLessThanOrEqual(500);
  }, 60_000);
});
