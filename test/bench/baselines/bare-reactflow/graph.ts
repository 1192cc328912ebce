/**
 * The graph the bare React Flow page draws, as the benchmark writes it to `graph.json` next
 * to the built page: the stakeholder map of the generated workshop, nothing React Flow
 * specific, so the page turns it into nodes and edges the documented way.
 */

/** One stakeholder: where it sits on the canvas and the text its node shows. */
export interface GraphNode {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly x: number;
  readonly y: number;
}

/** One relationship between two stakeholders, with the label its edge shows. */
export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: string;
}

/** The whole map and the part of it on screen, as the document saved it. */
export interface CanvasGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly viewport: { readonly x: number; readonly y: number; readonly zoom: number };
}

/** The file name the page fetches (next to its `index.html`). */
export const GRAPH_FILE_NAME = 'graph.json';
