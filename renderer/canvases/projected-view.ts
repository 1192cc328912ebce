import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';
import { clamp, ZOOM_RANGE } from '../../shared/canvases/canvas-view';
import type { CanvasView } from '../../shared/host-api/presentation-contract';

export { moveCanvasView, type CanvasViewMove } from '../../shared/canvases/canvas-view';

/** The audience screen's side of framing a projected canvas (the cockpit's is in `shared/canvases/canvas-view.ts`). */

/** How a projected canvas fits: the room around the cards and the zoom range. */
export interface FitOptions {
  readonly padding: number;
  readonly minZoom: number;
  readonly maxZoom: number;
}

/** The React Flow viewport that shows `bounds` framed as `view` on a screen of `width` × `height`. */
export function viewportFor(
  bounds: Rect,
  width: number,
  height: number,
  view: CanvasView | null,
  options: FitOptions,
): Viewport {
  const fit = getViewportForBounds(bounds, width, height, options.minZoom, options.maxZoom, options.padding);
  if (view === null) return fit;
  const zoom = clamp(fit.zoom * view.zoom, options.minZoom, options.maxZoom * ZOOM_RANGE.maximum);
  const centreX = bounds.x + view.centreX * bounds.width;
  const centreY = bounds.y + view.centreY * bounds.height;
  return { x: width / 2 - centreX * zoom, y: height / 2 - centreY * zoom, zoom };
}
