import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { GRAPH_FILE_NAME, type CanvasGraph } from './graph';

const baselineRoot = path.dirname(fileURLToPath(import.meta.url));

/** The built bare React Flow page in a temporary folder. */
export interface BuiltReactFlowBaseline {
  /** Folder holding `index.html`, `assets/` and `graph.json`. */
  readonly directory: string;
  /** Replaces the graph the page draws (for the next page load). */
  writeGraph(graph: CanvasGraph): void;
  /** Deletes the folder. */
  remove(): void;
}

/**
 * Builds the bare React Flow page with Vite in production mode (the same React plugin and
 * minification as the app's renderer build) into a fresh temporary folder, and writes
 * `graph` next to it for the page to fetch. Vite's own output is limited to warnings (stderr).
 */
export async function buildBareReactFlowBaseline(graph: CanvasGraph): Promise<BuiltReactFlowBaseline> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'readyroom-bench-bare-reactflow-'));
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
    writeFileSync(path.join(directory, GRAPH_FILE_NAME), JSON.stringify(graph));
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
  return {
    directory,
    writeGraph: (next) => writeFileSync(path.join(directory, GRAPH_FILE_NAME), JSON.stringify(next)),
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}
