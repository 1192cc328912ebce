import type { LiveActivity, VotingState } from '../../shared/host-api/voting-contract';
import { text } from '../../shared/text';
import { Countdown, JoinBlock } from './audience-voting';

type OpenRoom = Extract<VotingState['room'], { status: 'open' }>;

/**
 * A writing round or dot vote while phones take part: the prompt, how many notes or dots
 * arrived (never what they say or where they went), the time left, and how to join.
 */
export function ActivityOpenView({ activity, room }: { activity: LiveActivity; room: OpenRoom | null }) {
  const writing = activity.kind === 'writing';
  const count = writing ? (activity.writing?.noteCount ?? 0) : (activity.dots?.dotsPlaced ?? 0);
  return (
    <div className={`audience-voting${room !== null ? ' audience-voting--with-join' : ''}`}>
      <div className="audience-voting__main audience-activity">
        <div className="audience-voting__top">
          <h1 className="audience-voting__heading">
            {text(writing ? 'audience.activity.writeHeading' : 'audience.activity.dotsHeading')}
          </h1>
          {activity.closesAt !== null ? (
            <Countdown
              closesAt={activity.closesAt}
              label={text(writing ? 'audience.activity.timeLeft' : 'audience.vote.timeLeft')}
            />
          ) : null}
        </div>
        <div className="audience-activity__body">
          <p className="audience-activity__prompt">{activity.prompt}</p>
          <p className="audience-activity__count">
            <strong>
              {text(writing ? 'audience.activity.notesIn' : 'audience.activity.dotsIn', { count })}
            </strong>
          </p>
          <p className="audience-activity__anonymous">{text('audience.activity.anonymous')}</p>
        </div>
      </div>
      {room !== null ? <JoinBlock room={room} size="large" /> : null}
    </div>
  );
}
