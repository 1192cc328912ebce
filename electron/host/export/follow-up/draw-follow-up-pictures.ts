/**
 * The follow-up report's trend picture for the command line: drawn by the picture page in
 * headless Chromium (`renderer/picture-page/`), the same drawing the app's Export uses.
 */
import type { Workshop } from '../../../../shared/workshop';
import { decodePicture, type TransferredPicture } from '../export-service';
import type { FollowUpReportOptions } from './follow-up-report';

/** Draws the follow-up report's pictures of a workshop; throws `PicturesUnavailable` when it cannot. */
export type DrawFollowUpPictures = (workshop: Workshop) => Promise<FollowUpReportOptions>;

/** The real drawing, in headless Chromium; a workshop without a follow-up has no trend. */
export const drawFollowUpPicturesHeadless: DrawFollowUpPictures = async (workshop) => {
  const { drawInPicturePage } = await import('../pictures/draw-plan-pictures');
  const drawn = await drawInPicturePage<{ trend?: TransferredPicture }>(
    'readyroomFollowUpPictures',
    workshop,
  );
  return drawn.trend === undefined ? {} : { trend: decodePicture(drawn.trend, 'trend') };
};
