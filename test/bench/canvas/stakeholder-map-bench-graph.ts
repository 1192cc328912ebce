/**
 * The stakeholder map of a workshop as plain data for the bare React Flow page, and the
 * choice of which node to drag. Pure.
 */
import type { Workshop } from '../../../shared/workshop';
import type { CanvasGraph } from '../baselines/bare-reactflow/graph';

/** How the map is asked of the fixture generator: quality-bars.md's 500 stakeholders, 800 edges. */
export const CANVAS_BENCH_GRAPH = { stakeholders: 500, relationships: 800 } as const;
/** The larger map of the second round (issue #23): 1,000 stakeholders, 1,600 edges. */
export const CANVAS_LARGE_BENCH_GRAPH = { stakeholders: 1000, relationships: 1600 } as const;

const RELATIONSHIP_WORDS = {
  reportsTo: 'reports to',
  handsWorkTo: 'hands work to',
  dependsOn: 'depends on',
  influences: 'influences',
} as const;

/**
 * The stakeholders with their saved positions, the relationships with their labels (the
 * type in words when a relationship has none) and the saved viewport. Throws if a
 * stakeholder has no saved position: the app and the baseline must draw the same places.
 */
export function canvasGraphOf(workshop: Workshop): CanvasGraph {
  const { positions, viewport } = workshop.layout.stakeholders;
  return {
    nodes: workshop.stakeholders.map((stakeholder) => {
      const position = positions[stakeholder.id];
      if (position === undefined) {
        throw new Error(`Stakeholder ${stakeholder.id} has no saved position on the stakeholder map.`);
      }
      return { id: stakeholder.id, name: stakeholder.name, role: stakeholder.role, ...position };
    }),
    edges: workshop.relationships.map((relationship) => ({
      id: relationship.id,
      source: relationship.from,
      target: relationship.to,
      label: relationship.label.trim() === '' ? RELATIONSHIP_WORDS[relationship.type] : relationship.label,
    })),
    viewport: { x: viewport.x, y: viewport.y, zoom: viewport.zoom },
  };
}

/**
 * Node ids ordered by how close their saved position is to where a drag should start on a
 * canvas of `width` × `height` pixels showing the saved viewport — the nodes worth trying to
 * drag first (the page then checks which one is really on top under the mouse). A drag path
 * goes `2 × pathRadius` pixels down from its start, so the best start is `pathRadius` above the
 * middle: the whole path then stays in the middle of the canvas, clear of the edges where
 * React Flow would pan the map.
 */
export function dragCandidates(
  graph: CanvasGraph,
  canvas: { width: number; height: number },
  pathRadius = 0,
): string[] {
  const { x, y, zoom } = graph.viewport;
  const middle = { x: (canvas.width / 2 - x) / zoom, y: (canvas.height / 2 - pathRadius - y) / zoom };
  return graph.nodes
    .map((node) => ({ id: node.id, distance: Math.hypot(node.x - middle.x, node.y - middle.y) }))
    .sort((left, right) => left.distance - right.distance || left.id.localeCompare(right.id))
    .map((node) => node.id);
}
