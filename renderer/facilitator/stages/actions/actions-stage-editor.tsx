import { text } from '../../../../shared/text';
import { useNow } from '../../../app/use-now';
import { StagePrompt } from '../shared/stage-prompt';
import { ActionPlanSection } from './action-plan-section';
import { calendarDate } from './action-warnings';
import { RaciSection } from './raci-section';
import { RiskRegisterSection } from './risk-register-section';
import { RoadmapSection } from './roadmap-section';
import { SignOffSection } from './sign-off-section';
import '../stages.css';
import './actions-stage.css';

/** Today's local date (`yyyy-mm-dd`), refreshed every minute so flags turn over at midnight. */
function useToday(): string {
  return calendarDate(new Date(useNow(60_000)));
}

/**
 * Action plan stage: an action with an owner and a due date for every gap. Each part of the
 * plan is its own section, in its own file next to this one.
 */
export function ActionsStageEditor() {
  const today = useToday();
  return (
    <div className="stage-editor">
      <StagePrompt>{text('stage.actions.takeTheGaps')}</StagePrompt>
      <ActionPlanSection today={today} />
      <RaciSection />
      <RiskRegisterSection />
      <RoadmapSection />
      <SignOffSection />
    </div>
  );
}
