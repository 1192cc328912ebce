import { useEffect } from 'react';
import { text } from '../../../../shared/text';
import { useAppStore } from '../../../app/store/store-context';
import { selectOwnRound } from '../../../app/store/voting-slice';
import { useCurrentStageSession } from '../../follow-up/use-viewed-session';
import { LiveRound } from '../readiness/live-round';
import { OpenRoundForm } from '../readiness/open-round-form';
import { RoundResults } from '../readiness/round-results';
import { VotingRoomPanel } from '../readiness/voting-room-panel';
import { StagePrompt } from '../shared/stage-prompt';
import { FollowUpAnswers } from './follow-up-answers';
import { MovementTable } from './movement-table';
import '../stages.css';

/**
 * The follow-up's re-test: the four questions voted again in the same voting room (phones,
 * keypad or a show of hands, the readiness stage's own parts), the group's answers now, and
 * what moved against every earlier session. Rounds are voting facts: undo never takes them.
 */
export function ReTestStageEditor() {
  const loadVoting = useAppStore((state) => state.loadVoting);
  const votingError = useAppStore((state) => state.votingError);
  const liveOpen = useAppStore((state) => selectOwnRound(state)?.status === 'open');
  const current = useCurrentStageSession();
  useEffect(() => {
    void loadVoting();
  }, [loadVoting]);
  if (current === null) return null;
  return (
    <div className="stage-editor readiness-editor">
      <StagePrompt>{text('followUp.retest.prompt')}</StagePrompt>
      {votingError !== null ? (
        <p className="notice notice--warning" role="alert">
          {votingError}
        </p>
      ) : null}
      {current.readOnly ? null : (
        <>
          <VotingRoomPanel />
          {liveOpen ? <LiveRound /> : <OpenRoundForm />}
        </>
      )}
      <RoundResults />
      <FollowUpAnswers session={current.session} />
      <MovementTable session={current.session} />
    </div>
  );
}
