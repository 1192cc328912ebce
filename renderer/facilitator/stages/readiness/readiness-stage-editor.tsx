import { useEffect } from 'react';
import { text } from '../../../../shared/text';
import { tallyRounds } from '../../../../shared/workshop/readiness-logic';
import { sessionOfRound } from '../../../../shared/workshop/sessions';
import { useAppStore } from '../../../app/store/store-context';
import { selectOwnRound } from '../../../app/store/voting-slice';
import { useCurrentStageSession } from '../../follow-up/use-viewed-session';
import { StagePrompt } from '../shared/stage-prompt';
import { FinalAnswers } from './final-answers';
import { LiveRound } from './live-round';
import { OpenRoundForm } from './open-round-form';
import { RoundResults } from './round-results';
import { VerdictPanel } from './verdict-panel';
import { VotingRoomPanel } from './voting-room-panel';

export { describePresence } from './voting-room-panel';

/** The Scaling Readiness Test: the voting room, rounds, reveal, final answers and the verdict. */
export function ReadinessStageEditor() {
  const loadVoting = useAppStore((state) => state.loadVoting);
  const readiness = useAppStore((state) => state.workshop?.readiness);
  // What tells a round's session, read apart so other edits do not re-tally the rounds.
  const sessions = useAppStore((state) => state.workshop?.sessions);
  const meta = useAppStore((state) => state.workshop?.meta);
  const createdAt = useAppStore((state) => state.workshop?.createdAt);
  const sessionId = useCurrentStageSession()?.session.id;
  const setPresentedResults = useAppStore((state) => state.setPresentedResults);
  // The audience screen shows this session's revealed rounds only; keep what it may show up to date.
  useEffect(() => {
    if (readiness === undefined || sessions === undefined || meta === undefined || createdAt === undefined) {
      return;
    }
    const held = { sessions, meta, createdAt };
    setPresentedResults(
      tallyRounds(readiness)
        .filter(({ round }) => round.revealed)
        .filter(({ round }) => sessionId === undefined || sessionOfRound(held, round) === sessionId)
        .map(({ round, counts }) => ({
          roundNumber: round.number,
          counts: round.questionIds.map((questionId) => ({
            questionId,
            yes: counts[questionId].yes,
            partly: counts[questionId].partly,
            no: counts[questionId].no,
          })),
        })),
    );
  }, [readiness, sessions, meta, createdAt, sessionId, setPresentedResults]);
  const votingError = useAppStore((state) => state.votingError);
  const liveOpen = useAppStore((state) => selectOwnRound(state)?.status === 'open');
  useEffect(() => {
    void loadVoting();
  }, [loadVoting]);
  return (
    <div className="stage-editor readiness-editor">
      <StagePrompt>{text('stage.readiness.askTheFour')}</StagePrompt>
      {votingError !== null ? (
        <p className="notice notice--warning" role="alert">
          {votingError}
        </p>
      ) : null}
      <VotingRoomPanel />
      {liveOpen ? <LiveRound /> : <OpenRoundForm />}
      <RoundResults />
      <FinalAnswers />
      <VerdictPanel />
    </div>
  );
}
