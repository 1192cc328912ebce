import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED_DISPLAYS, type WindowPlacement } from '../../shared/settings/settings';
import {
  DEFAULT_WINDOW_SIZE,
  placeFacilitatorWindow,
  rememberPlacement,
  type DisplayArea,
  type Rectangle,
} from './window-bounds';

/** A display at (x, y) of the given size; the work area loses `menuBar` at the top and `taskbar` at the bottom. */
function display(
  id: number,
  x: number,
  y: number,
  width: number,
  height: number,
  { menuBar = 0, taskbar = 0 } = {},
): DisplayArea {
  return {
    id,
    bounds: { x, y, width, height },
    workArea: { x, y: y + menuBar, width, height: height - menuBar - taskbar },
  };
}

const laptop = display(1, 0, 0, 1440, 900, { menuBar: 25 });
const externalRight = display(2, 1440, 0, 1920, 1080, { menuBar: 25 });
const externalLeft = display(3, -2560, -200, 2560, 1440, { taskbar: 48 });
const smallLaptop = display(4, 0, 0, 1366, 768, { taskbar: 40 });

function saved(on: DisplayArea, bounds: Rectangle, maximized = false): WindowPlacement {
  return {
    displayId: on.id,
    displayWidth: on.bounds.width,
    displayHeight: on.bounds.height,
    ...bounds,
    maximized,
  };
}

function isInside(inner: Rectangle, outer: Rectangle): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

