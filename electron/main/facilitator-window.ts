import { BrowserWindow, screen } from 'electron';
import { hostEvents } from '../../shared/host-api/contract';
import { eventChannel } from '../../shared/host-api/define';
import type { WindowPlacement } from '../../shared/settings/settings';
import type { WorkshopOpenRequests } from './open-workshop-requests';
import { placeFacilitatorWindow, rememberPlacement } from './window-bounds';
import { facilitatorWindowOptions } from './window-options';

/** How long the window must stay still before its new position is written to settings. */
const SAVE_PLACEMENT_AFTER_MS = 500;

const OPEN_WORKSHOP_EVENT = 'app.onDidRequestOpenWorkshop';

export interface FacilitatorWindowSetup {
  readonly preloadPath: string;
  readonly url: string;
  /** The remembered placements, per display, in the settings file. */
  readonly placements: {
    read(): Promise<readonly WindowPlacement[]>;
    write(placements: readonly WindowPlacement[]): Promise<unknown>;
  };
  /** Workshop files the operating system asked to open; handed to the page once it has loaded. */
  readonly openRequests: WorkshopOpenRequests;
}

/**
 * Opens the facilitator's cockpit where it last was on a still-connected display (see
 * window-bounds.ts), remembers where it is moved to, and passes it the workshop files the
 * operating system asks ReadyRoom to open.
 */
export async function createFacilitatorWindow(setup: FacilitatorWindowSetup): Promise<BrowserWindow> {
  let saved = await setup.placements.read().catch(() => [] as readonly WindowPlacement[]);
  const placement = placeFacilitatorWindow(saved, screen.getAllDisplays(), screen.getPrimaryDisplay().id);

  // electronegativity-justified CONTEXT_ISOLATION_JS_CHECK: options come from window-options.ts (contextIsolation on), asserted by window-options.test.ts
  // electronegativity-justified SANDBOX_JS_CHECK: sandbox is on in secureWebPreferences, asserted by window-options.test.ts
  // electronegativity-justified AUXCLICK_JS_CHECK: Auxclick is disabled in secureWebPreferences and new windows are denied in security.ts
  const window = new BrowserWindow(facilitatorWindowOptions(setup.preloadPath, placement.bounds));
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });

  let pendingSave: NodeJS.Timeout | null = null;
  function savePlacement(): void {
    if (pendingSave !== null) clearTimeout(pendingSave);
    pendingSave = null;
    // Minimised or full screen says nothing about where the facilitator wants the window.
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    const bounds = window.getNormalBounds();
    saved = rememberPlacement(saved, screen.getDisplayMatching(bounds), bounds, window.isMaximized());
    void setup.placements.write(saved).catch(() => undefined);
  }
  function scheduleSave(): void {
    if (pendingSave !== null) clearTimeout(pendingSave);
    pendingSave = setTimeout(savePlacement, SAVE_PLACEMENT_AFTER_MS);
  }
  window.on('move', scheduleSave);
  window.on('resize', scheduleSave);
  window.on('maximize', scheduleSave);
  window.on('unmaximize', scheduleSave);
  window.on('close', savePlacement);

  // The page subscribes before its scripts finish running, so once it has loaded it can take
  // the files that waited; while it (re)loads, new requests wait again.
  const contents = window.webContents;
  contents.on('did-start-loading', () => setup.openRequests.detach());
  contents.on('did-finish-load', () =>
    setup.openRequests.attach((workshopPath) => {
      if (window.isDestroyed()) return false;
      const payload = hostEvents[OPEN_WORKSHOP_EVENT].safeParse({ path: workshopPath });
      if (payload.success) contents.send(eventChannel(OPEN_WORKSHOP_EVENT), payload.data);
      return true;
    }),
  );
  window.on('closed', () => setup.openRequests.detach());

  void window.loadURL(setup.url);
  return window;
}

/** Brings an existing window to the front, as a second launch of the app should. */
export function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
