import { useEffect } from 'react';
import { text } from '../../../shared/text';
import { isRoomVotingStage } from '../../../shared/voting/voting-stages';
import { useAppStore } from '../../app/store/store-context';
import { selectOwnRoom } from '../../app/store/voting-slice';
import { VotingRoomPanel } from '../stages/readiness/voting-room-panel';
import { DotVoteForm } from './dot-vote-form';
import { LiveActivityPanel } from './live-activity-panel';
import { selectCurrentStageKind, selectOwnActivity } from './room-activity-selectors';
import { StageActivities } from './stage-activities';
import { WritingForm } from './writing-form';
import './room-activity.css';
import { QuietButton } from '../../app/components/quiet-button';

/**
 * The room activity panel, on any stage: start a silent writing round or a dot vote, follow
 * it while phones take part (counts only), close and reveal it, then work with what the room
 * wrote or chose on this stage.
 */
export function RoomActivityPanel() {
  const loadVoting = useAppStore((state) => state.loadVoting);
  const setOpen = useAppStore((state) => state.setRoomActivityPanelOpen);
  const votingError = useAppStore((state) => state.votingError);
  const roomOpen = useAppStore((state) => selectOwnRoom(state) !== null);
  const stageKind = useAppStore(selectCurrentStageKind);
  const live = useAppStore(selectOwnActivity);
  useEffect(() => {
    void loadVoting();
  }, [loadVoting]);
  const running = live !== null && !live.revealed;
  return (
    <section id="room-activity" className="panel room-activity" aria-labelledby="room-activity-heading">
      <div className="room-activity__head">
        <h3 id="room-activity-heading" tabIndex={-1}>
          {text('roomActivity.heading')}
        </h3>
        {running ? null : (
          <QuietButton small onClick={() => setOpen(false)}>
            {text('roomActivity.hide')}
          </QuietButton>
        )}
      </div>
      {votingError !== null ? (
        <p className="notice notice--warning" role="alert">
          {votingError}
        </p>
      ) : null}
      {/* Phones join through the voting room; a voting stage shows its panel itself, above. */}
      {stageKind !== null && isRoomVotingStage(stageKind) ? null : <VotingRoomPanel />}
      {running ? (
        <LiveActivityPanel activity={live} />
      ) : (
        <>
          <p className="hint">{text('roomActivity.intro')}</p>
          {roomOpen ? (
            <div className="room-activity__forms">
              <WritingForm />
              <DotVoteForm />
            </div>
          ) : (
            <p className="hint">{text('roomActivity.needsRoom')}</p>
          )}
        </>
      )}
      <StageActivities />
    </section>
  );
}
