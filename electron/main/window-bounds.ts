/**
 * Where the facilitator window opens, remembered per display. Pure: the main process passes
 * in Electron's displays and the saved placements, and writes back what this returns.
 */
import { MAX_REMEMBERED_DISPLAYS, type WindowPlacement } from '../../shared/settings/settings';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What the placement needs of an Electron `Display`. */
export interface DisplayArea {
  readonly id: number;
  /** The whole display. */
  readonly bounds: Rectangle;
  /** The display minus the taskbar, dock and menu bar: where windows belong. */
  readonly workArea: Rectangle;
}

/** Where to open the window, and on which display. */
export interface FacilitatorWindowPlacement {
  readonly bounds: Rectangle;
  readonly maximized: boolean;
  readonly displayId: number;
}

/** The size a first launch opens at (fits a 1366×768 laptop once clamped to its work area). */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;

/**
 * How much of a saved window must still lie on its display's work area to be restored where
 * it was: enough to see and grab it. Less than that (the taskbar moved, the resolution shrank)
 * and it opens centred instead.
 */
export const MIN_VISIBLE = { width: 120, height: 60 } as const;

function intersection(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** Moves and, if need be, shrinks `bounds` so it lies wholly inside `area`. */
export function clampToArea(bounds: Rectangle, area: Rectangle): Rectangle {
  const width = Math.max(1, Math.min(bounds.width, area.width));
  const height = Math.max(1, Math.min(bounds.height, area.height));
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/** The default size, shrunk to fit, centred in `area`. */
export function centredIn(area: Rectangle, size: { width: number; height: number } = DEFAULT_WINDOW_SIZE) {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.floor((area.width - width) / 2),
    y: area.y + Math.floor((area.height - height) / 2),
    width,
    height,
  };
}

/** True when a saved placement was recorded on this display (same id, same size). */
function isSameDisplay(placement: WindowPlacement, display: DisplayArea): boolean {
  return (
    placement.displayId === display.id &&
    placement.displayWidth === display.bounds.width &&
    placement.displayHeight === display.bounds.height
  );
}

/**
 * Where the facilitator window opens. The most recent saved placement whose display is still
 * connected (same id and size) and on which enough of the window is visible wins, clamped to
 * that display's work area. Otherwise the window opens at the default size, centred on the
 * primary display. Never off-screen.
 */
export function placeFacilitatorWindow(
  saved: readonly WindowPlacement[],
  displays: readonly DisplayArea[],
  primaryDisplayId: number,
): FacilitatorWindowPlacement {
  for (const placement of saved) {
    const display = displays.find((candidate) => isSameDisplay(placement, candidate));
    if (display === undefined) continue;
    const visible = intersection(placement, display.workArea);
    if (visible.width < MIN_VISIBLE.width || visible.height < MIN_VISIBLE.height) continue;
    return {
      bounds: clampToArea(placement, display.workArea),
      maximized: placement.maximized,
      displayId: display.id,
    };
  }
  const primary = displays.find((display) => display.id === primaryDisplayId) ?? displays[0];
  if (primary === undefined) {
    // No display reported at all (headless): Electron will place the window itself.
    return { bounds: { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE }, maximized: false, displayId: primaryDisplayId };
  }
  return { bounds: centredIn(primary.workArea), maximized: false, displayId: primary.id };
}

/**
 * The saved placements after the window was seen at `bounds` on `display`: that display's
 * entry first, the others kept (most recent first), at most MAX_REMEMBERED_DISPLAYS.
 * `bounds` is the window's normal (not maximised) size and position.
 */
export function rememberPlacement(
  saved: readonly WindowPlacement[],
  display: DisplayArea,
  bounds: Rectangle,
  maximized: boolean,
): WindowPlacement[] {
  const entry: WindowPlacement = {
    displayId: display.id,
    displayWidth: Math.round(display.bounds.width),
    displayHeight: Math.round(display.bounds.height),
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.max(1, Math.round(bounds.width)),
    height: Math.max(1, Math.round(bounds.height)),
    maximized,
  };
  const others = saved.filter((placement) => !isSameDisplay(placement, display));
  return [entry, ...others].slice(0, MAX_REMEMBERED_DISPLAYS);
}
