import { formatClock } from '../../../shared/cockpit/stage-timer';
import type { LiveActivity } from '../../../shared/host-api/voting-contract';
import { text } from '../../../shared/text';
import { FOCUS_PLACES } from '../../app/focus/focus-places';
import { useAppStore } from '../../app/store/store-context';
import { useNow } from '../../app/use-now';
import { QuietButton } from '../../app/components/quiet-button';

/** "Time left: 2:31", or that time is up, or that there is no limit. */
function TimeLeft({ activity }: { activity: LiveActivity }) {
  const running = activity.status === 'open' && activity.closesAt !== null;
  const now = useNow(1000, running);
  if (activity.status !== 'open') return null;
  if (activity.closesAt === null) return <p className="hint">{text('roomActivity.noTimeLimit')}</p>;
  const left = Date.parse(activity.closesAt) - now;
  return (
    <p className="room-activity__time">
      {left > 0 ? text('roomActivity.timeLeft', { time: formatClock(left) }) : text('roomActivity.timeUp')}
    </p>
  );
}

/** How many notes or dots arrived and from how many phones; never what they say or where they went. */
export function describeActivityCount(activity: LiveActivity): string {
  const phones = text('roomActivity.phones', { count: activity.phones });
  return activity.kind === 'writing'
    ? text('roomActivity.writing.count', { count: activity.writing?.noteCount ?? 0, phones })
    : text('roomActivity.dots.count', { count: activity.dots?.dotsPlaced ?? 0, phones });
}

/**
 * A writing round or dot vote that is open, or closed and not yet revealed: its counts, the
 * time left, Close and Reveal, and what the facilitator can and cannot see.
 */
export function LiveActivityPanel({ activity }: { activity: LiveActivity }) {
  const closeActivity = useAppStore((state) => state.closeRoomActivity);
  const revealActivity = useAppStore((state) => state.revealRoomActivity);
  const presentActivity = useAppStore((state) => state.presentActivity);
  const requestFocus = useAppStore((state) => state.requestFocus);
  const writing = activity.kind === 'writing';
  const open = activity.status === 'open';
  return (
    <section className="room-activity__live" aria-labelledby="live-activity-heading">
      <h4 id="live-activity-heading">
        {text(writing ? 'roomActivity.writing.openHeading' : 'roomActivity.dots.openHeading')}
      </h4>
      <p className="room-activity__prompt">{activity.prompt}</p>
      <p className="room-activity__count" aria-live="polite">
        <strong>{describeActivityCount(activity)}</strong>
      </p>
      <TimeLeft activity={activity} />
      <p className="room-activity__privacy">
        {text(writing ? 'roomActivity.writing.privacy' : 'roomActivity.dots.privacy')}
      </p>
      {open ? null : <p className="hint">{text('roomActivity.closedHint')}</p>}
      <div className="room-activity__buttons">
        {open ? (
          <QuietButton
            data-focus-place="close-activity"
            onClick={() => {
              void closeActivity().then(() =>
                requestFocus({ kind: 'closed', places: [FOCUS_PLACES.revealActivity] }),
              );
            }}
          >
            {text(writing ? 'roomActivity.writing.close' : 'roomActivity.dots.close')}
          </QuietButton>
        ) : null}
        <button
          type="button"
          className="button"
          data-focus-place="reveal-activity"
          onClick={() => {
            void revealActivity().then(() => {
              presentActivity(activity.activityId);
              requestFocus({
                kind: 'opened',
                places: [
                  FOCUS_PLACES.revealedActivity(activity.activityId),
                  FOCUS_PLACES.roomActivityHeading,
                ],
              });
            });
          }}
        >
          {text(writing ? 'roomActivity.writing.reveal' : 'roomActivity.dots.reveal')}
        </button>
      </div>
      {writing ? <p className="hint">{text('roomActivity.writing.revealHint')}</p> : null}
    </section>
  );
}
