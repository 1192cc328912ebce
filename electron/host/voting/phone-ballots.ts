/**
 * What the room server asks the voting service about phones: the round a phone may see, its
 * ballots (on disk before they are acknowledged), and who is connected.
 */
import { randomUUID } from 'node:crypto';
import { text } from '../../../shared/text';
import type { BallotRecord } from './journal-records';
import { phoneRoundOf } from './phone-round';
import { refusal } from './room-request-schemas';
import type { RoomHandlers } from './room-server';
import type { VotingSession } from './voting-session';

/** The room server's handlers over the session's current round. */
export function phoneBallotHandlers(session: VotingSession): RoomHandlers {
  const voteClosed = () => refusal(409, 'round-closed', text('host.room.voteClosed'));
  return {
    phoneRound(device) {
      return session.current === null ? null : phoneRoundOf(session.current.ledger, device.deviceId);
    },

    async castBallot(device, ballot) {
      const round = session.current;
      if (round === null || round.journal === null || round.ledger.round.roundId !== ballot.roundId) {
        return voteClosed();
      }
      const { ledger, journal } = round;
      if (
        session.room === null ||
        session.owner === null ||
        ledger.round.workshopId !== session.owner.workshopId
      ) {
        // A round of another workshop never takes this room's ballots.
        return voteClosed();
      }
      if (ledger.round.mode !== 'phones') {
        return refusal(409, 'not-a-phone-round', text('host.room.notAPhoneRound'));
      }
      if (ledger.status !== 'open') return voteClosed();
      if (!ledger.accepts(ballot.questionId)) {
        return refusal(400, 'unknown-question', text('host.room.questionNotOpen'));
      }
      const record: BallotRecord = {
        type: 'ballot',
        id: randomUUID(),
        voterKey: `device:${device.deviceId}`,
        voter:
          device.name === null
            ? { kind: 'device', deviceId: device.deviceId }
            : { kind: 'label', label: device.name },
        questionId: ballot.questionId,
        answer: ballot.answer,
        // Kept only when the round asks; a page from before the round changed may still send it.
        ...(ledger.round.askConfidence === true && ballot.confidence !== undefined
          ? { confidence: ballot.confidence }
          : {}),
        castAt: session.now().toISOString(),
      };
      try {
        await journal.append(record);
      } catch (error) {
        console.error('[readyroom] a ballot could not be saved', error);
        return refusal(503, 'not-saved', text('host.room.voteNotSaved'));
      }
      return null;
    },

    onDevicesChange(next) {
      if (session.room === null) return;
      session.presence = next;
      session.emitSoon();
    },
  };
}
