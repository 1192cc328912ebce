/**
 * `startup`: cold load of the built facilitator UI to its ready marker against a bare React
 * + Vite page in the same run, and the JavaScript it needs before ready. (The weight of the
 * participant page is measured by `votes`, from the room server.)
 *
 * The second case (issue #23) is a facilitator with a library of 50 workshops
 * (`startup/library-of-fifty.ts`): the cold load to ready with that library listed,
 * interleaved with the other two pages; then, in fresh cold pages, the same load followed by
 * opening a large workshop from the list and going to its "Stakeholders" stage, until the
 * map's cards are all drawn. That figure is the page's own time: load to ready, plus click to
 * the workshop shown, plus click to the map drawn (the time Playwright takes between them,
 * standing in for the facilitator's hand, is left out).
 */
import type { Browser } from '@playwright/test';
import { APP_CANVAS_SELECTOR, stakeholdersStageButton } from '../canvas/app-canvas';
import { openColdPage } from '../chromium';
import { clickUntilDrawn, installDrawnProbe, readyAt } from '../drawn-probe';
import {
  largeWorkshopTitle,
  LARGE_IN_LIBRARY,
  LIBRARY_SIZE,
  writeLibraryOfFifty,
} from '../startup/library-of-fifty';
import { buildBareReactBaseline } from '../baselines/bare-react/build-bare-react';
import { startBenchBrowserShell } from '../browser-shell';
import { launchChromium } from '../chromium';
import { totalGzipKilobytes } from '../gzip-size';
import { isJavaScript, loadUntilReady, type DownloadedResource } from '../page-load';
import { measured, type BenchContext, type GroupOutcome } from '../registry';
import { median, ratio } from '../statistics';
import { startStaticServer } from '../static-server';

/** Measured loads of each page (quality-bars.md: median of 7). */
const SAMPLES = 7;
/** Unmeasured loads of each page first (the server's and the OS's file caches warm up). */
const WARM_UP = 1;

/** The pages timed to ready: the app with an empty library, with 50 workshops, and the bare React page. */
type StartupPage = 'app' | 'library50' | 'bare';
const STARTUP_PAGES: readonly StartupPage[] = ['app', 'library50', 'bare'];

async function timeLoads(
  context: BenchContext,
  browser: Browser,
  pages: Readonly<Record<StartupPage, string>>,
): Promise<Record<StartupPage, number[]>> {
  for (let round = 0; round < WARM_UP; round += 1) {
    for (const which of STARTUP_PAGES) await loadUntilReady(browser, pages[which]);
  }
  const times: Record<StartupPage, number[]> = { app: [], library50: [], bare: [] };
  for (let round = 0; round < SAMPLES; round += 1) {
    // Rotate which page goes first so none always follows another's garbage.
    const order = STARTUP_PAGES.map((_, index) => STARTUP_PAGES[(index + round) % STARTUP_PAGES.length]);
    for (const which of order) {
      if (which === undefined) continue;
      const { readyMs } = await loadUntilReady(browser, pages[which]);
      times[which].push(readyMs);
    }
    context.log(
      `startup round ${round + 1}/${SAMPLES}: app ${times.app.at(-1)?.toFixed(1)} ms, library of ${LIBRARY_SIZE} ` +
        `${times.library50.at(-1)?.toFixed(1)} ms, bare ${times.bare.at(-1)?.toFixed(1)} ms`,
    );
  }
  return times;
}

/** One cold start with the library of 50, through to the `index`-th large workshop's map drawn. */
interface MapOpening {
  readonly readyMs: number;
  readonly openMs: number;
  readonly mapMs: number;
}

async function openLargeMapCold(
  browser: Browser,
  url: string,
  index: number,
  stakeholders: number,
): Promise<MapOpening> {
  const cold = await openColdPage(browser);
  try {
    const { page } = cold;
    page.setDefaultTimeout(60_000);
    await installDrawnProbe(cold.context);
    await page.goto(url);
    await page.locator('html[data-app-state="ready"]').waitFor();
    const readyMs = await readyAt(page);
    const title = largeWorkshopTitle(index);
    const open = page.locator('.library-item__open', { hasText: title }).first();
    await open.waitFor();
    const openMs = await clickUntilDrawn(page, { kind: 'heading', text: title }, () => open.click());
    const stage = stakeholdersStageButton(page);
    await stage.waitFor();
    const mapMs = await clickUntilDrawn(
      page,
      { kind: 'cards', root: APP_CANVAS_SELECTOR, count: stakeholders },
      () => stage.click(),
    );
    return { readyMs, openMs, mapMs };
  } finally {
    await cold.close();
  }
}

