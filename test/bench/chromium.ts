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

/** Flags every benchmark browser gets: no sandbox (containers), no GPU, no background traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
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
