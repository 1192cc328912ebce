/**
 * Generates every platform icon from the one source, `assets/icon.svg`: rasterised by
 * Chromium (through Playwright, as the end-to-end tests run it) at each size, then packed
 * into the containers electron-builder looks for in `assets/` (its buildResources folder):
 *
 *   icon.png                  1024 px, the master PNG
 *   icon.ico                  Windows app icon, 16–256 px
 *   icon.icns                 macOS app icon, 16–512 pt at 1× and 2×
 *   icons/<N>x<N>.png         Linux icon set (AppImage, deb), 16–512 px
 *   readyroom-document.ico    the .readyroom file icon on Windows
 *   readyroom-document.icns   the .readyroom file icon on macOS
 *   icons.json                what was generated from which source (the up-to-date check)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { ICNS_SIZES, writeIcns, writeIco } from './icons-containers';

/** Bump when the generator's output changes for the same SVG, so stale icons get rebuilt. */
export const ICON_GENERATOR_VERSION = 1;

export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
export const MASTER_SIZE = 1024;
export const MANIFEST_NAME = 'icons.json';
const ALL_SIZES = [...new Set([...ICO_SIZES, ...LINUX_SIZES, ...ICNS_SIZES, MASTER_SIZE])].sort(
  (a, b) => a - b,
);

export interface IconManifest {
  readonly generator: number;
  readonly source: string;
  readonly sourceSha256: string;
  /** Each generated file (relative to the output folder, `/`-separated) with its SHA-256. */
  readonly files: Readonly<Record<string, string>>;
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * The Chromium to render with: `READYROOM_CHROMIUM` (a path, or `bundled` for Playwright's
 * own browser), else Debian's `/usr/bin/chromium` when present, else Playwright's own.
 */
export function chromiumExecutable(): string | undefined {
  const configured = process.env.READYROOM_CHROMIUM;
  if (configured === 'bundled') return undefined;
  if (configured !== undefined && configured !== '') return configured;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

function squareViewBox(svg: string): string {
  const viewBox = /<svg\b[^>]*\sviewBox="([^"]+)"/.exec(svg)?.[1];
  const numbers = viewBox
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (
    numbers === undefined ||
    numbers.length !== 4 ||
    numbers[2] !== numbers[3] ||
    !(Number(numbers[2]) > 0)
  ) {
    throw new Error('The icon SVG needs a square viewBox, such as viewBox="0 0 512 512".');
  }
  return numbers.join(' ');
}

/**
 * The `.readyroom` document icon: a white page with a folded corner carrying the app icon,
 * so workshop files are recognisable as ReadyRoom's but not mistaken for the app itself.
 */
export function documentIconSvg(appIconSvg: string): string {
  const viewBox = squareViewBox(appIconSvg);
  const inner = /<svg\b[^>]*>([\s\S]*)<\/svg>\s*$/.exec(appIconSvg.trim())?.[1];
  if (inner === undefined) throw new Error('The icon SVG has no <svg> root element.');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <path d="M104 24h208l120 120v328a16 16 0 0 1-16 16H104a16 16 0 0 1-16-16V40a16 16 0 0 1 16-16z" fill="#ffffff" stroke="#64748b" stroke-width="12" stroke-linejoin="round"/>
  <path d="M312 24v104a16 16 0 0 0 16 16h104z" fill="#e2e8f0" stroke="#64748b" stroke-width="12" stroke-linejoin="round"/>
  <svg x="136" y="208" width="240" height="240" viewBox="${viewBox}">${inner}</svg>
</svg>`;
}

/**
 * The few browser globals the rendering code uses inside the page. This file is type-checked
 * as Node code (no DOM library), so the page function reads them from `globalThis`.
 */
interface PageGlobals {
  Image: new (width: number, height: number) => { src: string; decode(): Promise<void> };
  document: {
    createElement(tag: 'canvas'): {
      width: number;
      height: number;
      getContext(kind: '2d'): {
        imageSmoothingQuality: string;
        drawImage(image: unknown, x: number, y: number, width: number, height: number): void;
      } | null;
      toDataURL(type: string): string;
    };
  };
}

/** Renders an SVG as one PNG per size, in a headless Chromium that never touches the network. */
export async function renderSvgToPngs(
  svgs: readonly string[],
  sizes: readonly number[],
): Promise<Map<number, Buffer>[]> {
  for (const svg of svgs) squareViewBox(svg);
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath === undefined ? {} : { executablePath }),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    const results: Map<number, Buffer>[] = [];
    for (const svg of svgs) {
      const rendered = await page.evaluate(
        async ({ svg: source, sizes: wanted }) => {
          const { Image, document } = globalThis as unknown as PageGlobals;
          const out: Record<number, string> = {};
          for (const size of wanted) {
            // Give the SVG its pixel size, so Chromium draws the vectors at that size (not a
            // downscaled bitmap): small icons stay as crisp as the artwork allows.
            const sized = source.replace(/<svg\b/, `<svg width="${size}" height="${size}"`);
            const image = new Image(size, size);
            image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sized)}`;
            await image.decode();
            const canvas = document.createElement('canvas');
            canvas.width = size;
            canvas.height = size;
            const context = canvas.getContext('2d');
            if (context === null) throw new Error('No 2D canvas.');
            context.imageSmoothingQuality = 'high';
            context.drawImage(image, 0, 0, size, size);
            out[size] = canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
          }
          return out;
        },
        { svg, sizes: [...sizes] },
      );
      results.push(new Map(sizes.map((size) => [size, Buffer.from(rendered[size] ?? '', 'base64')])));
    }
    return results;
  } finally {
    await browser.close();
  }
}

