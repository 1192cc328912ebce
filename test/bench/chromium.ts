/**
 * Headless Chromium for benchmarks, launched the way the project's Playwright config does
 * (toolchain.md): Debian's `/usr/bin/chromium` unless `READYROOM_CHROMIUM` names another
 * executable, or `bundled` for Playwright's own browser on a developer machine.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type CDPSession,
  type Page,
} from '@playwright/test';

/**
 * Chromium's own address-bar pop-up, built as web pages (WebUI). Headless Chromium runs the
 * whole browser, and every window it opens (each cold load opens one) loads this pop-up as
 * two pages (`chrome://omnibox-popup.top-chrome/`) in a renderer of their own, at the same
 * time as the page being measured. On two cores that renderer took more CPU than the page:
 * it added about 200–300 ms to the ready time of the app and of the bare React page alike.
 * An Electron window has no address bar, and an everyday browser loaded its pop-up long
 * before the facilitator opens ReadyRoom, so the benchmark turns the WebUI pop-up off (the
 * browser falls back to its native one) instead of timing the browser's UI.
 */
export const BROWSER_UI_FEATURES_OFF: readonly string[] = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
];

/**
 * Flags every benchmark browser gets: no sandbox (containers), no GPU, no background
 * traffic, and no browser UI loading beside the page ({@link BROWSER_UI_FEATURES_OFF}).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  `--disable-features=${BROWSER_UI_FEATURES_OFF.join(',')}`,
];

/** The executable to launch, or undefined for Playwright's bundled browser. */
export function chromiumExecutablePath(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = environment.READYROOM_CHROMIUM ?? '/usr/bin/chromium';
  return configured === 'bundled' ? undefined : configured;
}

/** Launches headless Chromium with {@link CHROMIUM_ARGS}. Close it when done. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumExecutablePath();
  return chromium.launch({
    headless: true,
    args: [...CHROMIUM_ARGS],
    ...(executablePath === undefined ? {} : { executablePath }),
  });
}

/** A page in a browser context of its own; `close()` discards the context and its caches. */
export interface ColdPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** A DevTools session on the page (Network domain enabled), for probes that must not run page script. */
  readonly session: CDPSession;
  close(): Promise<void>;
}

/**
 * Opens a page in a fresh browser context (empty HTTP cache, no code cache, no storage)
 * with the HTTP cache disabled on top, so every load is a cold one.
 */
export async function openColdPage(browser: Browser, options: BrowserContextOptions = {}): Promise<ColdPage> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { context, page, session, close: () => context.close() };
}
