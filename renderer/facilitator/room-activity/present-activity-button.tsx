import { text } from '../../../shared/text';
import { useAppStore } from '../../app/store/store-context';
import { QuietButton } from '../../app/components/quiet-button';

/** Shows a revealed activity of this stage on the audience screen, or stops showing it (a toggle). */
export function PresentActivityButton({ activityId }: { activityId: string }) {
  const shown = useAppStore(
    (state) =>
      state.presentedActivity?.activityId === activityId &&
      state.presentedActivity.stageId === state.currentStageId,
  );
  const presentActivity = useAppStore((state) => state.presentActivity);
  return (
    <QuietButton small aria-pressed={shown} onClick={() => presentActivity(shown ? null : activityId)}>
      {text('roomActivity.board.show')}
    </QuietButton>
  );
}
