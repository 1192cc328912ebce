/**
 * Drags one React Flow node with real mouse events and records, inside the page, the
 * timestamp of every animation frame while it does. Works the same on the app's canvas and
 * on the bare React Flow page: both are found by a root selector and a node id.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { dragOffset, frameIntervals, type DragTurning, type LongTask } from './frame-intervals';
import type { PageGlobals } from './page-globals';

/** How long one drag lasts (quality-bars.md: dragging one node for 2 s). */
export const DRAG_DURATION_MS = 2000;
/** The mouse moves this often, like a 60 Hz mouse. */
const MOVE_EVERY_MS = 1000 / 60;
/**
 * Two circles of 120 px in 2 s: about 750 px/s, a brisk but ordinary drag. They start at the
 * grab point and go down and back, so the path spans 240 px below it.
 */
export const DRAG_PATH = { radius: 120, turns: 2 } as const;

/**
 * The first move after the button goes down, in pixels, before the path begins. React Flow
 * starts dragging a card once the mouse has moved more than 1 px (`nodeDragThreshold`) and
 * from then on keeps the card at the offset it had from the mouse at that moment; on the
 * maps' 16-unit snap grid, the card ends the drag where that offset snaps to. Without this
 * step, the path's first 60 Hz step (12 px: 16 units at the saved zoom of 0.75) left the card
 * one grid step further left after every drag, until after ten drags its path reached the
 * edge where React Flow pans the map. A 3 px lag snaps back to where the card started; the
 * step also goes to the side the circles turn to, and drags alternate sides
 * ({@link turningOfDrag}), so any lag left over goes back and forth rather than add up.
 */
export const PICKUP_STEP_PX = 3;

/** Which way drag number `index` (from 0) turns: alternately right and left, so the card comes back. */
export function turningOfDrag(index: number): DragTurning {
  return index % 2 === 0 ? 'right' : 'left';
}

/**
 * Frames are still recorded this long after the mouse button is released: the drop is drawn,
 * and what the app does after a drop (it saves the moved card once the drop is drawn) happens
 * inside the recording, where a freeze counts.
 */
export const AFTER_DROP_MS = 1200;

/** Fewer places than this for the dragged node: the drag did not take (it was not grabbed). */
const MINIMUM_NODE_PLACES = 3;

/** Where the recorder keeps its state in the page. */
const RECORDER_GLOBAL = '__readyroomCanvasFrames';

/** A React Flow canvas in a page: its root element and its nodes, found by id. */
export interface CanvasInPage {
  readonly page: Page;
  /** CSS selector of the element wrapping the React Flow root. */
  readonly rootSelector: string;
}

function nodeSelector(canvas: CanvasInPage, nodeId: string): string {
  return `${canvas.rootSelector} .react-flow__node[data-id="${nodeId}"]`;
}

/**
 * The size on screen, in CSS pixels, of the React Flow element inside the canvas: the area
 * cards are drawn in and React Flow pans within. The app's canvas wrapper also holds the zoom
 * strip under the cards, so the wrapper is larger than what the bare page must be given.
 */
export async function canvasSize(canvas: CanvasInPage): Promise<{ width: number; height: number }> {
  const selector = `${canvas.rootSelector} .react-flow`;
  const box = await canvas.page.locator(selector).first().boundingBox();
  if (box === null) throw new Error(`${selector} is not on screen.`);
  return { width: box.width, height: box.height };
}

/** The most the viewport may move during a drag that did not pan the map (a pixel or two was seen once). */
export const MAX_VIEWPORT_SHIFT_PX = 4;

/** How far, in pixels, the viewport moved between two of its transforms (`translate(x, y) scale(z)`). */
export function viewportShift(before: string, after: string): number {
  const place = (transform: string) =>
    (/translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform) ?? []).slice(1, 3).map(Number);
  const [x0 = NaN, y0 = NaN] = place(before);
  const [x1 = NaN, y1 = NaN] = place(after);
  const shift = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
  return Number.isNaN(shift) ? (before === after ? 0 : Infinity) : shift;
}

/** Where the canvas's viewport stands (React Flow's pan and zoom, as its inline transform). */
async function viewportTransform(canvas: CanvasInPage): Promise<string> {
  return canvas.page.evaluate((root) => {
    const { document } = globalThis as unknown as PageGlobals;
    return document.querySelector(`${root} .react-flow__viewport`)?.style.transform ?? '';
  }, canvas.rootSelector);
}

/**
 * A point of the node, on screen inside the canvas, where the mouse hits the node itself
 * (not another card over it, an edge label or a panel): its middle if free, else the first
 * free point of a 5 × 5 grid over it. Null when there is none. Cards overlap on a large map,
 * and a selected card is raised over its neighbours, so the free point can change between
 * drags: it is looked up again before each one.
 */
