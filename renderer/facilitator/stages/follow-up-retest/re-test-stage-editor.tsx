import { text } from '../../../../shared/text';
import { useCurrentStageSession } from '../../follow-up/use-viewed-session';
import { StagePrompt } from '../shared/stage-prompt';
import { FollowUpAnswers } from './follow-up-answers';
import { FollowUpVoting } from './follow-up-voting';
import { MovementTable } from './movement-table';
import '../stages.css';

/**
 * The follow-up's re-test: the four questions voted again in the same voting room (phones,
 * keypad or a show of hands, the readiness stage's own parts), the group's answers now, and
 * what moved against every earlier session. Rounds are voting facts: undo never takes them.
 */
export function ReTestStageEditor() {
  const current = useCurrentStageSession();
  if (current === null) return null;
  return (
    <div className="stage-editor readiness-editor">
      <StagePrompt>{text('followUp.retest.prompt')}</StagePrompt>
      <FollowUpVoting sessionId={current.session.id} readOnly={current.readOnly} />
      <FollowUpAnswers session={current.session} />
      <MovementTable session={current.session} />
    </div>
  );
}
