/**
 * The picture page (`renderer/picture-page/`) built for the command-line export. It is built
 * with Vite the way the app's renderer is (production React, minified) and kept in
 * `node_modules/.cache/readyroom-picture-page/<fingerprint>/`, so only the first export after
 * a change to the renderer or shared code pays for the build.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is `electron/host/export/pictures/picture-page.ts`). */
const REPOSITORY_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The page's source folder. */
export const PICTURE_PAGE_SOURCE = path.join(REPOSITORY_ROOT, 'renderer', 'picture-page');

/** The folders whose code ends up in the page, and the lock file that pins its libraries. */
const FINGERPRINTED = [path.join(REPOSITORY_ROOT, 'renderer'), path.join(REPOSITORY_ROOT, 'shared')];
const LOCK_FILE = path.join(REPOSITORY_ROOT, 'package-lock.json');

const CACHE_FOLDER = path.join(REPOSITORY_ROOT, 'node_modules', '.cache', 'readyroom-picture-page');

/** Files that never reach the page: tests. */
const isSourceFile = (name: string) => /\.(tsx?|css|html|svg)$/.test(name) && !/\.test\.tsx?$/.test(name);

/**
 * A fingerprint of everything the built page is made from: the renderer and shared sources
 * and the lock file. Reading them takes a few milliseconds, much less than a build.
 */
export async function picturePageFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = [];
  for (const folder of FINGERPRINTED) {
    for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && isSourceFile(entry.name)) files.push(path.join(entry.parentPath, entry.name));
    }
  }
  files.sort();
  for (const file of [...files, LOCK_FILE]) {
    hash.update(path.relative(REPOSITORY_ROOT, file)).update('\0');
    hash.update(existsSync(file) ? await readFile(file) : '').update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The folder of the built picture page (holding `index.html` and `assets/`), built now if
 * the cache has no build of the current sources. Older builds are removed.
 */
export async function builtPicturePage(): Promise<string> {
  const fingerprint = await picturePageFingerprint();
  const folder = path.join(CACHE_FOLDER, fingerprint);
  if (existsSync(path.join(folder, 'index.html'))) return folder;

  await mkdir(CACHE_FOLDER, { recursive: true });
  // Built next to its final place and renamed into it, so an interrupted build is never used.
  const building = `${folder}.building-${process.pid}`;
  const [{ build }, { default: react }] = await Promise.all([import('vite'), import('@vitejs/plugin-react')]);
  try {
    await build({
      configFile: false,
      envDir: false,
      root: PICTURE_PAGE_SOURCE,
      base: './',
      mode: 'production',
      logLevel: 'warn',
      publicDir: false,
      plugins: [react()],
      build: { outDir: building, emptyOutDir: true, minify: true, sourcemap: false },
    });
    await rm(folder, { recursive: true, force: true });
    await rename(building, folder);
  } finally {
    await rm(building, { recursive: true, force: true });
  }
  for (const entry of await readdir(CACHE_FOLDER)) {
    if (entry !== fingerprint && !entry.includes('.building-')) {
      await rm(path.join(CACHE_FOLDER, entry), { recursive: true, force: true });
    }
  }
  return folder;
}
