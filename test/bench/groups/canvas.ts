/**
 * `canvas`: dragging one stakeholder on the app's stakeholder map (500 stakeholders, 800
 * relationships; then 1,000 and 1,600) for 2 s with real mouse events, against the same drag
 * on a bare React Flow page drawing the same graph at the same place with the app's React
 * Flow performance options, in the same browser and the same run.
 *
 * - Drag: the 95th percentile of the frame intervals requestAnimationFrame sees from mouse
 *   down to the frame after mouse up; the median over the drags, after a warm-up.
 * - Drop: the longest wait for a frame from mouse up until 1.2 s later (or the longest long
 *   task begun in that time, if longer), per drag; its p95 and max over at least 20 drags.
 */
import type { Browser, BrowserContext } from '@playwright/test';
import { generateLargeWorkshop } from '../../fixtures/large-workshop';
import type { Workshop } from '../../../shared/workshop';
import {
  buildBareReactFlowBaseline,
  type BuiltReactFlowBaseline,
} from '../baselines/bare-reactflow/build-bare-reactflow';
import { openAppCanvas } from '../canvas/app-canvas';
import {
  CANVAS_BENCH_GRAPH,
  CANVAS_LARGE_BENCH_GRAPH,
  canvasGraphOf,
  dragCandidates,
} from '../canvas/stakeholder-map-bench-graph';
import {
  canvasSize,
  DRAG_PATH,
  AFTER_DROP_MS,
  dragAndRecordFrames,
  installFrameRecorder,
  grabPoint,
  isGrabbableWithRoom,
  MAX_VIEWPORT_SHIFT_PX,
  turningOfDrag,
  type CanvasInPage,
} from '../canvas/drag-measurement';
import type { PageGlobals } from '../canvas/page-globals';
import {
  describeFrameSummary,
  splitAtDrop,
  summariseFrameIntervals,
  type FrameSummary,
} from '../canvas/frame-intervals';
import { launchChromium } from '../chromium';
import { measured, type BenchContext, type GroupOutcome } from '../registry';
import { median, percentile, ratio } from '../statistics';
import { startStaticServer } from '../static-server';

/** Window size of both pages: a laptop screen or a projector. */
const VIEWPORT = { width: 1600, height: 1000 } as const;
/** Unmeasured drags on each page first (JIT, React Flow's internal caches, the GC settles). */
const WARM_UP = 1;
/** Measured drags on each page of the 500-stakeholder map: at least 20, for the drop's p95 and max. */
const SAMPLES = 20;
/** Measured drags on each page of the 1,000-stakeholder map (its drag p95 only). */
const LARGE_SAMPLES = 7;
/** The bare page's React Flow root, as its `main.tsx` marks it. */
const BARE_CANVAS_SELECTOR = '[data-canvas="bare-reactflow"]';

type Side = 'app' | 'bare';

