/**
 * The `voting.*` methods about the room itself: the addresses it may listen on, opening it
 * (with simulated phones for a rehearsal), closing it, and checking that it answers.
 */
import { HostError } from '../../../shared/host-api/errors';
import { text } from '../../../shared/text';
import { LOOPBACK_ROOM_ADDRESS } from './addresses';
import { loadParticipantFiles } from './participant-files';
import { phoneActivityHandlers } from './phone-activity';
import { phoneBallotHandlers } from './phone-ballots';
import { REHEARSAL_ROOM_LIMITS, startRehearsalPhones } from './rehearsal-phones';
import { checkRoomAnswers } from './room-check';
import { createRoomCode } from './room-code';
import { startRoomServer, type RoomServer } from './room-server';
import type { VotingMethods, VotingServiceOptions } from './voting-service';
import type { VotingSession } from './voting-session';

type RoomMethodName = 'voting.listAddresses' | 'voting.openRoom' | 'voting.closeRoom' | 'voting.checkRoom';

export function roomMethods(
  session: VotingSession,
  options: VotingServiceOptions,
): Pick<VotingMethods, RoomMethodName> {
  const handlers = { ...phoneBallotHandlers(session), activity: phoneActivityHandlers(session) };
  return {
    'voting.listAddresses': async () => [...options.listAddresses()],

    'voting.openRoom': ({ address, namedVoting, workshopId, workshopPath, rehearsalPhones }) =>
      session.exclusive(async () => {
        if (session.room !== null) {
          throw new HostError(
            'conflict',
            session.owner !== null && session.owner.workshopId !== workshopId
              ? text('host.voting.roomOpenForAnotherWorkshop')
              : text('host.voting.roomAlreadyOpen'),
          );
        }
        if (rehearsalPhones > 0 && address !== LOOPBACK_ROOM_ADDRESS.address) {
          throw new HostError('invalid-argument', text('host.voting.rehearsalOnThisComputerOnly'));
        }
        session.claimFor(workshopId, workshopPath);
        if (!options.listAddresses().some((candidate) => candidate.address === address)) {
          throw new HostError('invalid-argument', text('host.voting.addressNotListed', { address }));
        }
        const participantFiles = await loadParticipantFiles(options.rendererDirectory);
        if (participantFiles === null) {
          console.warn(
            `[readyroom] no participant.html in ${options.rendererDirectory}; phones cannot load the page`,
          );
        }
        const code = createRoomCode();
        let server: RoomServer;
        try {
          server = await startRoomServer({
            address,
            code,
            namedVoting,
            participantFiles,
            handlers,
            limits:
              rehearsalPhones > 0 ? { ...options.roomLimits, ...REHEARSAL_ROOM_LIMITS } : options.roomLimits,
          });
        } catch (error) {
          session.releaseOwnerIfIdle();
          console.error('[readyroom] the room server did not start', error);
          throw new HostError('io-error', text('host.voting.roomDidNotStart', { address }));
        }
        if (session.disposed) {
          await server.close();
          throw new HostError('conflict', text('host.voting.shuttingDown'));
        }
        const rehearsal =
          rehearsalPhones > 0
            ? startRehearsalPhones({ origin: server.origin, code, phones: rehearsalPhones, namedVoting })
            : null;
        session.room = { server, code, namedVoting, rehearsal };
        session.presence = { connected: 0, reconnecting: 0 };
        session.emitNow();
        return session.snapshot();
      }),

    'voting.closeRoom': () =>
      session.exclusive(async () => {
        await session.closeRoomNow();
        session.releaseOwnerIfIdle();
        session.emitNow();
        return session.snapshot();
      }),

    'voting.checkRoom': async () => {
      const open = session.room;
      if (open === null) return { reachable: false, message: text('host.voting.roomNotOpen') };
      return checkRoomAnswers(open.server);
    },
  };
}
