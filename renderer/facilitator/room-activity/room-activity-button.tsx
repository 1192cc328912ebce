import { text } from '../../../shared/text';
import { useAppStore } from '../../app/store/store-context';
import { QuietButton } from '../../app/components/quiet-button';

/** "Room activity" in the stage bar: opens or hides the panel that runs writing rounds and dot votes. */
export function RoomActivityButton() {
  const open = useAppStore((state) => state.roomActivityPanelOpen);
  const setOpen = useAppStore((state) => state.setRoomActivityPanelOpen);
  return (
    <QuietButton aria-expanded={open} data-focus-place="room-activity-button" onClick={() => setOpen(!open)}>
      {text('roomActivity.button')}
    </QuietButton>
  );
}
