import { useId, useState } from 'react';
import { text } from '../../../shared/text';
import { dotRanking } from '../../../shared/workshop/dot-ranking';
import type { RoomActivity } from '../../../shared/workshop/room-activities';
import { PresentActivityButton } from './present-activity-button';
import { useNoteEdits } from './use-note-edits';
import { QuietButton } from '../../app/components/quiet-button';

/**
 * A revealed dot vote as a ranked list, most dots first. When its items are actions, "Set
 * priorities from this ranking" sets their priority after one confirmation, as one undoable edit.
 */
export function DotRanking({ activity }: { activity: RoomActivity }) {
  const headingId = useId();
  const confirmId = useId();
  const edits = useNoteEdits(activity.id);
  const [confirming, setConfirming] = useState(false);
  const [applied, setApplied] = useState(false);
  const ranking = dotRanking(activity);
  const onActions = ranking.some(({ item }) => item.actionId !== null);
  return (
    <section className="dot-ranking" aria-labelledby={headingId} data-activity-id={activity.id}>
      <div className="room-activity__head">
        <h4 id={headingId}>{text('roomActivity.dots.rankingHeading', { prompt: activity.prompt })}</h4>
        <PresentActivityButton activityId={activity.id} />
      </div>
      <p className="hint">
        {text('audience.activity.ranked', {
          phones: text('roomActivity.phones', { count: activity.dots?.phones ?? 0 }),
        })}
      </p>
      <ol className="dot-ranking__list">
        {ranking.map(({ item, dots, rank }) => (
          <li key={item.id} value={rank} data-item-id={item.id}>
            <span className="dot-ranking__label">{item.label}</span>
            <strong className="dot-ranking__dots">{text('roomActivity.dots.dots', { count: dots })}</strong>
          </li>
        ))}
      </ol>
      {!onActions ? null : confirming ? (
        <div className="dot-ranking__confirm" role="group" aria-labelledby={confirmId}>
          <p id={confirmId}>{text('roomActivity.dots.confirmPriorities')}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              edits.applyRanking();
              setConfirming(false);
              setApplied(true);
            }}
          >
            {text('roomActivity.dots.confirm')}
          </button>
          <QuietButton onClick={() => setConfirming(false)}>{text('roomActivity.dots.cancel')}</QuietButton>
        </div>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => {
            setApplied(false);
            setConfirming(true);
          }}
        >
          {text('roomActivity.dots.setPriorities')}
        </button>
      )}
      <p role="status" className="hint">
        {applied ? text('roomActivity.dots.prioritiesSet') : ''}
      </p>
    </section>
  );
}
