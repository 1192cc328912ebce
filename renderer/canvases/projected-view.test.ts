import { describe, expect, it } from 'vitest';
import { moveCanvasView, viewportFor } from './projected-view';

const OPTIONS = { padding: 0, minZoom: 0.05, maxZoom: 2 } as const;
const BOUNDS = { x: 0, y: 0, width: 1000, height: 500 };

describe('framing the projected canvas from the cockpit', () => {
  it('zooms in and back out to "fit all"', () => {
    const zoomed = moveCanvasView(null, 'zoomIn');
    expect(zoomed).toEqual({ zoom: 1.5, centreX: 0.5, centreY: 0.5 });
    expect(moveCanvasView(zoomed, 'zoomOut')).toBeNull();
  });

  it('pans by a quarter of the screen, less far when zoomed in, never off the cards', () => {
    expect(moveCanvasView(null, 'right')).toEqual({ zoom: 1, centreX: 0.75, centreY: 0.5 });
    const zoomed = moveCanvasView(null, 'zoomIn');
    expect(moveCanvasView(zoomed, 'up')?.centreY).toBeCloseTo(0.5 - 0.25 / 1.5);
    let view = moveCanvasView(null, 'left');
    for (let press = 0; press < 5; press += 1) view = moveCanvasView(view, 'left');
    expect(view?.centreX).toBe(0);
  });

  it('"fit all" forgets the framing', () => {
    expect(moveCanvasView({ zoom: 3, centreX: 0.1, centreY: 0.9 }, 'fitAll')).toBeNull();
  });

  it('fits all the cards, or frames them relative to that fit', () => {
    expect(viewportFor(BOUNDS, 2000, 2000, null, OPTIONS)).toEqual({ x: 0, y: 500, zoom: 2 });
    const fit = viewportFor(BOUNDS, 500, 500, null, OPTIONS);
    expect(fit.zoom).toBe(0.5);
    // Twice the fit zoom, centred on the right-hand quarter of the cards.
    expect(viewportFor(BOUNDS, 500, 500, { zoom: 2, centreX: 0.75, centreY: 0.5 }, OPTIONS)).toEqual({
      x: 250 - 750,
      y: 250 - 250,
      zoom: 1,
    });
  });
});
