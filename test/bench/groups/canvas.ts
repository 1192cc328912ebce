/**
 * `canvas`: dragging one stakeholder on the app's stakeholder map (500 stakeholders, 800
 * relationships) for 2 s with real mouse events, against the same drag on a bare React Flow
 * page drawing the same graph at the same place, in the same browser and the same run.
 * The figure is the 95th percentile of the frame intervals requestAnimationFrame sees during
 * a drag; the median over several drags, after a warm-up, is reported.
 */
import type { Browser, BrowserContext } from '@playwright/test';
import { generateLargeWorkshop } from '../../fixtures/large-workshop';
import { buildBareReactFlowBaseline } from '../baselines/bare-reactflow/build-bare-reactflow';
import { openAppCanvas } from '../canvas/app-canvas';
import { CANVAS_BENCH_GRAPH, canvasGraphOf, dragCandidates } from '../canvas/canvas-graph';
import {
  canvasSize,
  dragAndRecordFrames,
  installFrameRecorder,
  isGrabbable,
  type CanvasInPage,
} from '../canvas/drag-measurement';
import type { PageGlobals } from '../canvas/page-globals';
import { describeFrameSummary, summariseFrameIntervals, type FrameSummary } from '../canvas/frame-intervals';
import { launchChromium } from '../chromium';
import { measured, type BenchContext, type GroupOutcome } from '../registry';
import { median, ratio } from '../statistics';
import { startStaticServer } from '../static-server';

/** Window size of both pages: a laptop screen or a projector. */
const VIEWPORT = { width: 1600, height: 1000 } as const;
/** Unmeasured drags on each page first (JIT, React Flow's internal caches, the GC settles). */
const WARM_UP = 1;
/** Measured drags on each page. */
const SAMPLES = 7;
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

/** The first node near the middle of the canvas that every page would really grab there. */
async function chooseNodeToDrag(candidates: readonly string[], canvases: readonly CanvasInPage[]) {
  for (const nodeId of candidates.slice(0, 50)) {
    const grabbable = await Promise.all(canvases.map((canvas) => isGrabbable(canvas, nodeId)));
    if (grabbable.every(Boolean)) return nodeId;
  }
  throw new Error('No node near the middle of the canvas can be grabbed on every page.');
}

/** Settles between drags: two frames, then a quiet moment (an autosave after the drag, GC). */
async function settle(canvas: CanvasInPage): Promise<void> {
  await canvas.page.evaluate(() => {
    const browser = globalThis as unknown as PageGlobals;
    return new Promise<void>((resolve) =>
      browser.requestAnimationFrame(() => browser.requestAnimationFrame(() => resolve())),
    );
  });
  await canvas.page.waitForTimeout(300);
}

function spread(summaries: readonly FrameSummary[]): string {
  const p95s = summaries.map((summary) => summary.p95Ms);
  return `median p95 ${median(p95s).toFixed(1)} ms (runs ${Math.min(...p95s).toFixed(1)}–${Math.max(...p95s).toFixed(1)} ms)`;
}

/** Runs the `canvas` group: `canvas_drag_frame_p95_ms`, `canvas_ratio_vs_bare_reactflow` and report-only context. */
export async function runCanvas(context: BenchContext): Promise<GroupOutcome> {
  const workshop = generateLargeWorkshop(CANVAS_BENCH_GRAPH);
  const graph = canvasGraphOf(workshop);
  const cleanups: (() => Promise<void> | void)[] = [];
  try {
    const browser = await launchChromium();
    cleanups.push(() => browser.close());

    context.log(
      `opening a workshop with ${graph.nodes.length} stakeholders and ${graph.edges.length} relationships in the app…`,
    );
    const app = await openAppCanvas(context, browser, workshop, VIEWPORT);
    cleanups.push(() => app.close());
    const size = app.kind === 'ready' ? await canvasSize(app.canvas) : VIEWPORT;
    context.log(
      app.kind === 'ready'
        ? `app canvas ${Math.round(size.width)}×${Math.round(size.height)} px`
        : `no stakeholder canvas in the app: ${app.reason}; measuring the bare page alone`,
    );

    context.log('building the bare React Flow baseline with Vite…');
    const baseline = await buildBareReactFlowBaseline(graph);
    cleanups.push(() => baseline.remove());
    const server = await startStaticServer(baseline.directory);
    cleanups.push(() => server.close());
    const bare = await openBarePage(browser, server.origin, size);
    cleanups.push(() => bare.context.close());

    const canvases: Partial<Record<Side, CanvasInPage>> = { bare: bare.canvas };
    if (app.kind === 'ready') canvases.app = app.canvas;
    const sides = (Object.keys(canvases) as Side[]).sort();
    const nodeId = await chooseNodeToDrag(
      dragCandidates(graph, size),
      sides.map((side) => canvases[side] as CanvasInPage),
    );
    context.log(
      `dragging stakeholder ${nodeId} for 2 s per run, ${WARM_UP} warm-up + ${SAMPLES} runs per page`,
    );

    const summaries: Record<Side, FrameSummary[]> = { app: [], bare: [] };
    const dropFrames: Record<Side, number[]> = { app: [], bare: [] };
    for (let round = 0; round < WARM_UP + SAMPLES; round += 1) {
      // Alternate which page goes first so neither always follows the other.
      const order = round % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const canvas = canvases[side] as CanvasInPage;
        await canvas.page.bringToFront();
        await settle(canvas);
        const recording = await dragAndRecordFrames(canvas, nodeId);
        const summary = summariseFrameIntervals(recording.intervals);
        const label = round < WARM_UP ? 'warm-up' : `run ${round - WARM_UP + 1}/${SAMPLES}`;
        context.log(
          `canvas ${label} ${side}: ${describeFrameSummary(summary)}; first frame ` +
            `${(recording.intervals[0] ?? 0).toFixed(1)} ms, frame after the drop ` +
            `${(recording.intervals.at(-1) ?? 0).toFixed(1)} ms; node drawn at ${recording.nodePlaces} places; ` +
            `${recording.moves} mouse moves sent, ${recording.movesReceived} received, all handled by ` +
            `${(recording.handledAfterMs / 1000).toFixed(2)} s`,
        );
        if (round >= WARM_UP) {
          summaries[side].push(summary);
          dropFrames[side].push(recording.intervals.at(-1) ?? 0);
        }
      }
    }

    const bareP95 = median(summaries.bare.map((summary) => summary.p95Ms));
    const bareMedian = median(summaries.bare.map((summary) => summary.medianMs));
    context.log(`bare React Flow: ${spread(summaries.bare)}`);
    if (app.kind !== 'ready') {
      return {
        kind: 'not-implemented',
        reason:
          `the stakeholder canvas is not built yet (${app.reason}), so only the bare React Flow page was ` +
          `measured: frame p95 ${bareP95.toFixed(1)} ms, median frame ${bareMedian.toFixed(1)} ms.`,
      };
    }
    const appP95 = median(summaries.app.map((summary) => summary.p95Ms));
    context.log(`app: ${spread(summaries.app)}`);
    return measured({
      canvas_drag_frame_p95_ms: appP95,
      canvas_ratio_vs_bare_reactflow: ratio(appP95, bareP95),
      canvas_drag_frame_median_ms: median(summaries.app.map((summary) => summary.medianMs)),
      canvas_bare_reactflow_frame_p95_ms: bareP95,
      canvas_bare_reactflow_frame_median_ms: bareMedian,
      canvas_drop_frame_ms: median(dropFrames.app),
      canvas_bare_reactflow_drop_frame_ms: median(dropFrames.bare),
    });
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}
