/**
 * The app's side of the canvas benchmark: the generated workshop written with the real file
 * writer into the library folder of a real browser shell, opened from the home screen, and
 * its "Stakeholders" stage shown — the stakeholder map is the first thing that stage shows.
 */
import type { Browser, Page } from '@playwright/test';
import type { Workshop } from '../../../shared/workshop';
import { writeToLibrary } from '../../e2e/support/browser-shell';
import { openFromLibrary, startBenchBrowserShell } from '../browser-shell';
import type { BenchContext } from '../registry';
import { installFrameRecorder, type CanvasInPage } from './drag-measurement';
import type { PageGlobals } from './page-globals';

/** The element the stakeholder stage wraps its React Flow root in (the canvas's contract). */
export const APP_CANVAS_SELECTOR = '[data-canvas="stakeholders"]';
/** Title the benchmark gives its workshop, to find it in the library. */
const WORKSHOP_TITLE = 'Canvas benchmark';
const TIMEOUT_MS = 60_000;

/** The app with the stakeholder map on screen, and how to shut it down. */
export interface AppCanvas {
  readonly canvas: CanvasInPage;
  close(): Promise<void>;
}

/**
 * Starts the browser shell over a throw-away data folder holding `workshop`, opens it in a
 * page of `viewport` size, goes to the stakeholders stage and waits until React Flow has
 * drawn and measured every stakeholder node.
 */
export async function openAppCanvas(
  context: BenchContext,
  browser: Browser,
  workshop: Workshop,
  viewport: { width: number; height: number },
): Promise<AppCanvas> {
  const titled = { ...workshop, meta: { ...workshop.meta, title: WORKSHOP_TITLE } };
  const shell = await startBenchBrowserShell(context, (dataPath) =>
    writeToLibrary(dataPath, { 'canvas-benchmark.readyroom': titled }),
  );
  const cleanups: (() => Promise<void> | void)[] = [() => shell.stop()];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const browserContext = await browser.newContext({ viewport, serviceWorkers: 'block' });
    cleanups.push(() => browserContext.close());
    await installFrameRecorder(browserContext);
    const page = await browserContext.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);

    await openFromLibrary(page, shell, WORKSHOP_TITLE);
    await goToStakeholdersStage(page);

    const canvas = page.locator(APP_CANVAS_SELECTOR);
    await canvas.waitFor();
    await waitForMeasuredNodes(page, workshop.stakeholders.length);
    // The whole canvas on screen, as the baseline's is: the same area to draw on both pages.
    await canvas.scrollIntoViewIfNeeded();
    return { canvas: { page, rootSelector: APP_CANVAS_SELECTOR }, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The agenda rail's button that goes to the "Stakeholders" stage of an open workshop. */
export function stakeholdersStageButton(page: Page) {
  return page
    .getByRole('navigation', { name: 'Agenda' })
    .locator('.rail-item__go', { hasText: 'Stakeholders' })
    .first();
}

async function goToStakeholdersStage(page: Page): Promise<void> {
  const stage = stakeholdersStageButton(page);
  const title = ((await stage.locator('.rail-item__title').textContent()) ?? '').trim();
  await stage.click();
  await page.locator('#stage-heading', { hasText: title }).waitFor();
}

/** How often, and for how many polls in a row, the drawn cards must stay the same to count as settled. */
const SETTLED_POLL_MS = 100;
const SETTLED_POLLS = 5;

/**
 * Waits until React Flow has measured every node and settled on what it draws. A large map
 * draws only the cards on screen (`onlyRenderVisibleElements`): React Flow first draws every
 * card once to measure it (it hides unmeasured cards), then keeps those in view. So: at least
 * one card drawn, none of them hidden, and the same number for {@link SETTLED_POLLS} polls.
 */
async function waitForMeasuredNodes(page: Page, count: number): Promise<void> {
  const countNodes = (root: string) => {
    const { document } = globalThis as unknown as PageGlobals;
    const nodes = Array.from(document.querySelectorAll(`${root} .react-flow__node`));
    return {
      drawn: nodes.length,
      measured: nodes.filter((node) => node.style.visibility !== 'hidden').length,
    };
  };
  const deadline = Date.now() + TIMEOUT_MS;
  let previous = -1;
  let steady = 0;
  let seen = { drawn: 0, measured: 0 };
  while (Date.now() < deadline) {
    seen = await page.evaluate(countNodes, APP_CANVAS_SELECTOR);
    const settled = seen.drawn > 0 && seen.measured === seen.drawn && seen.drawn === previous;
    steady = settled ? steady + 1 : 0;
    if (steady >= SETTLED_POLLS) return;
    previous = seen.drawn;
    await page.waitForTimeout(SETTLED_POLL_MS);
  }
  throw new Error(
    `The stakeholder map of ${count} stakeholders did not settle within ${TIMEOUT_MS / 1000} s: ` +
      `${seen.drawn} cards drawn, ${seen.measured} of them measured.`,
  );
}
