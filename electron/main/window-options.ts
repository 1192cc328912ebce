import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { AUDIENCE_WINDOW_SWITCH } from '../../shared/host-api/define';
import { text } from '../../shared/text';

/**
 * The web preferences of every ReadyRoom window: the renderer is an ordinary sandboxed web
 * page that reaches the machine only through the preload's typed host API.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    disableBlinkFeatures: 'Auxclick',
  };
}

export interface WindowBounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
}

/**
 * What every ReadyRoom window shares: its bounds, hidden until its page is ready to show (so
 * it never flashes empty), and the given web preferences.
 */
function windowOptions(
  bounds: WindowBounds,
  look: Pick<
    BrowserWindowConstructorOptions,
    'title' | 'backgroundColor' | 'autoHideMenuBar' | 'minWidth' | 'minHeight'
  >,
  webPreferences: WebPreferences,
): BrowserWindowConstructorOptions {
  return { ...bounds, ...look, show: false, webPreferences };
}

/**
 * Options for the facilitator's cockpit window, at the bounds its placement gives it (where it
 * was last, or centred at the default size: see window-bounds.ts).
 */
export function facilitatorWindowOptions(
  preloadPath: string,
  bounds: WindowBounds,
): BrowserWindowConstructorOptions {
  return windowOptions(
    bounds,
    {
      minWidth: 1024,
      minHeight: 640,
      title: 'ReadyRoom',
      backgroundColor: '#f7f7f4',
      autoHideMenuBar: false,
    },
    secureWebPreferences(preloadPath),
  );
}

/**
 * Options for the audience screen shown to the room (read-only, no notes). Its renderer is
 * told it is the audience window, so the preload exposes only the audience's part of the
 * host API (the main process enforces the same, see host-ipc.ts).
 */
export function audienceWindowOptions(
  preloadPath: string,
  bounds: WindowBounds = { width: 1280, height: 720 },
): BrowserWindowConstructorOptions {
  return windowOptions(
    bounds,
    { title: text('host.desktop.audienceWindowTitle'), backgroundColor: '#101418', autoHideMenuBar: true },
    { ...secureWebPreferences(preloadPath), additionalArguments: [AUDIENCE_WINDOW_SWITCH] },
  );
}
