/**
 * The page the command-line export draws canvas pictures in, in headless Chromium
 * (`electron/host/export/pictures/`). It draws them exactly as the app's Export does: the
 * same read-only canvas, the same frame and the same capture (`planPictures`). No window,
 * no host: the workshop comes in as an argument and the pictures go back as data URLs.
 */
import '../styles/app.css';
import type { Workshop } from '../../shared/workshop';
import { planPictures } from '../canvases/canvas-picture';
import { followUpPictures } from '../plan-pictures/trend-picture';

/** What the page offers the export: set on `window` once the page has loaded. */
export type DrawPlanPicturesInPage = (workshop: Workshop) => ReturnType<typeof planPictures>;

declare global {
  interface Window {
    readyroomPlanPictures?: DrawPlanPicturesInPage;
    readyroomFollowUpPictures?: typeof followUpPictures;
  }
}

window.readyroomPlanPictures = planPictures;
window.readyroomFollowUpPictures = followUpPictures;
document.documentElement.dataset.pictureState = 'ready';
