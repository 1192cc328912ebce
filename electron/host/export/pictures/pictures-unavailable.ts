import type { PlanPictures } from '../plan/pictures';

/**
 * The canvas pictures could not be drawn; the message says why and what to do, in plain
 * words. Kept apart from the drawing so the command line can recognise it without loading
 * Chromium's driver.
 */
export class PicturesUnavailable extends Error {}

/** What each picture is called in messages. */
export const PICTURE_NAMES: Readonly<Record<keyof PlanPictures, string>> = {
  stakeholderMap: 'stakeholder map',
  workflow: 'workflow',
  dataMap: 'data map',
  roadmap: 'roadmap',
  riskHeatMap: 'risk heat map',
};
