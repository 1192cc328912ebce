import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBaselinePage } from '../build-baseline';
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
 * Builds the bare React Flow page (see `buildBaselinePage`) and writes `graph` next to it
 * for the page to fetch.
 */
export async function buildBareReactFlowBaseline(graph: CanvasGraph): Promise<BuiltReactFlowBaseline> {
  const built = await buildBaselinePage(baselineRoot, 'bare-reactflow');
  const writeGraph = (next: CanvasGraph) =>
    writeFileSync(path.join(built.directory, GRAPH_FILE_NAME), JSON.stringify(next));
  try {
    writeGraph(graph);
  } catch (error) {
    built.remove();
    throw error;
  }
  return { ...built, writeGraph };
}
