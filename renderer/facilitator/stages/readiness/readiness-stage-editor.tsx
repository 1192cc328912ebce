import { useEffect } from 'react';
import { text } from '../../../../shared/text';
import { tallyRounds } from '../../../../shared/workshop/readiness-logic';
import { useAppStore } from '../../../app/store/store-context';
import { selectOwnRound } from '../../../app/store/voting-slice';
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
  const setPresentedResults = useAppStore((state) => state.setPresentedResults);
  // The audience screen shows revealed rounds only; keep what it may show up to date.
  useEffect(() => {
    if (readiness === undefined) return;
    setPresentedResults(
      tallyRounds(readiness)
        .filter(({ round }) => round.revealed)
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
  }, [readiness, setPresentedResults]);
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
