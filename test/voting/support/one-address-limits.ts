import { HostEventHub } from '../../../electron/host/event-hub';
import { LOOPBACK_ROOM_ADDRESS } from '../../../electron/host/voting/addresses';
import type { RoomLimits } from '../../../electron/host/voting/room-server';
import { createVotingService, type VotingService } from '../../../electron/host/voting/voting-service';

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

/** A voting service over `dataDirectory` whose room takes every simulated phone on 127.0.0.1. */
export function oneAddressVotingService(dataDirectory: string): VotingService {
  return createVotingService({
    dataDirectory,
    rendererDirectory: dataDirectory,
    events: new HostEventHub(),
    listAddresses: () => [LOOPBACK_ROOM_ADDRESS],
    roomLimits: ONE_ADDRESS_ROOM_LIMITS,
  });
}
