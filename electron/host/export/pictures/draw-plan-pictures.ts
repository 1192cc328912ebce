/**
 * Draws the Word plan's canvas pictures without a window: the picture page
 * (`renderer/picture-page/`, the app's own read-only canvas and capture) opened in headless
 * Chromium. The page is served from its built folder through Playwright's request routing,
 * so nothing listens on a port and nothing leaves the machine.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Workshop } from '../../../../shared/workshop';
import { decodePicture } from '../export-service';
import type { PlanPicture, PlanPictures } from '../plan/pictures';
import { chooseChromium, isExecutable } from './chromium';
import { builtPicturePage } from './picture-page';
import { PICTURE_NAMES, PicturesUnavailable } from './pictures-unavailable';

/** The made-up address the page is served at (routed to its folder, never looked up). */
const PAGE_ORIGIN = 'http://readyroom-pictures.invalid';

/** Drawing three 1600×1000 canvases takes a few seconds; this is far beyond that. */
const DRAW_TIMEOUT_MS = 60_000;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** How the page hands back pictures: base64 PNG data URLs. */
type PagePictures = Partial<Record<keyof PlanPictures, { pngBase64: string }>>;

/**
 * The canvas pictures of a workshop's plan, drawn as the app draws them: each canvas that
 * has something on it. Throws {@link PicturesUnavailable} when there is no Chromium to draw
 * with or the drawing fails. `environment` holds `READYROOM_CHROMIUM` (see `chromium.ts`).
 */
export async function drawPlanPicturesHeadless(
  workshop: Workshop,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<PlanPictures> {
  const drawn = await drawInPicturePage<PagePictures>('readyroomPlanPictures', workshop, environment);
  const pictures: { -readonly [Key in keyof PlanPictures]?: PlanPicture } = {};
  for (const key of Object.keys(PICTURE_NAMES) as (keyof PlanPictures)[]) {
    const picture = drawn[key];
    if (picture !== undefined) pictures[key] = decodePicture(picture, PICTURE_NAMES[key]);
  }
  return pictures;
}

/**
 * Runs one of the picture page's drawing functions (`entry`, set on its `window`) on a
 * workshop in headless Chromium and returns what it hands back. Throws
 * {@link PicturesUnavailable} when there is no Chromium or the drawing fails.
 */
export async function drawInPicturePage<Result>(
  entry: string,
  workshop: Workshop,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<Result> {
  const chromiumChoice = chooseChromium(environment);
  if (chromiumChoice.kind === 'executable' && !(await isExecutable(chromiumChoice.path))) {
    throw new PicturesUnavailable(
      `There is no Chromium at ${chromiumChoice.path} to draw the canvas pictures with. ` +
        'Install Chromium (on Debian: apt-get install chromium) or set READYROOM_CHROMIUM to a Chromium or Chrome executable.',
    );
  }
  let pageFolder: string;
  try {
    pageFolder = await builtPicturePage();
  } catch (error) {
    throw new PicturesUnavailable(
      `The page that draws the canvas pictures could not be built: ${reason(error)}`,
    );
  }

  const { chromium } = await import('@playwright/test');
  let browser;
  try {
    browser = await chromium.launch({
      headless: true,
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
      ...(chromiumChoice.kind === 'executable' ? { executablePath: chromiumChoice.path } : {}),
    });
  } catch (error) {
    throw new PicturesUnavailable(
      `Chromium could not be started to draw the canvas pictures: ${firstLine(reason(error))}`,
    );
  }
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(DRAW_TIMEOUT_MS);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const file = path.join(pageFolder, path.normalize(decodeURIComponent(url.pathname)));
      if (url.origin !== PAGE_ORIGIN || !file.startsWith(pageFolder + path.sep)) return route.abort();
      try {
        const body = await readFile(file);
        await route.fulfill({
          status: 200,
          body,
          contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        });
      } catch {
        await route.fulfill({ status: 404, body: '' });
      }
    });
    await page.goto(`${PAGE_ORIGIN}/index.html`);
    try {
      await page.locator('html[data-picture-state="ready"]').waitFor({ state: 'attached' });
    } catch {
      throw new PicturesUnavailable(
        `The page that draws the canvas pictures did not start${problems.length > 0 ? `: ${problems.join('; ')}` : '.'}`,
      );
    }
    try {
      return (await page.evaluate(
        async ([name, document]) => {
          const draw = (globalThis as unknown as Record<string, (workshop: unknown) => Promise<unknown>>)[
            name
          ];
          if (draw === undefined) throw new Error(`The picture page has no ${name}.`);
          return draw(document);
        },
        [entry, workshop] as const,
      )) as Result;
    } catch (error) {
      throw new PicturesUnavailable(`The canvas pictures could not be drawn: ${firstLine(reason(error))}`);
    }
  } finally {
    await browser.close();
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstLine(text: string): string {
  return text.replace(/^page\.evaluate: /, '').split('\n')[0] ?? text;
}
