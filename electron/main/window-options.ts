import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { AUDIENCE_WINDOW_SWITCH } from '../../shared/host-api/define';

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

/** Options for the facilitator's cockpit window. */
export function facilitatorWindowOptions(
  preloadPath: string,
  bounds: WindowBounds = { width: 1280, height: 800 },
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 1024,
    minHeight: 640,
    title: 'ReadyRoom',
    show: false,
    backgroundColor: '#f7f7f4',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
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
  return {
    ...bounds,
    title: 'ReadyRoom — audience screen',
    show: false,
    backgroundColor: '#101418',
    autoHideMenuBar: true,
    webPreferences: {
      ...secureWebPreferences(preloadPath),
      additionalArguments: [AUDIENCE_WINDOW_SWITCH],
    },
  };
}
