import { useEffect, useMemo } from 'react';
import type { PresentedResults } from '../../../../shared/host-api/presentation-contract';
import { tallyRound } from '../../../../shared/workshop/readiness-logic';
import type { SessionId } from '../../../../shared/workshop/ids';
import { sessionRounds } from '../../../../shared/workshop/sessions';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { useAppStore } from '../../../app/store/store-context';
import { selectOwnRound } from '../../../app/store/voting-slice';
import { LiveRound } from '../readiness/live-round';
import { OpenRoundForm } from '../readiness/open-round-form';
import { RoundResults } from '../readiness/round-results';
import { VotingRoomPanel } from '../readiness/voting-room-panel';

/** The revealed rounds of one session, as the audience screen shows them. */
export function sessionPresentedResults(workshop: Workshop, sessionId: SessionId): PresentedResults {
  return sessionRounds(workshop, sessionId)
    .filter((round) => round.revealed)
    .map((round) => {
      const counts = tallyRound(workshop.readiness, round.id);
      return {
        roundNumber: round.number,
        counts: round.questionIds.map((questionId) => ({ questionId, ...pickCounts(counts[questionId]) })),
      };
    });
}

function pickCounts({ yes, partly, no }: { yes: number; partly: number; no: number }) {
  return { yes, partly, no };
}

/**
 * The readiness stage's voting parts, composed for a follow-up: the same voting room (phones,
 * keypad or a show of hands), a round open or the form to open one, and the results. The room
 * is shown only this session's revealed rounds. An earlier session shows its results only.
 */
export function FollowUpVoting({
  sessionId,
  readOnly,
}: {
  readonly sessionId: SessionId;
  readonly readOnly: boolean;
}) {
  const loadVoting = useAppStore((state) => state.loadVoting);
  const votingError = useAppStore((state) => state.votingError);
  const liveOpen = useAppStore((state) => selectOwnRound(state)?.status === 'open');
  const workshop = useAppStore((state) => state.workshop);
  const setPresentedResults = useAppStore((state) => state.setPresentedResults);
  const presented = useMemo(
    () => (workshop === null ? [] : sessionPresentedResults(workshop, sessionId)),
    [workshop, sessionId],
  );
  useEffect(() => {
    setPresentedResults(presented);
  }, [presented, setPresentedResults]);
  useEffect(() => {
    void loadVoting();
  }, [loadVoting]);
  return (
    <>
      {votingError !== null ? (
        <p className="notice notice--warning" role="alert">
          {votingError}
        </p>
      ) : null}
      {readOnly ? null : (
        <>
          <VotingRoomPanel />
          {liveOpen ? <LiveRound /> : <OpenRoundForm />}
        </>
      )}
      <RoundResults />
    </>
  );
}
