/** What the host's live activity and the document's activities mean for the open workshop and stage. */
import type { LiveActivity } from '../../../shared/host-api/voting-contract';
import type { AppState } from '../../app/store/app-state';

/** The host's writing round or dot vote, when it belongs to the open workshop. */
export function selectOwnActivity(state: AppState): LiveActivity | null {
  const activity = state.voting?.activity ?? null;
  return activity !== null && activity.workshopId === state.workshop?.id ? activity : null;
}

/** True while the open workshop's activity is open or closed and waiting for its reveal. */
export function selectActivityUnrevealed(state: AppState): boolean {
  const activity = selectOwnActivity(state);
  return activity !== null && !activity.revealed;
}

/** The kind of the stage on now, or null. */
export function selectCurrentStageKind(state: AppState): string | null {
  return state.workshop?.agenda.find((stage) => stage.id === state.currentStageId)?.kind ?? null;
}
