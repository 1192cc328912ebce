/** What the voting state means for the open workshop: its own room and round, or another's. */
import type { AppState } from './app-state';

/** The live room, when it belongs to the open workshop (another workshop's room is not shown as this one's). */
export function selectOwnRoom(state: AppState) {
  const room = state.voting?.room;
  return room?.status === 'open' && room.workshopId === state.workshop?.id ? room : null;
}

/** The live round, when it belongs to the open workshop. */
export function selectOwnRound(state: AppState) {
  const round = state.voting?.round ?? null;
  return round !== null && round.workshopId === state.workshop?.id ? round : null;
}

/** True when a room or an unfinished round of another workshop holds the voting service. */
export function selectOtherWorkshopVoting(state: AppState): boolean {
  const workshopId = state.workshop?.id;
  const room = state.voting?.room;
  const round = state.voting?.round;
  return (
    (room?.status === 'open' && room.workshopId !== workshopId) ||
    (round !== undefined && round !== null && round.status === 'open' && round.workshopId !== workshopId)
  );
}
