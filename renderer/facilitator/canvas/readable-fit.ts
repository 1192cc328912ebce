/**
 * Fitting a canvas into view without making it unreadable. Fitting everything into a narrow
 * canvas shrank a ten-step workflow to about 5 px text; instead the view never zooms out
 * further than the readable zoom, and a canvas too wide (or tall) for it opens at its start
 * (top left), the rest a scroll or a "Show everything" away.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface FittedView {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** Cards name their subject in 14 px type: at this zoom the name is still 12 CSS px. */
export const READABLE_ZOOM = 12 / 14;

/** Room left around the cards, in screen pixels. */
export const FIT_MARGIN = 24;

/** The largest zoom a fit uses: small canvases are not blown up. */
export const FIT_MAX_ZOOM = 1;

/**
 * The viewport that shows `bounds` (canvas units) in a `width` × `height` pane: everything
 * when that is readable, otherwise the readable zoom from the top left of the cards
 * (centred along any direction that does fit).
 */
export function readableFit(
  bounds: Box,
  width: number,
  height: number,
  readableZoom: number = READABLE_ZOOM,
): FittedView {
  const roomX = Math.max(1, width - 2 * FIT_MARGIN);
  const roomY = Math.max(1, height - 2 * FIT_MARGIN);
  const fitZoom = Math.min(
    FIT_MAX_ZOOM,
    roomX / Math.max(1, bounds.width),
    roomY / Math.max(1, bounds.height),
  );
  const zoom = Math.max(fitZoom, Math.min(readableZoom, FIT_MAX_ZOOM));
  const along = (start: number, size: number, pane: number, room: number) =>
    size * zoom <= room ? (pane - size * zoom) / 2 - start * zoom : FIT_MARGIN - start * zoom;
  return {
    x: along(bounds.x, bounds.width, width, roomX),
    y: along(bounds.y, bounds.height, height, roomY),
    zoom,
  };
}
