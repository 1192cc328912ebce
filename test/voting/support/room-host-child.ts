/**
 * Child process of the host-crash test: a voting service with its room open on 127.0.0.1
 * and a phone round open, running until it is killed. Prints one line when ready:
 * `ready <join URL> <room code>`.
 *
 * Usage: `node --import tsx room-host-child.ts <data directory>`.
 */
import { writeSync } from 'node:fs';
import { HostEventHub } from '../../../electron/host/event-hub';
import { LOOPBACK_ROOM_ADDRESS } from '../../../electron/host/voting/addresses';
import { createVotingService } from '../../../electron/host/voting/voting-service';
import { QUESTION_IDS } from '../../../shared/workshop/readiness';
import { ONE_ADDRESS_ROOM_LIMITS } from './one-address-limits';
import { TEST_ROOM, TEST_WORKSHOP } from './test-workshop';

const [dataDirectory] = process.argv.slice(2);
if (dataDirectory === undefined) throw new Error('usage: room-host-child <data directory>');

const service = createVotingService({
  dataDirectory,
  rendererDirectory: dataDirectory,
  events: new HostEventHub(),
  listAddresses: () => [LOOPBACK_ROOM_ADDRESS],
  roomLimits: ONE_ADDRESS_ROOM_LIMITS,
});

void (async () => {
  const state = await service.methods['voting.openRoom']({
    address: '127.0.0.1',
    namedVoting: false,
    ...TEST_ROOM,
  });
  if (state.room.status !== 'open') throw new Error('The room did not open.');
  await service.methods['voting.openRound']({
    ...TEST_WORKSHOP,
    roundId: 'crash-round',
    number: 1,
    questionIds: [...QUESTION_IDS],
    mode: 'phones',
    durationSeconds: null,
    askConfidence: false,
  });
  writeSync(1, `ready ${state.room.joinUrl} ${state.room.code}\n`);
  // Keep running until the test kills this process.
  setInterval(() => undefined, 60_000);
})();
