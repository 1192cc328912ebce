import { useMemo } from 'react';
import { useAppStore } from '../../app/store/store-context';
import { DotRanking } from './dot-ranking';
import { NoteBoard } from './note-board';

/** The revealed writing rounds (as boards) and dot votes (as rankings) of the stage on now, newest first. */
export function StageActivities() {
  const activities = useAppStore((state) => state.workshop?.roomActivities);
  const stageId = useAppStore((state) => state.currentStageId);
  const onStage = useMemo(
    () =>
      (activities ?? [])
        .filter((activity) => activity.stageId === stageId && activity.revealedAt !== null)
        .reverse(),
    [activities, stageId],
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
