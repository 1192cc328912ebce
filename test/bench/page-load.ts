/**
 * Cold page loads timed to the app's ready marker (`data-app-state` on `<html>`), plus an
 * inventory of what the page downloaded. Shared by the app and its baselines so both are
 * measured the same way.
 */
import type { Browser, BrowserContextOptions, Response } from '@playwright/test';
import { openColdPage } from './chromium';

/** Where the probe leaves its result on `window`. */
const PROBE_GLOBAL = '__readyroomBenchReady';

/**
 * Injected before any page script runs. A MutationObserver callback is a microtask, so it
 * runs right after the task that set the attribute; `performance.now()` there is the time
 * since navigation start. It also notes which resources had finished loading by then
 * (Resource Timing lists a resource once its response has ended).
 * Plain JavaScript in a string: it runs in the page, not in Node.
 */
const READY_PROBE = `(() => {
  const record = () => {
    const state = document.documentElement ? document.documentElement.dataset.appState : undefined;
    if ((state !== 'ready' && state !== 'error') || window.${PROBE_GLOBAL} !== undefined) return;
    const at = performance.now();
    observer.disconnect();
    window.${PROBE_GLOBAL} = {
      state,
      at,
      resourcesLoaded: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= at)
        .map((entry) => entry.name),
    };
  };
  const observer = new MutationObserver(record);
  observer.observe(document, { attributes: true, attributeFilter: ['data-app-state'], subtree: true });
  record();
})();`;

/** One response the page received, with its body. */
export interface DownloadedResource {
  readonly url: string;
  readonly contentType: string;
  readonly body: Buffer;
  /** Whether it had finished loading when the page became ready (false: lazy, after ready). */
  readonly loadedBeforeReady: boolean;
}

/** Result of {@link loadUntilReady}. */
export interface PageLoad {
  /** Navigation start to `data-app-state="ready"`, in milliseconds. */
  readonly readyMs: number;
  /** Every response with a body; empty unless `inventory` was asked for. */
  readonly resources: readonly DownloadedResource[];
}

/** Options of {@link loadUntilReady}. */
export interface PageLoadOptions {
  /** Keep response bodies (costs a little time; use it on an unmeasured load). */
  readonly inventory?: boolean;
  /** After ready, also wait until the network has been idle for 500 ms (for "everything it downloads"). */
  readonly waitForNetworkIdle?: boolean;
  readonly contextOptions?: BrowserContextOptions;
  readonly timeoutMs?: number;
}

interface ProbeResult {
  readonly state: 'ready' | 'error';
  readonly at: number;
  readonly resourcesLoaded: readonly string[];
}

function isProbeResult(value: unknown): value is ProbeResult {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ProbeResult>;
  return (
    (candidate.state === 'ready' || candidate.state === 'error') &&
    typeof candidate.at === 'number' &&
    Array.isArray(candidate.resourcesLoaded)
  );
}

function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/**
 * Loads `url` in a fresh, cache-disabled browser context and returns the time from
 * navigation start to the ready marker. Fails if the page reports `data-app-state="error"`.
 */
export async function loadUntilReady(
  browser: Browser,
  url: string,
  options: PageLoadOptions = {},
): Promise<PageLoad> {
  const timeout = options.timeoutMs ?? 30_000;
  const cold = await openColdPage(browser, options.contextOptions);
  try {
    const { page } = cold;
    const bodies: Promise<{ url: string; contentType: string; body: Buffer } | null>[] = [];
    if (options.inventory === true) {
      page.on('response', (response: Response) => {
        bodies.push(
          response
            .body()
            .then((body) => ({
              url: response.url(),
              contentType: response.headers()['content-type'] ?? '',
              body,
            }))
            // Redirects and aborted requests have no body: nothing was downloaded.
            .catch(() => null),
        );
      });
    }
    await page.addInitScript({ content: READY_PROBE });
    await page.goto(url, { waitUntil: 'commit', timeout });
    // Functions, not strings: the app's CSP forbids evaluating strings in the page.
    const readProbe = (name: string): unknown => (globalThis as Record<string, unknown>)[name];
    await page.waitForFunction(readProbe, PROBE_GLOBAL, { timeout, polling: 20 });
    const probe = await page.evaluate(readProbe, PROBE_GLOBAL);
    if (!isProbeResult(probe)) throw new Error(`The ready probe returned something unexpected on ${url}.`);
    if (probe.state === 'error') {
      throw new Error(`${withoutFragment(url)} reported data-app-state="error" instead of "ready".`);
    }
    if (options.waitForNetworkIdle === true) await page.waitForLoadState('networkidle', { timeout });

    const loaded = new Set([withoutFragment(url), ...probe.resourcesLoaded.map(withoutFragment)]);
    const resources = (await Promise.all(bodies))
      .filter((entry) => entry !== null)
      .map((entry) => ({ ...entry, loadedBeforeReady: loaded.has(withoutFragment(entry.url)) }));
    return { readyMs: probe.at, resources };
  } finally {
    await cold.close();
  }
}

/** Whether a response is JavaScript, judged by its content type. */
export function isJavaScript(resource: DownloadedResource): boolean {
  return /\b(java|ecma)script\b/i.test(resource.contentType);
}
