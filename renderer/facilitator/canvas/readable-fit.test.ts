import { describe, expect, it } from 'vitest';
import { FIT_MARGIN, READABLE_ZOOM, readableFit } from './readable-fit';

describe('fitting a canvas into view, readably', () => {
  it('shows everything, centred, when it fits at a readable zoom', () => {
    const view = readableFit({ x: 0, y: 0, width: 400, height: 200 }, 900, 600);

    expect(view.zoom).toBe(1);
    expect(view.x).toBe(250);
    expect(view.y).toBe(200);
  });

  it('zooms out to fit while the names stay at least 12 px', () => {
    const view = readableFit({ x: 100, y: 0, width: 950, height: 300 }, 900, 600);

    expect(view.zoom).toBeCloseTo((900 - 2 * FIT_MARGIN) / 950);
    expect(14 * view.zoom).toBeGreaterThanOrEqual(12);
  });

  it('opens a ten-step workflow at its first steps, readable, instead of shrinking it to 5 px text', () => {
    // Ten 220-unit steps 260 apart, two lanes: 2,560 × 500 units in a 900 × 600 pane.
    const view = readableFit({ x: 40, y: 20, width: 2560, height: 500 }, 900, 600);

    expect(view.zoom).toBe(READABLE_ZOOM);
    expect(14 * view.zoom).toBeCloseTo(12);
    // The first step starts at the margin; the lanes, which fit down, are centred.
    expect(view.x + 40 * view.zoom).toBeCloseTo(FIT_MARGIN);
    expect(view.y + 20 * view.zoom + (500 * view.zoom) / 2).toBeCloseTo(300);
  });

  it('never zooms in beyond 1 on a tiny canvas', () => {
    expect(readableFit({ x: 0, y: 0, width: 50, height: 50 }, 900, 600).zoom).toBe(1);
  });
});
