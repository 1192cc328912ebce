/**
 * The facilitator page's first script (see `index.html`): in the browser shell, sends the
 * start-up host reads while the app's JavaScript loads. See `early-host-reads.ts`.
 */
import { peekBrowserToken, startEarlyHostReads } from './early-host-reads';

if (window.readyroom === undefined) {
  startEarlyHostReads(window, peekBrowserToken(window.location, window.sessionStorage));
}
