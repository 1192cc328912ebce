/**
 * The facilitator frames the projected canvas from the cockpit without knowing the audience
 * screen's size: a `CanvasView` is relative to "fit all" (see the presentation contract), and
 * the audience screen turns it into a React Flow viewport for its own size
 * (`renderer/canvases/projected-view.ts`). Pure, so the cockpit's start-up code needs no
 * React Flow for it.
 */
import type { CanvasView } from '../host-api/presentation-contract';

/** What the cockpit's framing buttons do. */
export type CanvasViewMove = 'zoomIn' | 'zoomOut' | 'left' | 'right' | 'up' | 'down' | 'fitAll';

const FIT_ALL: CanvasView = { zoom: 1, centreX: 0.5, centreY: 0.5 };
const ZOOM_STEP = 1.5;
export const ZOOM_RANGE = { minimum: 0.5, maximum: 8 } as const;
/** A pan moves the view by a quarter of what the screen shows. */
const PAN_SHARE = 0.25;

export const clamp = (value: number, minimum: number, maximum: number) =>
  Math.min(maximum, Math.max(minimum, value));

/** The framing after one press of a cockpit button; null is "fit all". */
export function moveCanvasView(view: CanvasView | null, move: CanvasViewMove): CanvasView | null {
  if (move === 'fitAll') return null;
  const current = view ?? FIT_ALL;
  const pan = PAN_SHARE / current.zoom;
  const next: CanvasView =
    move === 'zoomIn' || move === 'zoomOut'
      ? {
          ...current,
          zoom: clamp(
            current.zoom * (move === 'zoomIn' ? ZOOM_STEP : 1 / ZOOM_STEP),
            ZOOM_RANGE.minimum,
            ZOOM_RANGE.maximum,
          ),
        }
      : {
          ...current,
          centreX: clamp(current.centreX + (move === 'left' ? -pan : move === 'right' ? pan : 0), 0, 1),
          centreY: clamp(current.centreY + (move === 'up' ? -pan : move === 'down' ? pan : 0), 0, 1),
        };
  const isFitAll =
    Math.abs(next.zoom - 1) < 0.01 &&
    Math.abs(next.centreX - 0.5) < 0.001 &&
    Math.abs(next.centreY - 0.5) < 0.001;
  return isFitAll ? null : next;
}
