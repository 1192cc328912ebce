import { useMemo } from 'react';
import { useAppStore } from '../../app/store/store-context';
import { DotRanking } from './dot-ranking';
import { NoteBoard } from './note-board';

/**
 * The revealed writing rounds (as boards) and dot votes (as rankings) of the stage on now, and
 * the one the audience screen shows, newest first.
 */
export function StageActivities() {
  const activities = useAppStore((state) => state.workshop?.roomActivities);
  const stageId = useAppStore((state) => state.currentStageId);
  // One revealed on another stage than it was opened on is shown where the room sees it too.
  const presentedId = useAppStore((state) =>
    state.presentedActivity?.stageId === state.currentStageId ? state.presentedActivity.activityId : null,
  );
  const onStage = useMemo(
    () =>
      (activities ?? [])
        .filter(
          (activity) =>
            (activity.stageId === stageId || activity.id === presentedId) && activity.revealedAt !== null,
        )
        .reverse(),
    [activities, stageId, presentedId],
  );
  return (
    <>
      {onStage.map((activity) =>
        activity.kind === 'writing' ? (
          <NoteBoard key={activity.id} activity={activity} />
        ) : (
          <DotRanking key={activity.id} activity={activity} />
        ),
      )}
    </>
  );
}
