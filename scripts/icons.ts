/**
 * `npm run icons`: regenerates every platform icon in assets/ from assets/icon.svg.
 * `npm run icons -- --if-stale` (run by `npm run dist`): only when icon.svg or the generator
 * changed since the committed icons were made, so packaging needs no Chromium otherwise.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateIcons, staleIconsReason } from './icons-generate';

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');
const source = path.join(assets, 'icon.svg');

const reason = staleIconsReason(source, assets);
if (process.argv.includes('--if-stale') && reason === null) {
  console.log('Icons are up to date with assets/icon.svg.');
} else {
  try {
    const manifest = await generateIcons(source, assets);
    console.log(`Generated ${Object.keys(manifest.files).length} icon files in assets/ from icon.svg.`);
  } catch (error) {
    console.error(
      `Could not generate the icons${reason === null ? '' : ` (needed because ${reason})`}: ${
        error instanceof Error ? error.message : String(error)
      }\nThe generator renders with Chromium: install it (Debian: apt-get install chromium), or set ` +
        'READYROOM_CHROMIUM to a Chromium or Chrome executable, or to "bundled" after `npx playwright install chromium`.',
    );
    process.exitCode = 1;
  }
}
