/**
 * Cold page loads timed to the app's ready marker (`data-app-state` on `<html>`), plus an
 * inventory of what the page downloaded. Shared by the app and its baselines so both are
 * measured the same way.
 *
 * The page reports its ready time itself, through a DevTools binding, so nothing runs in the
 * page while it loads except the page and a tiny init script. (Polling with Playwright's
 * `waitForFunction` injects and compiles Playwright's own script into the page during the
 * load: about 35–50 ms of the page's main thread, charged to whichever page was measured.)
 */
import type { Browser, BrowserContextOptions, Response } from '@playwright/test';
import { openColdPage } from './chromium';

/** Name of the DevTools binding the probe calls once, with its result as JSON. */
const PROBE_BINDING = '__readyroomBenchReady';

/**
 * Injected before any page script runs. A MutationObserver callback is a microtask, so it
 * runs right after the task that set the attribute; `performance.now()` there is the time
 * since navigation start. It also notes which resources had finished loading by then
 * (Resource Timing lists a resource once its response has ended), then hands the result to
 * the binding (a native function added over DevTools: no string evaluation, CSP-safe).
 * Plain JavaScript in a string: it runs in the page, not in Node.
 */
const READY_PROBE = `(() => {
  let reported = false;
  const record = () => {
    const state = document.documentElement ? document.documentElement.dataset.appState : undefined;
    if ((state !== 'ready' && state !== 'error') || reported) return;
    const at = performance.now();
    reported = true;
    observer.disconnect();
    const resourcesLoaded = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= at)
      .map((entry) => entry.name);
    window.${PROBE_BINDING}(JSON.stringify({ state, at, resourcesLoaded }));
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
 * navigation start (the page's `performance.timeOrigin`) to the ready marker: the browser's
 * request for the document, the response, parsing, fetching and running the scripts, the
 * app's own start-up work, until it sets the marker. Opening the context and the page, and
 * launching the browser, come before navigation start and are not counted. Fails if the page
 * reports `data-app-state="error"`.
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
    const { session } = cold;
    let timer: NodeJS.Timeout | undefined;
    const reported = new Promise<unknown>((resolve, reject) => {
      session.on('Runtime.bindingCalled', (event) => {
        if (event.name !== PROBE_BINDING) return;
        try {
          resolve(JSON.parse(event.payload));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      timer = setTimeout(
        () => reject(new Error(`${withoutFragment(url)} did not set data-app-state within ${timeout} ms.`)),
        timeout,
      );
    });
    // Observed below; if navigation fails first, the timeout must not surface as unhandled.
    reported.catch(() => undefined);
    // Bindings need the Runtime domain on this session; they survive the navigation below.
    await session.send('Runtime.enable');
    await session.send('Runtime.addBinding', { name: PROBE_BINDING });
    await page.addInitScript({ content: READY_PROBE });
    let probe: unknown;
    try {
      await page.goto(url, { waitUntil: 'commit', timeout });
      probe = await reported;
    } finally {
      clearTimeout(timer);
    }
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
