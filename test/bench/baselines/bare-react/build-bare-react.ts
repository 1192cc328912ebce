import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const baselineRoot = path.dirname(fileURLToPath(import.meta.url));

/** A built baseline in a temporary folder. */
export interface BuiltBaseline {
  /** Folder holding `index.html` and `assets/`. */
  readonly directory: string;
  /** Deletes the folder. */
  remove(): void;
}

/**
 * Builds the bare React page with Vite in production mode, with the same React plugin and
 * minification as the app's renderer build, into a fresh temporary folder. Vite's own
 * output is limited to warnings (stderr).
 */
export async function buildBareReactBaseline(): Promise<BuiltBaseline> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'readyroom-bench-bare-react-'));
  try {
    await build({
      configFile: false,
      envDir: false,
      root: baselineRoot,
      mode: 'production',
      logLevel: 'warn',
      publicDir: false,
      plugins: [react()],
      build: { outDir: directory, emptyOutDir: true, minify: true, sourcemap: false },
    });
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
  return { directory, remove: () => rmSync(directory, { recursive: true, force: true }) };
}