async function openBarePage(
  browser: Browser,
  origin: string,
  size: { width: number; height: number },
): Promise<{ canvas: CanvasInPage; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await installFrameRecorder(context);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${origin}/?width=${Math.round(size.width)}&height=${Math.round(size.height)}`);
  await page.locator('html[data-app-state="ready"], html[data-app-state="error"]').waitFor();
  if ((await page.locator('html').getAttribute('data-app-state')) !== 'ready') {
    throw new Error('The bare React Flow page reported data-app-state="error".');
  }
  return { canvas: { page, rootSelector: BARE_CANVAS_SELECTOR }, context };
}

/** The first node near the middle of the canvas that every page would really grab there, with room to drag it. */
async function chooseNodeToDrag(candidates: readonly string[], canvases: readonly CanvasInPage[]) {
  for (const nodeId of candidates) {
    const grabbable = await Promise.all(canvases.map((canvas) => isGrabbableWithRoom(canvas, nodeId)));
    if (grabbable.every(Boolean)) return nodeId;
  }
  throw new Error(
    'No node near the middle of the canvas can be grabbed and dragged clear of the edges on every page.',
  );
}

/** Clicks the node (React Flow selects it) and lets the page settle. */
async function selectNode(canvas: CanvasInPage, nodeId: string): Promise<void> {
  const point = await grabPoint(canvas, nodeId);
  if (point === null) throw new Error(`Stakeholder ${nodeId} cannot be clicked on the page.`);
  await canvas.page.mouse.click(point.x, point.y);
  await settle(canvas);
}

/** Settles between drags: two frames, then a quiet moment (GC). */
async function settle(canvas: CanvasInPage): Promise<void> {
  await canvas.page.evaluate(() => {
    const browser = globalThis as unknown as PageGlobals;
    return new Promise<void>((resolve) =>
      browser.requestAnimationFrame(() => browser.requestAnimationFrame(() => resolve())),
    );
  });
  await canvas.page.waitForTimeout(300);
}

/** How many cards and lines the page has drawn (visible-only rendering keeps the rest out). */
async function countDrawn(canvas: CanvasInPage): Promise<{ nodes: number; edges: number }> {
  return canvas.page.evaluate((root) => {
    const { document } = globalThis as unknown as PageGlobals;
    return {
      nodes: document.querySelectorAll(`${root} .react-flow__node`).length,
      edges: document.querySelectorAll(`${root} .react-flow__edge`).length,
    };
  }, canvas.rootSelector);
}

function spread(summaries: readonly FrameSummary[]): string {
  const p95s = summaries.map((summary) => summary.p95Ms);
  return `median p95 ${median(p95s).toFixed(1)} ms (runs ${Math.min(...p95s).toFixed(1)}–${Math.max(...p95s).toFixed(1)} ms)`;
}

/** What the drags on one page measured. */
interface SideResult {
  readonly drags: FrameSummary[];
  /** Per drag: the longest wait for a frame after the drop (see `splitAtDrop`). */
  readonly dropFreezes: number[];
  /** Per drag: the first frame after the drop. */
  readonly framesAfterDrop: number[];
  /** Measured drags during which React Flow panned the map (the mouse came near the edge). */
  pannedDrags: number;
}

/** The drags of one map on both pages. */
interface CaseResult {
  readonly app: SideResult;
  readonly bare: SideResult;
}

/**
 * Opens the app on `workshop`'s stakeholder stage and the bare page on the same graph, then
 * drags the same stakeholder on each, interleaved, `samples` times after the warm-up.
 */
async function measureMap(
  context: BenchContext,
  browser: Browser,
  baseline: BuiltReactFlowBaseline,
  origin: string,
  workshop: Workshop,
  samples: number,
  cleanups: (() => Promise<void> | void)[],
): Promise<CaseResult> {
  const graph = canvasGraphOf(workshop);
  context.log(
    `opening a workshop with ${graph.nodes.length} stakeholders and ${graph.edges.length} relationships in the app…`,
  );
  const app = await openAppCanvas(context, browser, workshop, VIEWPORT);
  cleanups.push(() => app.close());
  // A selected card opens its record beside the map, and the pane narrows: select one first,
  // so the size the bare page gets and the room checked for the drag are those of the drags.
  await selectNode(
    app.canvas,
    await chooseNodeToDrag(dragCandidates(graph, await canvasSize(app.canvas), DRAG_PATH.radius), [
      app.canvas,
    ]),
  );
  const size = await canvasSize(app.canvas);
  context.log(`app canvas ${Math.round(size.width)}×${Math.round(size.height)} px`);
  baseline.writeGraph(graph);
  const bare = await openBarePage(browser, origin, size);
  cleanups.push(() => bare.context.close());

  const canvases: Record<Side, CanvasInPage> = { app: app.canvas, bare: bare.canvas };
  const sides: readonly Side[] = ['app', 'bare'];
  for (const side of sides) {
    const drawn = await countDrawn(canvases[side]);
    context.log(
      `${side} page draws ${drawn.nodes} cards and ${drawn.edges} lines of ${graph.nodes.length} and ${graph.edges.length}`,
    );
  }
  const nodeId = await chooseNodeToDrag(
    dragCandidates(graph, size, DRAG_PATH.radius),
    sides.map((side) => canvases[side]),
  );
  for (const side of sides) await selectNode(canvases[side], nodeId);
  for (const side of sides) {
    if (!(await isGrabbableWithRoom(canvases[side], nodeId))) {
      throw new Error(`Stakeholder ${nodeId} has no room to be dragged on the ${side} page once selected.`);
    }
  }
  context.log(
    `dragging stakeholder ${nodeId} for 2 s per run, ${WARM_UP} warm-up + ${samples} runs per page`,
  );

  const results: Record<Side, SideResult> = {
    app: { drags: [], dropFreezes: [], framesAfterDrop: [], pannedDrags: 0 },
    bare: { drags: [], dropFreezes: [], framesAfterDrop: [], pannedDrags: 0 },
  };
  for (let round = 0; round < WARM_UP + samples; round += 1) {
    // Alternate which page goes first so neither always follows the other.
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) {
      const canvas = canvases[side];
      await canvas.page.bringToFront();
      await settle(canvas);
      // Alternate drags leave the card a few pixels apart (see PICKUP_STEP_PX); a drag that
      // would reach the edge would time React Flow panning the map, not the drag.
      if (!(await isGrabbableWithRoom(canvas, nodeId))) {
        throw new Error(
          `Stakeholder ${nodeId} has moved too near the edge of the ${side} page's map to be dragged without panning it (drag ${round + 1}).`,
        );
      }
      const recording = await dragAndRecordFrames(canvas, nodeId, turningOfDrag(round));
      const frames = splitAtDrop(recording.timestamps, recording.droppedAt, recording.longTasks);
      const summary = summariseFrameIntervals(frames.drag);
      const label = round < WARM_UP ? 'warm-up' : `run ${round - WARM_UP + 1}/${samples}`;
      context.log(
        `canvas ${graph.nodes.length} ${label} ${side}: ${describeFrameSummary(summary)}; first frame ` +
          `${(frames.drag[0] ?? 0).toFixed(1)} ms, frame after the drop ${frames.frameAfterDrop.toFixed(1)} ms, ` +
          `longest wait in the ${AFTER_DROP_MS} ms after it ${frames.dropFreezeMs.toFixed(1)} ms ` +
          `(longest task ${frames.longestTaskAfterDropMs.toFixed(0)} ms); long tasks ` +
          `[${recording.longTasks.map((task) => task.duration.toFixed(0)).join(', ')}]; node drawn at ` +
          `${recording.nodePlaces} places; ${recording.moves} mouse moves sent, ${recording.movesReceived} ` +
          `received, all handled by ${(recording.handledAfterMs / 1000).toFixed(2)} s; map panned ` +
          `${recording.viewportShiftPx.toFixed(1)} px${recording.viewportShiftPx > MAX_VIEWPORT_SHIFT_PX ? ' (PANNED)' : ''}`,
      );
      if (round >= WARM_UP) {
        if (recording.viewportShiftPx > MAX_VIEWPORT_SHIFT_PX) results[side].pannedDrags += 1;
        results[side].drags.push(summary);
        results[side].dropFreezes.push(frames.dropFreezeMs);
        results[side].framesAfterDrop.push(frames.frameAfterDrop);
      }
    }
  }
  for (const side of sides) {
    const result = results[side];
    context.log(
      `${side}, ${graph.nodes.length} stakeholders: ${spread(result.drags)}; after the drop p95 ` +
        `${percentile(result.dropFreezes, 0.95).toFixed(1)} ms, max ${Math.max(...result.dropFreezes).toFixed(1)} ms; ` +
        `the map panned in ${result.pannedDrags} of ${result.drags.length} drags`,
    );
  }
  return results;
}