export async function grabPoint(
  canvas: CanvasInPage,
  nodeId: string,
): Promise<{ x: number; y: number } | null> {
  return canvas.page.evaluate(
    ({ root, node }) => {
      const { document } = globalThis as unknown as PageGlobals;
      const rootElement = document.querySelector(root);
      const element = document.querySelector(node);
      if (rootElement === null || element === null) return null;
      const box = element.getBoundingClientRect();
      const bounds = rootElement.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return null;
      const fractions = [0.5, 0.1, 0.3, 0.7, 0.9];
      for (const fy of fractions) {
        for (const fx of fractions) {
          const x = box.left + box.width * fx;
          const y = box.top + box.height * fy;
          if (x < bounds.left || x > bounds.right || y < bounds.top || y > bounds.bottom) continue;
          const hit = document.elementFromPoint(x, y);
          if (hit !== null && element.contains(hit)) return { x, y };
        }
      }
      return null;
    },
    { root: canvas.rootSelector, node: nodeSelector(canvas, nodeId) },
  );
}

/** How near the pane's edge the mouse may come before React Flow pans the map (its default). */
const AUTO_PAN_DISTANCE = 40;

/**
 * Whether the mouse can grab the node by its middle (where {@link grabPoint} grabs it first)
 * and drag it along {@link DRAG_PATH}, turning either way, from there or from
 * {@link PICKUP_STEP_PX} to either side (where alternate drags leave it), without coming
 * within {@link AUTO_PAN_DISTANCE} of the pane's edge, where React Flow would pan the map.
 */
export async function isGrabbableWithRoom(canvas: CanvasInPage, nodeId: string): Promise<boolean> {
  return canvas.page.evaluate(
    ({ root, node, radius, sideways, margin }) => {
      const { document } = globalThis as unknown as PageGlobals;
      const pane = document.querySelector(`${root} .react-flow`)?.getBoundingClientRect();
      const element = document.querySelector(node);
      if (pane === undefined || element === null) return false;
      const box = element.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (!element.contains(document.elementFromPoint(x, y))) return false;
      // The path goes `radius` to each side of where it starts, from up to the pickup step
      // either side of here, and `2 × radius` down.
      return (
        x - sideways >= pane.left + margin &&
        x + sideways <= pane.right - margin &&
        y >= pane.top + margin &&
        y + 2 * radius <= pane.bottom - margin
      );
    },
    {
      root: canvas.rootSelector,
      node: nodeSelector(canvas, nodeId),
      radius: DRAG_PATH.radius,
      sideways: DRAG_PATH.radius + PICKUP_STEP_PX,
      margin: AUTO_PAN_DISTANCE,
    },
  );
}

/** The frames of one drag. */
export interface DragRecording {
  /** requestAnimationFrame timestamps from mouse down to {@link AFTER_DROP_MS} after mouse up. */
  readonly timestamps: number[];
  /** Time between consecutive frames, over the same span. */
  readonly intervals: number[];
  /** When the page received the mouse up (the drop), on the same clock as the timestamps. */
  readonly droppedAt: number;
  /** Long tasks (main-thread work over 50 ms) the page reported during the recording. */
  readonly longTasks: LongTask[];
  /** How many mouse moves were sent. */
  readonly moves: number;
  /** How many mousemove events the page received (fewer: Chromium coalesced them). */
  readonly movesReceived: number;
  /** How many different places the node was drawn at, frame by frame. */
  readonly nodePlaces: number;
  /** From mouse down until the page had handled the last move (≥ the drag's 2 s; more: it lagged). */
  readonly handledAfterMs: number;
  /** How far the map's viewport moved during the drag: more than a few pixels, React Flow panned it. */
  readonly viewportShiftPx: number;
}

/** What the recorder script leaves on `window` under {@link RECORDER_GLOBAL}. */
interface FrameRecorder {
  /** Notes every frame from now on, and where the element `selector` is drawn in it. */
  start(selector: string): void;
  /** Stops at the first frame `afterDropMs` after the mouse up and returns what it noted. */
  stop(afterDropMs: number): Promise<{
    timestamps: number[];
    places: string[];
    mouseMoves: number;
    droppedAt: number;
    longTasks: LongTask[];
  }>;
}

/**
 * The frame recorder, installed before any page script runs (a browser-context init script
 * is exempt from the app's CSP, and plain JavaScript in a string is exactly what the page
 * gets, without helpers a TypeScript loader might add). Each `start` begins a new loop; a
 * loop from an earlier recording ends at its next frame.
 */
