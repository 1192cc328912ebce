import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real browser shell (`out/main/serve.js`, built by `npm run build`)
 * in Chromium. By default that is Debian's `/usr/bin/chromium`; set READYROOM_CHROMIUM to
 * another executable, or to "bundled" to use Playwright's own browser on a developer machine.
 */
const chromium = process.env.READYROOM_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(chromium === 'bundled' ? {} : { executablePath: chromium }),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
});
