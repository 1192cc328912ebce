/**
 * The save a facilitator waits for, end to end: the large workshop open in the real browser
 * shell, a field edited in the page, then Ctrl+S (the shortcut runs the very `saveNow` that
 * autosave runs, without autosave's one-second wait after the last edit). Timed from the
 * Ctrl+S keydown in the page until the host has renamed the fsynced file into place: the page
 * building the JSON of the whole workshop, the bridge's HTTP call, the host parsing it and
 * checking the whole workshop with zod, the atomic write (temporary file, fsync, rename).
 *
 * - The start is the keydown's event time stamp and the end the moment this process sees the
 *   rename (`fs.watch`, then the file is read to check it holds the edit): both read on the
 *   wall clock (`performance.timeOrigin + …`), the page's and this process's.
 * - The page's main-thread time: DevTools' `TaskDuration` (every task of the page's main
 *   thread, in thread time: what it ran, not the time another process had the core) just
 *   before the keydown and a moment after the reply came back, so nothing of Playwright's
 *   runs in the page in between; long tasks (over 50 ms) noted by a PerformanceObserver in
 *   the page are summed separately.
 */
import { readFileSync, watch } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { serialiseWorkshop } from '../../../shared/workshop';
import { writeToLibrary } from '../../e2e/support/browser-shell';
import { generateLargeWorkshop } from '../../fixtures/large-workshop';
import { openFromLibrary, startBenchBrowserShell } from '../browser-shell';
import type { BenchContext } from '../registry';

const WORKSHOP_TITLE = 'Autosave benchmark';
const FILE_NAME = 'autosave-benchmark.readyroom';
/** The field edited before each save (on the stage a workshop opens on). */
const EDITED_FIELD = 'Organisation';
/** After the reply, the page handles it (status, a re-render): this long before TaskDuration is read again. */
const AFTER_REPLY_MS = 250;
/**
 * Between saves: the edit also started autosave's one-second timer, whose save of the same
 * document follows the measured one; it must be over before the next measurement.
 */
const BETWEEN_SAVES_MS = 1600;
const TIMEOUT_MS = 30_000;

/** Where the in-page recorder keeps the last Ctrl+S keydown and the long tasks. */
const RECORDER_GLOBAL = '__readyroomSaveRecorder';

/** Plain JavaScript run in the page before its scripts (exempt from the app's CSP). */
const SAVE_RECORDER_SCRIPT = `(() => {
  const recorder = { saveKeyAt: null, longTasks: [] };
  window.${RECORDER_GLOBAL} = recorder;
  addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      recorder.saveKeyAt = performance.timeOrigin + event.timeStamp;
    }
  }, { capture: true, passive: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        recorder.longTasks.push({ at: performance.timeOrigin + entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask' });
  } catch {
    // No long-task timing in this browser.
  }
})();`;

interface SaveRecorder {
  readonly saveKeyAt: number | null;
  readonly longTasks: readonly { readonly at: number; readonly duration: number }[];
}

/** One measured save. */
export interface EndToEndSave {
  /** Ctrl+S keydown to the file renamed into place. */
  readonly endToEndMs: number;
  /** The page's main-thread time over the save (DevTools TaskDuration). */
  readonly mainThreadMs: number;
  /** Of which in long tasks (over 50 ms each). */
  readonly longTasksMs: number;
  /** Ctrl+S keydown to the page's documents.save request leaving (the JSON built). */
  readonly requestSentMs: number;
}

const wallClockMs = () => performance.timeOrigin + performance.now();

async function taskDurationMs(session: CDPSession): Promise<number> {
  const { metrics } = await session.send('Performance.getMetrics');
  const task = metrics.find((metric) => metric.name === 'TaskDuration');
  if (task === undefined) throw new Error('DevTools reported no TaskDuration metric.');
  return task.value * 1000;
}

/** Resolves with the wall-clock time the file in `folder` named `fileName` was replaced by one containing `marker`. */
function watchForSavedFile(folder: string, fileName: string, marker: string) {
  let stop = () => {};
  const saved = new Promise<number>((resolve, reject) => {
    const watcher = watch(folder, (_event, changed) => {
      if (changed !== fileName) return;
      const at = wallClockMs();
      let text: string;
      try {
        text = readFileSync(path.join(folder, fileName), 'utf8');
      } catch {
        return; // Between the backup's rename and the new file's: not there yet.
      }
      if (!text.includes(marker)) return;
      watcher.close();
      clearTimeout(timer);
      resolve(at);
    });
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`${fileName} was not saved with "${marker}" within ${TIMEOUT_MS / 1000} s.`));
    }, TIMEOUT_MS);
    stop = () => {
      watcher.close();
      clearTimeout(timer);
    };
  });
  return { saved, stop };
}

