/**
 * `startup`: cold load of the built facilitator UI to its ready marker against a bare React
 * + Vite page in the same run, and the JavaScript it needs before ready. (The weight of the
 * participant page is measured by `votes`, from the room server.)
 */
import type { Browser } from '@playwright/test';
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

async function timeLoads(
  context: BenchContext,
  browser: Browser,
  pages: { readonly app: string; readonly bare: string },
): Promise<{ app: number[]; bare: number[] }> {
  for (let round = 0; round < WARM_UP; round += 1) {
    await loadUntilReady(browser, pages.app);
    await loadUntilReady(browser, pages.bare);
  }
  const app: number[] = [];
  const bare: number[] = [];
  for (let round = 0; round < SAMPLES; round += 1) {
    // Alternate which page goes first so neither always follows the other's garbage.
    const order = round % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
    for (const which of order) {
      const { readyMs } = await loadUntilReady(browser, pages[which]);
      (which === 'app' ? app : bare).push(readyMs);
    }
    context.log(
      `startup round ${round + 1}/${SAMPLES}: app ${app.at(-1)?.toFixed(1)} ms, bare ${bare.at(-1)?.toFixed(1)} ms`,
    );
  }
  return { app, bare };
}

/** Runs the `startup` group: metrics `startup_*` and `facilitator_initial_js_gzip_kb` (the phone page is measured by `votes`). */
export async function runStartup(context: BenchContext): Promise<GroupOutcome> {
  const shell = await startBenchBrowserShell(context);
  const cleanups: (() => Promise<void> | void)[] = [() => shell.stop()];
  try {
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
    const times = await timeLoads(context, browser, { app: shell.url, bare: `${baselineServer.origin}/` });
    const appMedian = median(times.app);
    const bareMedian = median(times.bare);
    context.log(`startup medians: app ${appMedian.toFixed(1)} ms, bare React ${bareMedian.toFixed(1)} ms`);

    return measured({
      startup_ready_ms: appMedian,
      startup_ratio_vs_bare: ratio(appMedian, bareMedian),
      facilitator_initial_js_gzip_kb: totalGzipKilobytes(initialJavaScript.map((resource) => resource.body)),
    });
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}