const p95OfDrags = (result: SideResult) => median(result.drags.map((summary) => summary.p95Ms));
const medianOfDrags = (result: SideResult) => median(result.drags.map((summary) => summary.medianMs));

/**
 * Runs the `canvas` group: `canvas_drag_frame_p95_ms`, `canvas_ratio_vs_bare_reactflow`,
 * `canvas_drop_frame_p95_ms`, `canvas_drop_frame_max_ms`, `canvas_1000_drag_frame_p95_ms` and
 * report-only context (the bare page's figures).
 */
export async function runCanvas(context: BenchContext): Promise<GroupOutcome> {
  const cleanups: (() => Promise<void> | void)[] = [];
  try {
    const browser = await launchChromium();
    cleanups.push(() => browser.close());
    context.log('building the bare React Flow baseline with Vite…');
    const baseline = await buildBareReactFlowBaseline(
      canvasGraphOf(generateLargeWorkshop(CANVAS_BENCH_GRAPH)),
    );
    cleanups.push(() => baseline.remove());
    const server = await startStaticServer(baseline.directory);
    cleanups.push(() => server.close());

    // Each map on its own: its browser shell and pages close before the next one opens.
    const measureEach = async (
      graph: typeof CANVAS_BENCH_GRAPH | typeof CANVAS_LARGE_BENCH_GRAPH,
      samples: number,
    ) => {
      const own: (() => Promise<void> | void)[] = [];
      try {
        return await measureMap(
          context,
          browser,
          baseline,
          server.origin,
          generateLargeWorkshop(graph),
          samples,
          own,
        );
      } finally {
        for (const cleanup of own.reverse()) await cleanup();
      }
    };
    const map = await measureEach(CANVAS_BENCH_GRAPH, SAMPLES);
    const large = await measureEach(CANVAS_LARGE_BENCH_GRAPH, LARGE_SAMPLES);

    const { bare } = map;
    const bareFigures = {
      canvas_bare_reactflow_frame_p95_ms: p95OfDrags(bare),
      canvas_bare_reactflow_frame_median_ms: medianOfDrags(bare),
      canvas_bare_reactflow_drop_frame_ms: median(bare.framesAfterDrop),
      canvas_bare_reactflow_drop_frame_p95_ms: percentile(bare.dropFreezes, 0.95),
      canvas_1000_bare_reactflow_frame_p95_ms: p95OfDrags(large.bare),
    };
    const { app } = map;
    const appP95 = p95OfDrags(app);
    const largeP95 = p95OfDrags(large.app);
    return measured({
      canvas_drag_frame_p95_ms: appP95,
      canvas_ratio_vs_bare_reactflow: ratio(appP95, bareFigures.canvas_bare_reactflow_frame_p95_ms),
      canvas_drop_frame_p95_ms: percentile(app.dropFreezes, 0.95),
      canvas_drop_frame_max_ms: Math.max(...app.dropFreezes),
      canvas_1000_drag_frame_p95_ms: largeP95,
      canvas_drag_frame_median_ms: medianOfDrags(app),
      canvas_drop_frame_ms: median(app.framesAfterDrop),
      canvas_1000_ratio_vs_bare_reactflow: ratio(
        largeP95,
        bareFigures.canvas_1000_bare_reactflow_frame_p95_ms,
      ),
      ...bareFigures,
    });
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}
