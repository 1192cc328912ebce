/**
 * The React Flow options that decide how much a canvas draws each frame, declared once: the
 * app's canvases (`renderer/facilitator/canvas/canvas-surface.tsx`) and the canvas
 * benchmark's bare React Flow page (`test/bench/baselines/bare-reactflow/`) both spread
 * them onto `<ReactFlow>`, so the benchmark's ratio measures what the app adds on top of
 * React Flow, not a difference in how React Flow was set up. Plain data: no React Flow import.
 */

/**
 * From this many cards, a canvas draws only the cards and lines on screen (React Flow's
 * `onlyRenderVisibleElements`): every drawn line is a separate SVG the browser must lay out
 * and composite each frame, so a map of hundreds stutters while a card is dragged. Smaller
 * canvases keep every card in the page, so Tab reaches all of them; on a large one, "Show
 * everything" brings every card on screen (and into the Tab order).
 */
export const DRAW_ON_SCREEN_ONLY_FROM = 150;

/** The per-frame drawing options of a React Flow canvas, as `<ReactFlow>` props. */
export interface ReactFlowPerformanceOptions {
  /** Draw only the cards and lines on screen (from {@link DRAW_ON_SCREEN_ONLY_FROM} cards). */
  readonly onlyRenderVisibleElements: boolean;
  /** A selected card's lines are raised above the others (one extra layer, not a redraw of all). */
  readonly elevateEdgesOnSelect: boolean;
}

/** The options for a canvas showing `nodeCount` cards. */
export function reactFlowPerformanceOptions(nodeCount: number): ReactFlowPerformanceOptions {
  return {
    onlyRenderVisibleElements: nodeCount >= DRAW_ON_SCREEN_ONLY_FROM,
    elevateEdgesOnSelect: true,
  };
}
