import { text } from '../../../../shared/text';
import { actionReviewIn } from '../../../../shared/workshop/session-edits';
import { isOverdue } from '../../../../shared/workshop/sessions';
import { localDate } from '../../../../shared/workshop/template';
import { useAppStore } from '../../../app/store/store-context';
import { useCurrentStageSession } from '../../follow-up/use-viewed-session';
import { StagePrompt } from '../shared/stage-prompt';
import { FollowUpVoting } from '../follow-up-retest/follow-up-voting';
import { ActionReviewCard } from './action-review-card';
import '../stages.css';
import './follow-up-review.css';

/**
 * The follow-up's action review: every action with its status, percent done, note and due
 * date. Each change is one undoable edit of the action and of this session's review of it.
 * Whether a gap is closed, the room can vote on the spot: the readiness vote, on the
 * questions of the gaps, in the same voting room; it counts toward this session's answers.
 */
export function ActionReviewStageEditor() {
  const actions = useAppStore((state) => state.workshop?.actions);
  const current = useCurrentStageSession();
  if (actions === undefined || current === null) return null;
  const { session, readOnly } = current;
  const today = readOnly ? session.date : localDate(new Date());
  const done = actions.filter((action) => action.status === 'done').length;
  const blocked = actions.filter((action) => action.status === 'blocked').length;
  const overdue = actions.filter((action) => isOverdue(action, today)).length;
  return (
    <div className="stage-editor follow-up-review">
      <StagePrompt>{text('followUp.review.prompt')}</StagePrompt>
      {actions.length === 0 ? (
        <p>{text('followUp.review.empty')}</p>
      ) : (
        <>
          <p className="follow-up-review__counts" role="status">
            {text('followUp.review.counts', { count: actions.length, done, blocked, overdue })}
          </p>
          <ul className="follow-up-review__list">
            {actions.map((action) => (
              <ActionReviewCard
                key={action.id}
                action={action}
                review={actionReviewIn(session, action.id)}
                today={today}
                readOnly={readOnly}
              />
            ))}
          </ul>
        </>
      )}
      <section className="panel" aria-labelledby="gap-vote-heading">
        <h3 id="gap-vote-heading">{text('followUp.review.gapVoteHeading')}</h3>
        <p className="hint">{text('followUp.review.gapVote')}</p>
        <FollowUpVoting sessionId={session.id} readOnly={readOnly} />
      </section>
    </div>
  );
}