async function readRecorder(page: Page): Promise<SaveRecorder> {
  return page.evaluate((name) => {
    const recorder = (globalThis as Record<string, unknown>)[name] as SaveRecorder | undefined;
    if (recorder === undefined) throw new Error('The save recorder is not installed in this page.');
    return { saveKeyAt: recorder.saveKeyAt, longTasks: [...recorder.longTasks] };
  }, RECORDER_GLOBAL);
}

/**
 * Opens the large workshop in a browser shell and measures `warmUp` + `samples` saves,
 * returning the measured ones.
 */
export async function measureEndToEndSaves(
  context: BenchContext,
  browser: Browser,
  options: { readonly warmUp: number; readonly samples: number },
): Promise<EndToEndSave[]> {
  const workshop = generateLargeWorkshop(1);
  const titled = { ...workshop, meta: { ...workshop.meta, title: WORKSHOP_TITLE } };
  const bytes = serialiseWorkshop(titled).length;
  const shell = await startBenchBrowserShell(context, (dataPath) =>
    writeToLibrary(dataPath, { [FILE_NAME]: titled }),
  );
  const browserContext = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    serviceWorkers: 'block',
  });
  try {
    await browserContext.addInitScript({ content: SAVE_RECORDER_SCRIPT });
    const page = await browserContext.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    const session = await browserContext.newCDPSession(page);
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    await openFromLibrary(page, shell, WORKSHOP_TITLE);
    const field = page.getByLabel(EDITED_FIELD, { exact: true });
    const saveStatus = page.locator('[data-save-status="saved"]');
    const folder = path.join(shell.dataPath, 'workshops');
    context.log(
      `saving a workshop of ${(bytes / 1024).toFixed(0)} KiB from the page, ${options.warmUp} warm-up + ${options.samples} saves`,
    );

    const saves: EndToEndSave[] = [];
    for (let iteration = 0; iteration < options.warmUp + options.samples; iteration += 1) {
      const marker = `Bench edit ${iteration + 1}`;
      await field.fill(marker);
      const watcher = watchForSavedFile(folder, FILE_NAME, marker);
      let requestSentAt = 0;
      const onRequest = (request: { url(): string }) => {
        if (requestSentAt === 0 && request.url().includes('/documents.save')) requestSentAt = wallClockMs();
      };
      page.on('request', onRequest);
      try {
        const reply = page.waitForResponse((response) => response.url().includes('/documents.save'));
        const before = await taskDurationMs(session);
        await page.keyboard.press('ControlOrMeta+s');
        const savedAt = await watcher.saved;
        const response = await reply;
        if (!response.ok()) throw new Error(`documents.save answered ${response.status()}.`);
        await new Promise((resolve) => setTimeout(resolve, AFTER_REPLY_MS));
        const mainThreadMs = (await taskDurationMs(session)) - before;
        const recorded = await readRecorder(page);
        if (recorded.saveKeyAt === null) throw new Error('The page did not see the Ctrl+S keydown.');
        const keyAt = recorded.saveKeyAt;
        const longTasksMs = recorded.longTasks
          .filter((task) => task.at >= keyAt && task.at <= savedAt + AFTER_REPLY_MS)
          .reduce((sum, task) => sum + task.duration, 0);
        const save: EndToEndSave = {
          endToEndMs: savedAt - keyAt,
          mainThreadMs,
          longTasksMs,
          requestSentMs: requestSentAt - keyAt,
        };
        context.log(
          `save ${iteration < options.warmUp ? '(warm-up)' : `${iteration - options.warmUp + 1}/${options.samples}`}: ` +
            `Ctrl+S to file renamed ${save.endToEndMs.toFixed(1)} ms (request sent after ${save.requestSentMs.toFixed(1)} ms); ` +
            `page main thread ${save.mainThreadMs.toFixed(1)} ms, of which long tasks ${save.longTasksMs.toFixed(0)} ms`,
        );
        if (iteration >= options.warmUp) saves.push(save);
      } finally {
        page.off('request', onRequest);
        watcher.stop();
      }
      // Autosave's own save of this edit follows; wait it out.
      await new Promise((resolve) => setTimeout(resolve, BETWEEN_SAVES_MS));
      await saveStatus.waitFor();
    }
    return saves;
  } finally {
    await browserContext.close();
    await shell.stop();
  }
}
