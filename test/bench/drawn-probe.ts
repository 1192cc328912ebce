/**
 * Times, inside the page, how long the app takes from a click to something drawn: the click
 * event's time stamp to the first frame that shows what was asked for, after that frame is
 * painted (the rule the app's own ready marker follows: the animation frame that first sees
 * it, then a task after it). Also notes when the page set its ready marker, on the same
 * clock (navigation start = 0).
 *
 * Only the page's own work is timed: Playwright finding the element to click and the
 * round trips of the automation happen before the click event or after the drawing, so
 * they are not counted. Install with {@link installDrawnProbe} before the page loads.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** How long a click may take to draw what was asked for before the probe gives up. */
const DRAWN_WITHIN_MS = 30_000;
/** Where the probe keeps its state in the page. */
const PROBE_GLOBAL = '__readyroomDrawnProbe';

/** What to wait for, as data (the app's CSP forbids evaluating code from strings). */
export type DrawnCondition =
  /** An `<h1>` with exactly this text. */
  | { readonly kind: 'heading'; readonly text: string }
  /**
   * At least `count` React Flow cards under `root`, none hidden (React Flow hides a card
   * until it has measured it), and the count unchanged since the frame before.
   */
  | { readonly kind: 'cards'; readonly root: string; readonly count: number };

/** Click to drawn, on the page's clock. */
export interface DrawnTiming {
  /** The click's event time stamp. */
  readonly clickedAt: number;
  /** When the frame showing the condition had been painted. */
  readonly drawnAt: number;
}

interface DrawnProbe {
  readonly readyAt: number | null;
  arm(condition: DrawnCondition): void;
  result(): Promise<DrawnTiming>;
}

const DRAWN_PROBE_SCRIPT = `(() => {
  let readyAt = null;
  new MutationObserver(() => {
    if (readyAt === null && document.documentElement.dataset.appState === 'ready') readyAt = performance.now();
  }).observe(document, { attributes: true, attributeFilter: ['data-app-state'], subtree: true });
  let condition = null;
  let clickedAt = null;
  let settle = null;
  let previousCount = -1;
  addEventListener('click', (event) => {
    if (condition !== null && clickedAt === null) clickedAt = event.timeStamp;
  }, { capture: true, passive: true });
  const holds = () => {
    if (condition.kind === 'heading') {
      return Array.from(document.querySelectorAll('h1')).some((heading) => heading.textContent.trim() === condition.text);
    }
    const cards = Array.from(document.querySelectorAll(condition.root + ' .react-flow__node'));
    const steady = cards.length === previousCount;
    previousCount = cards.length;
    return steady && cards.length >= condition.count && cards.every((card) => card.style.visibility !== 'hidden');
  };
  const check = () => {
    if (condition === null) return;
    if (clickedAt !== null && holds()) {
      setTimeout(() => {
        const timing = { clickedAt, drawnAt: performance.now() };
        condition = null;
        settle(timing);
      }, 0);
      return;
    }
    requestAnimationFrame(check);
  };
  window.${PROBE_GLOBAL} = {
    get readyAt() { return readyAt; },
    arm(next) {
      condition = next;
      clickedAt = null;
      previousCount = -1;
      const done = new Promise((resolve) => { settle = resolve; });
      this.pending = done;
      requestAnimationFrame(check);
    },
    result() { return this.pending; },
  };
})();`;

/** Makes every page of `context` carry the probe; call it before the pages load. */
export async function installDrawnProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: DRAWN_PROBE_SCRIPT });
}

/** When the page set `data-app-state="ready"`, in ms after navigation start. */
export async function readyAt(page: Page): Promise<number> {
  const at = await page.evaluate((name) => {
    const probe = (globalThis as Record<string, unknown>)[name] as DrawnProbe | undefined;
    if (probe === undefined) throw new Error('The drawn probe is not installed in this page.');
    return probe.readyAt;
  }, PROBE_GLOBAL);
  if (at === null) throw new Error('The page has not set data-app-state="ready".');
  return at;
}

/**
 * Arms the probe for `condition`, runs `click` (which must click once in the page), and
 * returns the milliseconds from that click to the condition drawn.
 */
export async function clickUntilDrawn(
  page: Page,
  condition: DrawnCondition,
  click: () => Promise<void>,
): Promise<number> {
  await page.evaluate(
    ({ name, next }) => {
      const probe = (globalThis as Record<string, unknown>)[name] as DrawnProbe | undefined;
      if (probe === undefined) throw new Error('The drawn probe is not installed in this page.');
      probe.arm(next);
    },
    { name: PROBE_GLOBAL, next: condition },
  );
  await click();
  const timing = await page.evaluate(
    ({ name, timeoutMs }) => {
      const probe = (globalThis as Record<string, unknown>)[name] as DrawnProbe;
      return Promise.race([
        probe.result(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`Not drawn within ${timeoutMs} ms.`)), timeoutMs),
        ),
      ]);
    },
    { name: PROBE_GLOBAL, timeoutMs: DRAWN_WITHIN_MS },
  );
  return timing.drawnAt - timing.clickedAt;
}
