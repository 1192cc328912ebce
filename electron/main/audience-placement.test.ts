import { describe, expect, it } from 'vitest';
import { placeAudienceWindow, swapDisplays } from './audience-placement';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };
const monitor = { id: 3, bounds: { x: -1920, y: 0, width: 1920, height: 1080 } };

describe('audience window placement', () => {
  it('goes full screen on the external display', () => {
    expect(placeAudienceWindow([laptop, projector], 1)).toEqual({
      bounds: projector.bounds,
      fullScreen: true,
      displayId: 2,
    });
    expect(placeAudienceWindow([laptop, projector], 2)).toEqual({
      bounds: laptop.bounds,
      fullScreen: true,
      displayId: 1,
    });
  });

  it('falls back to a centred normal window with one display', () => {
    expect(placeAudienceWindow([laptop], 1)).toEqual({
      bounds: { x: 144, y: 90, width: 1152, height: 720 },
      fullScreen: false,
      displayId: 1,
    });
  });

  it('has nowhere to go without displays', () => {
    expect(placeAudienceWindow([], 1)).toBeNull();
  });

  it('keeps to the display the facilitator chose while it is connected and free', () => {
    expect(placeAudienceWindow([laptop, projector, monitor], 1, 3)?.displayId).toBe(3);
    expect(placeAudienceWindow([laptop, projector], 1, 3)?.displayId).toBe(2);
    expect(placeAudienceWindow([laptop, projector], 1, 1)?.displayId).toBe(2);
  });
});

describe('swapping displays', () => {
  it('trades the cockpit and audience displays', () => {
    expect(swapDisplays([laptop, projector], 1, 2)).toEqual({ facilitator: projector, audience: laptop });
  });

  it('has nothing to swap on one display', () => {
    expect(swapDisplays([laptop], 1, 1)).toBeNull();
    expect(swapDisplays([laptop], 1, 2)).toBeNull();
  });
});
