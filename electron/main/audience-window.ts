import { BrowserWindow, screen } from 'electron';
import { centredIn, placeAudienceWindow, swapDisplays, type DisplayInfo } from './audience-placement';
import { audienceWindowOptions } from './window-options';

/**
 * The audience screen as a second window: full screen on the external display when there
 * is one, following displays being plugged in or out; "swap displays" trades it with the cockpit.
 */
export function createAudienceWindowController(preloadPath: string, audienceUrl: string) {
  let window: BrowserWindow | null = null;
  /** The display the facilitator moved the audience screen to with "swap displays". */
  let preferredDisplayId: number | null = null;

  function facilitatorWindow(): BrowserWindow | undefined {
    return BrowserWindow.getAllWindows().find((candidate) => candidate !== window);
  }

  function facilitatorDisplayId(): number {
    const facilitator = facilitatorWindow();
    return facilitator === undefined
      ? screen.getPrimaryDisplay().id
      : screen.getDisplayMatching(facilitator.getBounds()).id;
  }

  function place(): void {
    if (window === null) return;
    const placement = placeAudienceWindow(
      screen.getAllDisplays(),
      facilitatorDisplayId(),
      preferredDisplayId,
    );
    if (placement === null) return;
    window.setFullScreen(false);
    window.setBounds(placement.bounds);
    if (placement.fullScreen) window.setFullScreen(true);
  }

  /** Moves the cockpit to a display, keeping its size (and its maximised state). */
  function moveFacilitator(facilitator: BrowserWindow, display: DisplayInfo): void {
    const maximised = facilitator.isMaximized();
    if (maximised) facilitator.unmaximize();
    facilitator.setBounds(centredIn(display.bounds, facilitator.getBounds()));
    if (maximised) facilitator.maximize();
  }

  screen.on('display-added', place);
  screen.on('display-removed', place);
  screen.on('display-metrics-changed', place);

  return {
    async open(): Promise<boolean> {
      if (window !== null && !window.isDestroyed()) {
        window.focus();
        return true;
      }
      // electronegativity-justified CONTEXT_ISOLATION_JS_CHECK: options come from window-options.ts (contextIsolation on), asserted by window-options.test.ts
      // electronegativity-justified SANDBOX_JS_CHECK: sandbox is on in secureWebPreferences, asserted by window-options.test.ts
      // electronegativity-justified AUXCLICK_JS_CHECK: Auxclick is disabled in secureWebPreferences and new windows are denied in security.ts
      const created = new BrowserWindow(audienceWindowOptions(preloadPath));
      window = created;
      created.on('closed', () => {
        window = null;
      });
      created.once('ready-to-show', () => {
        place();
        created.show();
      });
      await created.loadURL(audienceUrl);
      return true;
    },
    async close(): Promise<boolean> {
      if (window === null || window.isDestroyed()) return false;
      window.close();
      return true;
    },
    async swapDisplays(): Promise<boolean> {
      const facilitator = facilitatorWindow();
      if (window === null || window.isDestroyed() || facilitator === undefined) return false;
      const targets = swapDisplays(
        screen.getAllDisplays(),
        facilitatorDisplayId(),
        screen.getDisplayMatching(window.getBounds()).id,
      );
      if (targets === null) return false;
      preferredDisplayId = targets.audience.id;
      moveFacilitator(facilitator, targets.facilitator);
      place();
      return true;
    },
  };
}
