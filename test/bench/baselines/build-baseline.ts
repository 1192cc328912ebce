import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** A built baseline page in a temporary folder. */
export interface BuiltBaseline {
  /** Folder holding `index.html` and `assets/`. */
  readonly directory: string;
  /** Deletes the folder. */
  remove(): void;
}

/**
 * Builds the baseline page whose `index.html` is in `root` with Vite in production mode, with
 * the same React plugin and minification as the app's renderer build, into a fresh temporary
 * folder named after `name`. Vite's own output is limited to warnings (stderr).
 */
export async function buildBaselinePage(root: string, name: string): Promise<BuiltBaseline> {
  const directory = mkdtempSync(path.join(os.tmpdir(), `readyroom-bench-${name}-`));
  const remove = () => rmSync(directory, { recursive: true, force: true });
  try {
    await build({
      configFile: false,
      envDir: false,
      root,
      mode: 'production',
      logLevel: 'warn',
      publicDir: false,
      plugins: [react()],
      build: { outDir: directory, emptyOutDir: true, minify: true, sourcemap: false },
    });
  } catch (error) {
    remove();
    throw error;
  }
  return { directory, remove };
}
