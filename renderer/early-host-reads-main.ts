/**
 * The facilitator page's first script (see `index.html`): creates the page's host connection
 * at once, so that in the browser shell the first screen's host reads are under way (or
 * taken from the page) while the app's JavaScript loads. See `bridge.ts`.
 */
import { startFacilitatorHost } from './bridge';

startFacilitatorHost();
