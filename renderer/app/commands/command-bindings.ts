import type { CommandId } from '../../../shared/cockpit/commands';
import { FOCUS_PLACES } from '../focus/focus-places';
import type { AppState } from '../store/app-state';
import { redo, undo, type AppStore } from '../store/create-app-store';

export interface CommandBinding {
  /** Whether the command can run now; disabled commands are greyed in the palette and menu. */
  readonly enabled: (state: AppState, store: AppStore) => boolean;
  readonly run: (store: AppStore) => void;
}

const hasWorkshop = (state: AppState) => state.workshop !== null;

/** What each declared command does in the facilitator window. */
export const COMMAND_BINDINGS: Readonly<Record<CommandId, CommandBinding>> = {
  'workshop.save': { enabled: hasWorkshop, run: (store) => void store.getState().saveNow() },
  'workshop.exportCopy': { enabled: hasWorkshop, run: (store) => store.getState().exportWorkshopCopy() },
  'export.actionPlan': { enabled: hasWorkshop, run: (store) => void store.getState().exportWorkshop('docx') },
  'export.actionsCsv': { enabled: hasWorkshop, run: (store) => void store.getState().exportWorkshop('csv') },
  'export.reminders': { enabled: hasWorkshop, run: (store) => void store.getState().exportWorkshop('ics') },
  'export.followUpReport': {
    // Only once the workshop has had a follow-up: before it, nothing can have moved.
    enabled: (state) => (state.workshop?.sessions.length ?? 0) > 1,
    run: (store) => void store.getState().exportWorkshop('follow-up'),
  },
  'workshop.close': { enabled: hasWorkshop, run: (store) => void store.getState().closeWorkshop() },
  'edit.undo': {
    enabled: (state, store) => hasWorkshop(state) && store.temporal.getState().pastStates.length > 0,
    run: (store) => undo(store),
  },
  'edit.redo': {
    enabled: (state, store) => hasWorkshop(state) && store.temporal.getState().futureStates.length > 0,
    run: (store) => redo(store),
  },
  'stage.next': { enabled: hasWorkshop, run: (store) => store.getState().goToNextStage() },
  'stage.previous': { enabled: hasWorkshop, run: (store) => store.getState().goToPreviousStage() },
  'timer.toggle': {
    enabled: (state) => state.currentStageId !== null,
    run: (store) => store.getState().toggleTimer(),
  },
  'timer.extendOne': {
    enabled: (state) => state.currentStageId !== null,
    run: (store) => store.getState().extendCurrentTimer(1),
  },
  'timer.extendFive': {
    enabled: (state) => state.currentStageId !== null,
    run: (store) => store.getState().extendCurrentTimer(5),
  },
  'present.toggle': { enabled: hasWorkshop, run: (store) => void store.getState().toggleAudienceScreen() },
  'present.swapDisplays': {
    enabled: (state) => state.audienceOpen,
    run: (store) => void store.getState().swapAudienceDisplays(),
  },
  'voting.rehearse': {
    enabled: (state) => !state.opening,
    run: (store) => void store.getState().rehearseVotingRoom(),
  },
  'room.activity': {
    enabled: (state) => state.currentStageId !== null,
    run: (store) => {
      store.getState().setRoomActivityPanelOpen(true);
      store.getState().requestFocus({ kind: 'opened', places: [FOCUS_PLACES.roomActivityHeading] });
    },
  },
  'followUp.run': { enabled: hasWorkshop, run: (store) => store.getState().runFollowUp() },
  'palette.open': { enabled: () => true, run: (store) => store.getState().setPaletteOpen(true) },
};

/** Runs a command if it is enabled; returns whether it ran. */
export function runCommand(id: CommandId, store: AppStore): boolean {
  const binding = COMMAND_BINDINGS[id];
  if (!binding.enabled(store.getState(), store)) return false;
  binding.run(store);
  return true;
}