const total = (opening: MapOpening) => opening.readyMs + opening.openMs + opening.mapMs;

/** Runs the `startup` group: metrics `startup_*` and `facilitator_initial_js_gzip_kb` (the phone page is measured by `votes`). */
export async function runStartup(context: BenchContext): Promise<GroupOutcome> {
  const shell = await startBenchBrowserShell(context);
  const cleanups: (() => Promise<void> | void)[] = [() => shell.stop()];
  try {
    let largeStakeholders = 0;
    const libraryShell = await startBenchBrowserShell(context, (dataPath) => {
      largeStakeholders = writeLibraryOfFifty(dataPath).stakeholders;
    });
    cleanups.push(() => libraryShell.stop());
    context.log('building the bare React baseline with Vite…');
    const baseline = await buildBareReactBaseline();
    cleanups.push(() => baseline.remove());
    const baselineServer = await startStaticServer(baseline.directory);
    cleanups.push(() => baselineServer.close());
    const browser = await launchChromium();
    cleanups.push(() => browser.close());

    // Sizes come from one extra, untimed load of each page (keeping bodies costs time).
    const facilitator = await loadUntilReady(browser, shell.url, { inventory: true });
    const initialJavaScript = facilitator.resources.filter(
      (resource) => resource.loadedBeforeReady && isJavaScript(resource),
    );
    const pathsOf = (resources: readonly DownloadedResource[]) =>
      resources.map((resource) => new URL(resource.url).pathname).join(', ') || 'none';
    context.log(`facilitator JS before ready: ${pathsOf(initialJavaScript)}`);
    context.log(
      `facilitator JS seen after ready (lazy, excluded): ${pathsOf(
        facilitator.resources.filter((resource) => !resource.loadedBeforeReady && isJavaScript(resource)),
      )}`,
    );
    const times = await timeLoads(context, browser, {
      app: shell.url,
      library50: libraryShell.url,
      bare: `${baselineServer.origin}/`,
    });
    const appMedian = median(times.app);
    const libraryMedian = median(times.library50);
    const bareMedian = median(times.bare);
    context.log(
      `startup medians: app ${appMedian.toFixed(1)} ms, library of ${LIBRARY_SIZE} ${libraryMedian.toFixed(1)} ms, ` +
        `bare React ${bareMedian.toFixed(1)} ms`,
    );

    // Opening a large workshop: a different one each time (the closed tab that opened the
    // last one may still hold it), the first one as warm-up.
    const openings: MapOpening[] = [];
    for (let index = 1; index <= Math.min(LARGE_IN_LIBRARY, WARM_UP + SAMPLES); index += 1) {
      const opening = await openLargeMapCold(browser, libraryShell.url, index, largeStakeholders);
      context.log(
        `large map ${index <= WARM_UP ? '(warm-up)' : `${index - WARM_UP}/${SAMPLES}`}: ready ${opening.readyMs.toFixed(1)} ms` +
          ` + open ${opening.openMs.toFixed(1)} ms + map of ${largeStakeholders} drawn ${opening.mapMs.toFixed(1)} ms` +
          ` = ${total(opening).toFixed(1)} ms`,
      );
      if (index > WARM_UP) openings.push(opening);
    }
    context.log(
      `large map medians: open ${median(openings.map((opening) => opening.openMs)).toFixed(1)} ms, map drawn ` +
        `${median(openings.map((opening) => opening.mapMs)).toFixed(1)} ms`,
    );

    return measured({
      startup_ready_ms: appMedian,
      startup_ratio_vs_bare: ratio(appMedian, bareMedian),
      startup_library50_ready_ms: libraryMedian,
      startup_library50_ratio_vs_bare: ratio(libraryMedian, bareMedian),
      startup_large_map_drawn_ms: median(openings.map(total)),
      facilitator_initial_js_gzip_kb: totalGzipKilobytes(initialJavaScript.map((resource) => resource.body)),
    });
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}
