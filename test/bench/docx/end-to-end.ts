/**
 * The Word export a facilitator waits for, end to end: the large fixture open in the real
 * browser shell, "Export plan (Word)" pressed in the page, until the .docx is downloaded.
 * In between, the app does what it does for every export: it draws the three canvases
 * (stakeholder map, workflow, data map) read-only and captures each as a PNG (html-to-image),
 * sends the workshop and the pictures over the bridge, and the host builds and packs the plan
 * and hands it back for the browser to save (the browser shell's way of delivering a file).
 *
 * Timed from the click's event time stamp in the page to the moment the browser has
 * finished writing the downloaded file (Playwright's `download.path()` resolves then), both
 * on the wall clock. The time until the page's `export.deliver` request leaves (the pictures
 * captured and the request built) is noted apart.
 */
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Browser } from '@playwright/test';
import { writeToLibrary } from '../../e2e/support/browser-shell';
import { openFromLibrary, startBenchBrowserShell } from '../browser-shell';
import type { BenchContext } from '../registry';
import { benchWorkshop } from './inputs';

const WORKSHOP_TITLE = 'Export benchmark';
const EXPORT_BUTTON = 'Export plan (Word)';
const TIMEOUT_MS = 120_000;
/** Where the in-page recorder keeps the last click's time. */
const RECORDER_GLOBAL = '__readyroomExportRecorder';

/** Plain JavaScript run in the page before its scripts (exempt from the app's CSP). */
const CLICK_RECORDER_SCRIPT = `(() => {
  const recorder = { clickedAt: null };
  window.${RECORDER_GLOBAL} = recorder;
  addEventListener('click', (event) => {
    recorder.clickedAt = performance.timeOrigin + event.timeStamp;
  }, { capture: true, passive: true });
})();`;

/** One measured export. */
export interface EndToEndExport {
  /** Export pressed to the .docx downloaded. */
  readonly endToEndMs: number;
  /** Export pressed to the page's `export.deliver` request sent (pictures captured). */
  readonly picturesMs: number;
  readonly bytes: number;
}

const wallClockMs = () => performance.timeOrigin + performance.now();

/** Opens the large fixture in a browser shell and measures `warmUp` + `samples` exports. */
export async function measureEndToEndExports(
  context: BenchContext,
  browser: Browser,
  options: { readonly warmUp: number; readonly samples: number },
): Promise<EndToEndExport[]> {
  const workshop = benchWorkshop();
  const titled = { ...workshop, meta: { ...workshop.meta, title: WORKSHOP_TITLE } };
  const shell = await startBenchBrowserShell(context, (dataPath) =>
    writeToLibrary(dataPath, { 'export-benchmark.readyroom': titled }),
  );
  const browserContext = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    serviceWorkers: 'block',
    acceptDownloads: true,
  });
  try {
    await browserContext.addInitScript({ content: CLICK_RECORDER_SCRIPT });
    const page = await browserContext.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    await openFromLibrary(page, shell, WORKSHOP_TITLE);
    const button = page.getByRole('button', { name: EXPORT_BUTTON });
    const downloading = page.getByRole('status').filter({ hasText: 'is downloading' });
    context.log(
      `exporting "${WORKSHOP_TITLE}" from the page, ${options.warmUp} warm-up + ${options.samples} exports`,
    );

    const exports: EndToEndExport[] = [];
    for (let iteration = 0; iteration < options.warmUp + options.samples; iteration += 1) {
      let requestSentAt = 0;
      const onRequest = (request: { url(): string }) => {
        if (requestSentAt === 0 && request.url().includes('/export.deliver')) requestSentAt = wallClockMs();
      };
      page.on('request', onRequest);
      try {
        const download = page.waitForEvent('download', { timeout: TIMEOUT_MS });
        await button.click();
        const file = await (await download).path();
        const doneAt = wallClockMs();
        const clickedAt = await page.evaluate((name) => {
          const recorder = (globalThis as Record<string, unknown>)[name] as { clickedAt: number | null };
          return recorder.clickedAt;
        }, RECORDER_GLOBAL);
        if (clickedAt === null) throw new Error('The page did not see the click on Export.');
        if (requestSentAt === 0) throw new Error('The page sent no export.deliver request.');
        const measuredExport: EndToEndExport = {
          endToEndMs: doneAt - clickedAt,
          picturesMs: requestSentAt - clickedAt,
          bytes: statSync(file).size,
        };
        context.log(
          `export ${iteration < options.warmUp ? '(warm-up)' : `${iteration - options.warmUp + 1}/${options.samples}`}: ` +
            `pressed to downloaded ${measuredExport.endToEndMs.toFixed(0)} ms (pictures captured and sent after ` +
            `${measuredExport.picturesMs.toFixed(0)} ms), ${(measuredExport.bytes / 1024).toFixed(0)} KiB`,
        );
        if (iteration >= options.warmUp) exports.push(measuredExport);
      } finally {
        page.off('request', onRequest);
      }
      // The page says the plan is downloading once its export is over.
      await downloading.waitFor();
    }
    return exports;
  } finally {
    await browserContext.close();
    await shell.stop();
  }
}
