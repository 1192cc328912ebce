/**
 * The cockpit's session state around room activities (writing rounds and dot votes): whether
 * the facilitator has the room activity panel open, and which revealed activity the audience
 * screen shows. Not part of the document and never undone; the activities themselves (their
 * notes, groups and dots) live in the workshop and in the host.
 */
import type { AppSliceCreator } from '../../app/store/app-state';

export interface RoomActivitySlice {
  /** The room activity panel, opened from the stage bar or the command palette. */
  readonly roomActivityPanelOpen: boolean;
  setRoomActivityPanelOpen(open: boolean): void;
  /** The revealed activity the audience screen shows, while its stage is on; null shows none. */
  readonly presentedActivity: { readonly stageId: string; readonly activityId: string } | null;
  /** Shows a revealed activity of the current stage to the room (its notes or its ranking), or stops. */
  presentActivity(activityId: string | null): void;
}

export function createRoomActivitySlice(): AppSliceCreator<RoomActivitySlice> {
  return (set, get) => ({
    roomActivityPanelOpen: false,
    setRoomActivityPanelOpen: (open) => set({ roomActivityPanelOpen: open }),
    presentedActivity: null,
    presentActivity: (activityId) => {
      const stageId = get().currentStageId;
      set({ presentedActivity: activityId === null || stageId === null ? null : { stageId, activityId } });
    },
  });
}