function pick(pngs: ReadonlyMap<number, Buffer>, sizes: readonly number[]): Buffer[] {
  return sizes.map((size) => {
    const png = pngs.get(size);
    if (png === undefined) throw new Error(`No ${size} px rendering.`);
    return png;
  });
}

/** Renders `sourceSvgPath` and writes every icon file into `outputDirectory`; returns the manifest. */
export async function generateIcons(sourceSvgPath: string, outputDirectory: string): Promise<IconManifest> {
  const svg = readFileSync(sourceSvgPath, 'utf8');
  const [appIcon, documentIcon] = await renderSvgToPngs([svg, documentIconSvg(svg)], ALL_SIZES);
  if (appIcon === undefined || documentIcon === undefined) throw new Error('Rendering returned nothing.');

  const files = new Map<string, Buffer>();
  files.set('icon.png', pick(appIcon, [MASTER_SIZE])[0] as Buffer);
  files.set('icon.ico', writeIco(pick(appIcon, ICO_SIZES)));
  files.set('icon.icns', writeIcns(appIcon));
  for (const size of LINUX_SIZES) files.set(`icons/${size}x${size}.png`, pick(appIcon, [size])[0] as Buffer);
  files.set('readyroom-document.ico', writeIco(pick(documentIcon, ICO_SIZES)));
  files.set('readyroom-document.icns', writeIcns(documentIcon));

  mkdirSync(path.join(outputDirectory, 'icons'), { recursive: true });
  const hashes: Record<string, string> = {};
  for (const [name, bytes] of files) {
    writeFileSync(path.join(outputDirectory, ...name.split('/')), bytes);
    hashes[name] = sha256(bytes);
  }
  const manifest: IconManifest = {
    generator: ICON_GENERATOR_VERSION,
    source: path.basename(sourceSvgPath),
    sourceSha256: sha256(svg),
    files: hashes,
  };
  writeFileSync(path.join(outputDirectory, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * Why the icons in `outputDirectory` do not match `sourceSvgPath` (the SVG changed, the
 * generator changed, a file is missing or was edited by hand), or null when they do.
 */
export function staleIconsReason(sourceSvgPath: string, outputDirectory: string): string | null {
  const manifestPath = path.join(outputDirectory, MANIFEST_NAME);
  if (!existsSync(manifestPath)) return `${MANIFEST_NAME} is missing`;
  let manifest: Partial<IconManifest>;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Partial<IconManifest>;
  } catch {
    return `${MANIFEST_NAME} is not valid JSON`;
  }
  if (manifest.generator !== ICON_GENERATOR_VERSION) return 'the icon generator changed';
  if (manifest.sourceSha256 !== sha256(readFileSync(sourceSvgPath)))
    return `${path.basename(sourceSvgPath)} changed`;
  const files = manifest.files ?? {};
  if (Object.keys(files).length === 0) return 'no generated files are listed';
  for (const [name, hash] of Object.entries(files)) {
    const filePath = path.join(outputDirectory, ...name.split('/'));
    if (!existsSync(filePath)) return `${name} is missing`;
    if (sha256(readFileSync(filePath)) !== hash) return `${name} differs from what was generated`;
  }
  return null;
}
