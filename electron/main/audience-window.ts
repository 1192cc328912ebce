import { BrowserWindow, screen } from 'electron';
import { placeAudienceWindow } from './audience-placement';
import { audienceWindowOptions } from './window-options';

/**
 * The audience screen as a second window: full screen on the external display when there
 * is one, following displays being plugged in or out.
 */
export function createAudienceWindowController(preloadPath: string, audienceUrl: string) {
  let window: BrowserWindow | null = null;

  function facilitatorDisplayId(): number {
    const facilitator = BrowserWindow.getAllWindows().find((candidate) => candidate !== window);
    return facilitator === undefined
      ? screen.getPrimaryDisplay().id
      : screen.getDisplayMatching(facilitator.getBounds()).id;
  }

  function place(): void {
    if (window === null) return;
    const placement = placeAudienceWindow(screen.getAllDisplays(), facilitatorDisplayId());
    if (placement === null) return;
    window.setFullScreen(false);
    window.setBounds(placement.bounds);
    if (placement.fullScreen) window.setFullScreen(true);
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
  };
}
