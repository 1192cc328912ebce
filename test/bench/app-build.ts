import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BenchContext } from './registry';

/** Folders whose sources end up in `out/`; used to warn about a stale build. */
const SOURCE_FOLDERS = ['renderer', 'electron', 'shared'];

function newestModification(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const entryPath = path.join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestModification(entryPath));
    else if (entry.isFile() && !/\.test\.tsx?$/.test(entry.name)) {
      newest = Math.max(newest, statSync(entryPath).mtimeMs);
    }
  }
  return newest;
}

/**
 * Makes sure the app build the benchmarks measure exists: runs `npx electron-vite build`
 * (output to stderr) when `out/main/serve.js` is missing, and warns when sources changed
 * after the build, since the benchmark would then measure old code.
 */
export async function ensureAppBuild(context: BenchContext): Promise<void> {
  const root = context.repositoryRoot;
  const serveEntry = path.join(root, 'out/main/serve.js');
  if (!existsSync(serveEntry)) {
    context.log('out/main/serve.js is missing: running `npx electron-vite build`…');
    await new Promise<void>((resolve, reject) => {
      // stdout of the build goes to our stderr: stdout is reserved for the result.
      const child = spawn('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
      child.once('error', reject);
      child.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`electron-vite build failed with exit code ${code}.`)),
      );
    });
    return;
  }
  const builtAt = statSync(serveEntry).mtimeMs;
  const sourcesChangedAt = Math.max(
    ...SOURCE_FOLDERS.map((folder) => newestModification(path.join(root, folder))),
  );
  if (sourcesChangedAt > builtAt) {
    context.log('warning: sources changed after the last build; run `npm run build` to measure them.');
  }
}
