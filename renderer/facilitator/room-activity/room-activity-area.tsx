import { lazy, Suspense } from 'react';
import { text } from '../../../shared/text';
import { useAppStore } from '../../app/store/store-context';
import { selectActivityUnrevealed } from './room-activity-selectors';

// The panel and its board load when first opened, not with the cockpit's first screen.
const RoomActivityPanel = lazy(() =>
  import('./room-activity-panel').then((module) => ({ default: module.RoomActivityPanel })),
);

/**
 * Where the room activity panel sits on every stage: shown while the facilitator has it open,
 * and always while an activity runs or waits for its reveal (so a reload never hides it).
 */
export function RoomActivityArea() {
  const panelOpen = useAppStore((state) => state.roomActivityPanelOpen);
  const unrevealed = useAppStore(selectActivityUnrevealed);
  if (!panelOpen && !unrevealed) return null;
  return (
    <Suspense fallback={<p>{text('cockpit.stage.loading')}</p>}>
      <RoomActivityPanel />
    </Suspense>
  );
}