const FRAME_RECORDER_SCRIPT = `(() => {
  let generation = 0;
  let timestamps = [];
  let places = [];
  let element = null;
  let onStopped = null;
  let stopAfter = 0;
  let mouseMoves = 0;
  let droppedAt = -1;
  let longTasks = [];
  let recording = false;
  // Counts the mousemove events the page was handed (Chromium coalesces what it cannot keep up with).
  window.addEventListener('mousemove', () => { mouseMoves += 1; }, { capture: true, passive: true });
  // The drop: event time stamps share the clock of requestAnimationFrame's.
  window.addEventListener('mouseup', (event) => { if (recording) droppedAt = event.timeStamp; }, { capture: true, passive: true });
  // Main-thread tasks over 50 ms, to the microsecond rather than rounded to a refresh.
  try {
    new PerformanceObserver((list) => {
      if (!recording) return;
      for (const entry of list.getEntries()) longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  } catch {
    // No long-task timing in this browser: frame timestamps alone.
  }
  const loop = (own) => (time) => {
    if (own !== generation) return;
    timestamps.push(time);
    // Reading the inline style forces no layout; it is where React Flow puts the position.
    places.push(element === null ? '' : element.style.transform);
    if (onStopped !== null && droppedAt >= 0 && time >= droppedAt + stopAfter) {
      generation += 1;
      recording = false;
      const resolve = onStopped;
      onStopped = null;
      resolve({ timestamps, places, mouseMoves, droppedAt, longTasks });
      return;
    }
    requestAnimationFrame(loop(own));
  };
  window.${RECORDER_GLOBAL} = {
    start(selector) {
      generation += 1;
      timestamps = [];
      places = [];
      mouseMoves = 0;
      droppedAt = -1;
      longTasks = [];
      recording = true;
      element = document.querySelector(selector);
      onStopped = null;
      requestAnimationFrame(loop(generation));
    },
    stop(afterDropMs) {
      return new Promise((resolve) => {
        stopAfter = afterDropMs;
        onStopped = resolve;
      });
    },
  };
})();`;

/** Makes every page of `context` carry the frame recorder; call it before the pages load. */
export async function installFrameRecorder(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: FRAME_RECORDER_SCRIPT });
}

/**
 * Drags `nodeId` for {@link DRAG_DURATION_MS} along two small circles that end where they
 * began, turning first to `turning`'s side after a {@link PICKUP_STEP_PX} step that way,
 * with page.mouse (real input events through Chromium's input pipeline), while a
 * requestAnimationFrame loop in the page notes every frame. Fails if the node did not move.
 * The page must carry the recorder ({@link installFrameRecorder}).
 */
export async function dragAndRecordFrames(
  canvas: CanvasInPage,
  nodeId: string,
  turning: DragTurning,
): Promise<DragRecording> {
  const { page } = canvas;
  const selector = nodeSelector(canvas, nodeId);
  const start = await grabPoint(canvas, nodeId);
  if (start === null) throw new Error(`Node ${nodeId} is not on screen, or other cards cover all of it.`);
  await page.mouse.move(start.x, start.y);
  const viewportBefore = await viewportTransform(canvas);

  // Functions, not strings: the app's CSP forbids evaluating strings in the page. The
  // function is serialised whole, so it can only use what it is given.
  await page.evaluate(
    ({ name, node }) => {
      const recorder = (globalThis as Record<string, unknown>)[name] as FrameRecorder | undefined;
      if (recorder === undefined) throw new Error('The frame recorder is not installed in this page.');
      recorder.start(node);
    },
    { name: RECORDER_GLOBAL, node: selector },
  );

  await page.mouse.down();
  await page.mouse.move(start.x + (turning === 'right' ? PICKUP_STEP_PX : -PICKUP_STEP_PX), start.y);
  // A real mouse does not wait for the page: moves go out on a fixed 60 Hz schedule without
  // waiting for each to be handled, and Chromium coalesces what piles up into one move per
  // frame, as it does for a hand on a mouse. They still reach the page in order.
  const began = performance.now();
  const sent: Promise<void>[] = [];
  for (let elapsed = 0; elapsed < DRAG_DURATION_MS; elapsed = performance.now() - began) {
    const offset = dragOffset(elapsed, DRAG_DURATION_MS, DRAG_PATH, turning);
    sent.push(page.mouse.move(start.x + offset.x, start.y + offset.y));
    const wait = sent.length * MOVE_EVERY_MS - (performance.now() - began);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  sent.push(page.mouse.move(start.x, start.y));
  await Promise.all(sent);
  const handledAfterMs = performance.now() - began;
  await page.mouse.up();

  const recorded = await page.evaluate(
    ({ name, afterDropMs }) => {
      const recorder = (globalThis as Record<string, unknown>)[name] as FrameRecorder;
      return recorder.stop(afterDropMs);
    },
    { name: RECORDER_GLOBAL, afterDropMs: AFTER_DROP_MS },
  );

  // React Flow pans the whole map while a dragged card is near the canvas's edge (up to
  // 15 px a frame): every card and line moves then, and the frames would time panning as well
  // as the drag. Each drag is checked for room before it starts; should one pan all the same,
  // it is counted and logged.
  const viewportShiftPx = viewportShift(viewportBefore, await viewportTransform(canvas));

  const nodePlaces = new Set(recorded.places).size;
  // A busy page draws the node at few places (moves coalesce); one place means no drag at all.
  if (nodePlaces < MINIMUM_NODE_PLACES) {
    throw new Error(
      `Dragging node ${nodeId} drew it at only ${nodePlaces} place(s) in ${recorded.timestamps.length} frames: the drag did not take.`,
    );
  }
  return {
    timestamps: recorded.timestamps,
    intervals: frameIntervals(recorded.timestamps),
    droppedAt: recorded.droppedAt,
    longTasks: recorded.longTasks,
    moves: sent.length,
    movesReceived: recorded.mouseMoves,
    nodePlaces,
    handledAfterMs,
    viewportShiftPx,
  };
}
