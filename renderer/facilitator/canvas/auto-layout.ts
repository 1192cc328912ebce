import type { ELK, ElkNode } from 'elkjs/lib/elk-api';
import type { Position } from '../../../shared/workshop';

/**
 * Tidies a canvas on demand with elkjs (the Eclipse Layout Kernel): a layered layout that
 * follows the direction of the lines, so who reports to whom, and what flows where, reads
 * top to bottom or left to right. elkjs is loaded only when someone asks for a layout.
 */

/** A card to place, with its measured size. */
export interface LayoutNode {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** Cards of one partition are laid out before those of the next (workflow lanes). */
  readonly partition?: number;
}

export interface LayoutEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

export interface LayoutOptions {
  readonly direction: 'DOWN' | 'RIGHT';
  /** Keep the order cards are given in within a layer (workflow steps run in order). */
  readonly keepOrder?: boolean;
}

let elk: Promise<ELK> | null = null;

function loadElk(): Promise<ELK> {
  elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: Elk }) => new Elk());
  return elk;
}

/** Where each card goes (top-left corners, canvas units, rounded to whole units). */
export async function autoLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  options: LayoutOptions,
): Promise<Map<string, Position>> {
  const known = new Set(nodes.map((node) => node.id));
  const partitioned = nodes.some((node) => node.partition !== undefined);
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': options.direction,
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.spacing.componentComponent': '60',
      'elk.layered.crossingMinimization.forceNodeModelOrder': options.keepOrder === true ? 'true' : 'false',
      'elk.layered.considerModelOrder.strategy': options.keepOrder === true ? 'NODES_AND_EDGES' : 'NONE',
      // The greedy switch swaps neighbours to save a crossing even when the order is forced.
      ...(options.keepOrder === true ? { 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF' } : {}),
      ...(partitioned ? { 'elk.partitioning.activate': 'true' } : {}),
      // Partitions and model order only hold within one connected component; laid out apart,
      // unconnected cards would ignore them (and steps of a lane could share a place).
      ...(partitioned || options.keepOrder === true ? { 'elk.separateConnectedComponents': 'false' } : {}),
    },
    children: nodes.map((node) => ({
      id: node.id,
      width: node.width,
      height: node.height,
      ...(node.partition === undefined
        ? {}
        : { layoutOptions: { 'elk.partitioning.partition': String(node.partition) } }),
    })),
    edges: edges
      .filter((edge) => known.has(edge.source) && known.has(edge.target) && edge.source !== edge.target)
      .map((edge) => ({ id: edge.id, sources: [edge.source], targets: [edge.target] })),
  };
  const laidOut = await (await loadElk()).layout(graph);
  const positions = new Map<string, Position>();
  for (const child of laidOut.children ?? []) {
    positions.set(child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) });
  }
  return positions;
}
