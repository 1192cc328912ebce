/** A rectangle in screen pixels, relative to the canvas's top-left corner. */
export interface ScreenBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Room left between a card brought back into view and the canvas's edge, in pixels. */
export const KEEP_IN_VIEW_MARGIN = 24;

function shiftAlong(start: number, size: number, room: number, margin: number): number {
  if (start < margin || size > room - 2 * margin) return margin - start;
  if (start + size > room - margin) return room - margin - (start + size);
  return 0;
}

/**
 * How far to move the view (in screen pixels) so that `box` lies inside a canvas of `canvas`
 * size with `margin` to spare: nothing when it already does, otherwise the least shift that
 * brings it in. A box larger than the canvas is aligned to the top-left corner.
 */
export function shiftToKeepInView(
  box: ScreenBox,
  canvas: { readonly width: number; readonly height: number },
  margin = KEEP_IN_VIEW_MARGIN,
): { dx: number; dy: number } {
  return {
    dx: shiftAlong(box.x, box.width, canvas.width, margin),
    dy: shiftAlong(box.y, box.height, canvas.height, margin),
  };
}
