/**
 * The host's records of rounds and ballots in the document's shapes: what the workshop keeps
 * of a phone or keypad round once the host has it.
 */
import type { LiveBallot, RecordedRound, VotingState } from '../../../shared/host-api/voting-contract';
import type { BallotId, DeviceId, VotingRoundId } from '../../../shared/workshop/ids';
import type { VotingRound } from '../../../shared/workshop/readiness';

/** The document's ballot shape from the host's. */
export function toDocumentBallot(ballot: LiveBallot) {
  return {
    id: ballot.id as BallotId,
    roundId: ballot.roundId as VotingRoundId,
    questionId: ballot.questionId,
    voter:
      ballot.voter.kind === 'device'
        ? { kind: 'device' as const, deviceId: ballot.voter.deviceId as DeviceId }
        : { kind: 'label' as const, label: ballot.voter.label },
    answer: ballot.answer,
    castAt: ballot.castAt,
    ...(ballot.confidence === null ? {} : { confidence: ballot.confidence }),
  };
}

/** The document's round from the host's record of it. */
export function toDocumentRound(round: RecordedRound): VotingRound {
  return {
    id: round.roundId as VotingRoundId,
    number: round.number,
    questionIds: round.questionIds,
    openedAt: round.openedAt,
    closedAt: round.closedAt,
    revealed: false,
    mode: round.mode,
    askConfidence: round.askConfidence,
  };
}

/** The host's live round. */
type LiveRound = NonNullable<VotingState['round']>;

/** A live round the host has just closed, as the document records it, with its ballots. */
export function closedLiveRound(round: LiveRound) {
  return {
    round: {
      id: round.roundId as VotingRoundId,
      number: round.number,
      questionIds: round.questionIds,
      openedAt: round.openedAt,
      closedAt: round.closedAt ?? new Date().toISOString(),
      revealed: false,
      mode: round.mode === 'keypad' ? ('keypad' as const) : ('phones' as const),
      askConfidence: round.askConfidence,
    },
    ballots: round.ballots.map(toDocumentBallot),
  };
}