describe('placeFacilitatorWindow', () => {
  it('opens a first launch at the default size, centred in the primary work area', () => {
    expect(placeFacilitatorWindow([], [laptop, externalRight], laptop.id)).toEqual({
      bounds: { x: 80, y: 62, ...DEFAULT_WINDOW_SIZE },
      maximized: false,
      displayId: laptop.id,
    });
  });

  it('shrinks the default to a small screen, above its taskbar', () => {
    expect(placeFacilitatorWindow([], [smallLaptop], smallLaptop.id).bounds).toEqual({
      x: 43,
      y: 0,
      width: 1280,
      height: 728,
    });
  });

  it('restores the window on the external display where it was', () => {
    const bounds = { x: 1600, y: 100, width: 1400, height: 900 };
    expect(
      placeFacilitatorWindow([saved(externalRight, bounds)], [laptop, externalRight], laptop.id),
    ).toEqual({
      bounds,
      maximized: false,
      displayId: externalRight.id,
    });
  });

  it('restores on a display left of the primary one (negative coordinates), maximised', () => {
    const bounds = { x: -2400, y: -100, width: 1600, height: 1000 };
    const result = placeFacilitatorWindow(
      [saved(externalLeft, bounds, true)],
      [laptop, externalLeft],
      laptop.id,
    );
    expect(result).toEqual({ bounds, maximized: true, displayId: externalLeft.id });
  });

  it('uses the laptop placement once the external display is unplugged', () => {
    const onExternal = saved(externalRight, { x: 1600, y: 100, width: 1400, height: 900 });
    const onLaptop = saved(laptop, { x: 40, y: 60, width: 1100, height: 700 });
    expect(placeFacilitatorWindow([onExternal, onLaptop], [laptop], laptop.id)).toEqual({
      bounds: { x: 40, y: 60, width: 1100, height: 700 },
      maximized: false,
      displayId: laptop.id,
    });
    // Plugged back in, the most recent placement (external) wins again.
    expect(placeFacilitatorWindow([onExternal, onLaptop], [laptop, externalRight], laptop.id).displayId).toBe(
      externalRight.id,
    );
  });

  it('centres on the primary display when the remembered display is gone', () => {
    const onExternal = saved(externalRight, { x: 1600, y: 100, width: 1400, height: 900 });
    expect(placeFacilitatorWindow([onExternal], [laptop], laptop.id)).toEqual({
      bounds: { x: 80, y: 62, ...DEFAULT_WINDOW_SIZE },
      maximized: false,
      displayId: laptop.id,
    });
  });

  it('does not restore on a display that kept its id but changed resolution', () => {
    const before = saved(externalRight, { x: 1600, y: 100, width: 1400, height: 900 });
    const lowered = display(2, 1440, 0, 1280, 720);
    expect(placeFacilitatorWindow([before], [laptop, lowered], laptop.id).displayId).toBe(laptop.id);
  });

  it('centres a window that was left almost entirely off its display', () => {
    const offscreen = saved(laptop, { x: 1400, y: 860, width: 1200, height: 800 }); // 40×40 px visible
    expect(placeFacilitatorWindow([offscreen], [laptop], laptop.id).bounds).toEqual({
      x: 80,
      y: 62,
      ...DEFAULT_WINDOW_SIZE,
    });
  });

  it('pulls a window hanging over an edge, or under the menu bar, back inside the work area', () => {
    const hanging = saved(laptop, { x: 900, y: 0, width: 1000, height: 700 });
    expect(placeFacilitatorWindow([hanging], [laptop], laptop.id).bounds).toEqual({
      x: 440,
      y: 25,
      width: 1000,
      height: 700,
    });
  });

  it('shrinks a window larger than its work area', () => {
    const huge = saved(smallLaptop, { x: -10, y: -10, width: 2000, height: 1200 });
    expect(placeFacilitatorWindow([huge], [smallLaptop], smallLaptop.id).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1366,
      height: 728,
    });
  });

  it('falls back to the first display when the primary id is unknown', () => {
    expect(placeFacilitatorWindow([], [externalRight, laptop], 999).displayId).toBe(externalRight.id);
  });

  it('never places the window off-screen, whatever was saved and whatever is connected', () => {
    const rectangle = fc.record({
      x: fc.integer({ min: -6000, max: 6000 }),
      y: fc.integer({ min: -4000, max: 4000 }),
      width: fc.integer({ min: 1, max: 5000 }),
      height: fc.integer({ min: 1, max: 4000 }),
    });
    const displayArbitrary = fc
      .record({
        id: fc.integer({ min: 1, max: 6 }),
        x: fc.integer({ min: -5000, max: 5000 }),
        y: fc.integer({ min: -3000, max: 3000 }),
        width: fc.integer({ min: 640, max: 5120 }),
        height: fc.integer({ min: 480, max: 2880 }),
        menuBar: fc.integer({ min: 0, max: 40 }),
        taskbar: fc.integer({ min: 0, max: 60 }),
      })
      .map(({ id, x, y, width, height, menuBar, taskbar }) =>
        display(id, x, y, width, height, { menuBar, taskbar }),
      );
    const displayList = fc.uniqueArray(displayArbitrary, {
      minLength: 1,
      maxLength: 4,
      selector: (d) => d.id,
    });
    const placements = fc.array(
      fc.record({
        displayId: fc.integer({ min: 1, max: 6 }),
        displayWidth: fc.constantFrom(640, 1280, 1440, 1920, 2560),
        displayHeight: fc.constantFrom(480, 720, 900, 1080, 1440),
        bounds: rectangle,
        maximized: fc.boolean(),
      }),
      { maxLength: MAX_REMEMBERED_DISPLAYS },
    );
    fc.assert(
      fc.property(displayList, placements, fc.integer({ min: 0, max: 3 }), (displays, raw, primaryIndex) => {
        const remembered = raw.map(({ bounds, ...rest }) => ({ ...rest, ...bounds }));
        const primary = displays[primaryIndex % displays.length] as DisplayArea;
        const result = placeFacilitatorWindow(remembered, displays, primary.id);
        const on = displays.find((candidate) => candidate.id === result.displayId);
        expect(on).toBeDefined();
        expect(isInside(result.bounds, (on as DisplayArea).workArea)).toBe(true);
        expect(result.bounds.width).toBeGreaterThan(0);
        expect(result.bounds.height).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('rememberPlacement', () => {
  it('puts the display the window is on first, replacing its old entry', () => {
    const onLaptop = saved(laptop, { x: 40, y: 60, width: 1100, height: 700 });
    const onExternal = saved(externalRight, { x: 1600, y: 100, width: 1400, height: 900 });
    const next = rememberPlacement(
      [onExternal, onLaptop],
      laptop,
      { x: 50.4, y: 70, width: 1200, height: 720.6 },
      true,
    );
    expect(next).toEqual([
      { ...saved(laptop, { x: 50, y: 70, width: 1200, height: 721 }), maximized: true },
      onExternal,
    ]);
  });

  it('keeps a separate entry for a display whose resolution changed', () => {
    const before = saved(externalRight, { x: 1600, y: 100, width: 1400, height: 900 });
    const lowered = display(2, 1440, 0, 1280, 720);
    const next = rememberPlacement([before], lowered, { x: 1500, y: 50, width: 1100, height: 600 }, false);
    expect(next.map((placement) => [placement.displayId, placement.displayWidth])).toEqual([
      [2, 1280],
      [2, 1920],
    ]);
  });

  it(`remembers at most ${MAX_REMEMBERED_DISPLAYS} displays, dropping the oldest`, () => {
    let list: WindowPlacement[] = [];
    for (let id = 1; id <= MAX_REMEMBERED_DISPLAYS + 3; id += 1) {
      list = rememberPlacement(
        list,
        display(id, 0, 0, 1920, 1080),
        { x: 0, y: 0, width: 800, height: 600 },
        false,
      );
    }
    expect(list).toHaveLength(MAX_REMEMBERED_DISPLAYS);
    expect(list[0]?.displayId).toBe(MAX_REMEMBERED_DISPLAYS + 3);
    expect(list.some((placement) => placement.displayId === 1)).toBe(false);
  });

  it('round-trips: what is remembered is where the window reopens', () => {
    const bounds = { x: 1700, y: 200, width: 1300, height: 820 };
    const list = rememberPlacement([], externalRight, bounds, false);
    expect(placeFacilitatorWindow(list, [laptop, externalRight], laptop.id).bounds).toEqual(bounds);
  });
});
