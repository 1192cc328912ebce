import { describe, expect, it } from 'vitest';
import { shiftToKeepInView } from './keep-in-view';

const CANVAS = { width: 600, height: 400 };

describe('shiftToKeepInView', () => {
  it('leaves the view alone when the card is inside with room to spare', () => {
    expect(shiftToKeepInView({ x: 100, y: 100, width: 200, height: 80 }, CANVAS, 24)).toEqual({
      dx: 0,
      dy: 0,
    });
  });

  it('moves the view just enough to bring back a card leaving on the right or bottom', () => {
    expect(shiftToKeepInView({ x: 500, y: 350, width: 200, height: 80 }, CANVAS, 24)).toEqual({
      dx: 600 - 24 - 700,
      dy: 400 - 24 - 430,
    });
  });

  it('moves the view just enough to bring back a card leaving on the left or top', () => {
    expect(shiftToKeepInView({ x: -150, y: -10, width: 200, height: 80 }, CANVAS, 24)).toEqual({
      dx: 174,
      dy: 34,
    });
  });

  it('aligns a card larger than the canvas to the top-left corner', () => {
    expect(shiftToKeepInView({ x: 40, y: 30, width: 900, height: 500 }, CANVAS, 24)).toEqual({
      dx: -16,
      dy: -6,
    });
  });
});
