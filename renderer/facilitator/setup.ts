import type { HostApi } from '../../shared/host-api/contract';
import { startAutosave } from '../app/autosave';
import { installCommandShortcuts, isCommandId } from '../app/commands/keyboard-shortcuts';
import { runCommand } from '../app/commands/command-bindings';
import type { AppStore } from '../app/store/create-app-store';
import { rememberedOpenPath, rememberOpenPath } from '../app/window-session';
import { startPresentationSync } from './presentation-sync';
import { startCockpitSessionPersistence } from './cockpit-session';
import { keepWhatTheRoomIsShown } from './shown-to-the-room';

/**
 * Facilitator-window start-up: autosave, commands from keys and the desktop menu, the
 * audience screen link, and reopening what this tab had open before a reload.
 */
export async function setupFacilitatorWindow(store: AppStore, host: HostApi): Promise<void> {
  const stopAutosave = startAutosave(store);
  installCommandShortcuts(store);
  host.events.on('app.onDidRequestCommand', ({ commandId }) => {
    if (isCommandId(commandId) && document.hasFocus()) runCommand(commandId, store);
  });

  store.subscribe((state, previous) => {
    if (state.openFile?.path !== previous.openFile?.path) {
      rememberOpenPath(window.sessionStorage, state.openFile?.path ?? null);
    }
  });
  keepWhatTheRoomIsShown(store, window.sessionStorage);
  startCockpitSessionPersistence(store, window.sessionStorage);

  window.addEventListener('beforeunload', (event) => {
    const status = store.getState().saveStatus;
    if (status === 'dirty' || status === 'saving' || status === 'failed') {
      void stopAutosave();
      event.preventDefault();
    }
  });

  const reopen = rememberedOpenPath(window.sessionStorage);
  try {
    // Opening it brings back this tab's stage, timers and what the room was shown (above).
    if (reopen !== null) await store.getState().openWorkshop(reopen);
  } finally {
    // Only now: after a reload, the audience screen keeps what the room was shown until this
    // window has it back (its stage, its board), rather than a blank screen in between.
    startPresentationSync(store, host);
  }
}
