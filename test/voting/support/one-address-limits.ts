import type { RoomLimits } from '../../../electron/host/voting/room-server';

/**
 * Room limits for tests and benchmarks where every simulated phone shares 127.0.0.1: the
 * per-address limits (sized for a room where each phone has its own address) are lifted,
 * the per-device limits stay as they ship.
 */
export const ONE_ADDRESS_ROOM_LIMITS: Partial<RoomLimits> = {
  perAddress: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
  joinsPerAddress: { capacity: 100_000, refillPerSecond: 100_000 },
  devicesPerAddress: 100_000,
  connectionsPerAddress: 5_000,
  maxConnections: 5_000,
};
