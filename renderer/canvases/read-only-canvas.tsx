import {
  Background,
  MarkerType,
  ReactFlow,
  ReactFlowProvider,
  type Edge,
  type Node,
  type NodeProps,
  type NodeChange,
  type NodeTypes,
  applyNodeChanges,
  getNodesBounds,
  useNodes,
  useNodesInitialized,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { graphEdgeName } from '../../shared/canvases/accessible-names';
import type { CanvasGraph, CanvasGraphNode } from '../../shared/canvases/canvas-graph';
import type { CanvasView } from '../../shared/host-api/presentation-contract';
import {
  GridBackdrop,
  LaneBackdrop,
  gridBackdropNode,
  laneBackdropNodes,
  type GridBackdropNode,
  type LaneBackdropNode,
} from './backdrops';
import { AiSystemCard, DataSourceCard, StakeholderCard, StakeholderChip, StepCard } from './cards';
import { viewportFor, type FitOptions } from './projected-view';
import './canvas.css';

type GraphNode = Node<{ node: CanvasGraphNode; chip: boolean; projected: boolean }, 'graph'>;

/** Draws any node of a canvas graph with its card. */
const GraphNodeView = memo(function GraphNodeView({ data }: NodeProps<GraphNode>) {
  const node = data.node;
  switch (node.type) {
    case 'stakeholder':
      return data.chip ? (
        <StakeholderChip card={node} />
      ) : (
        <StakeholderCard card={node} connectable={false} showScores={!data.projected} />
      );
    case 'step':
      return <StepCard card={node} connectable={false} />;
    case 'dataSource':
      return <DataSourceCard card={node} connectable={false} />;
    case 'aiSystem':
      return <AiSystemCard card={node} />;
  }
});

const FIT_VIEW_OPTIONS = { padding: 0.06, maxZoom: 1.25 } as const;

/** A picture, not an editor: nothing moves, connects, takes focus or is selected, and the page scrolls. */
const LOOK_ONLY = {
  nodesDraggable: false,
  nodesConnectable: false,
  nodesFocusable: false,
  edgesFocusable: false,
  elementsSelectable: false,
  panOnDrag: false,
  zoomOnScroll: false,
  zoomOnPinch: false,
  zoomOnDoubleClick: false,
  preventScrolling: false,
} as const;

/** On the audience screen a small canvas may grow to fill the screen: large type for the room. */
const PROJECTED_FIT: FitOptions = { padding: 0.03, minZoom: 0.05, maxZoom: 2 };

const NODE_TYPES: NodeTypes = {
  graph: GraphNodeView,
  gridBackdrop: GridBackdrop,
  laneBackdrop: LaneBackdrop,
};

type FlowNode = GraphNode | GridBackdropNode | LaneBackdropNode;

/**
 * Lines on paper: SVG strokes and fills given as colours, because the picture is taken by
 * copying computed styles and a line coloured by a theme variable would come out black or not
 * at all. Paper is always the light theme.
 */
const PAPER_EDGE = {
  style: { stroke: '#4a554f', strokeWidth: 1.5 },
  labelStyle: { fill: '#17201b', fontSize: 13 },
  labelBgStyle: { fill: '#ffffff' },
  labelBgPadding: [6, 3] as [number, number],
  labelBgBorderRadius: 3,
} as const;

/**
 * Projected stakeholder cards are taller (larger type in the same width), so the rows of the
 * map move apart by about as much, keeping the gaps the facilitator left between them.
 */
const PROJECTED_MAP_ROW_SPREAD = 1.3;

/** The React Flow nodes and edges that draw a canvas graph. */
export function flowElements(
  graph: CanvasGraph,
  paper = false,
  projected = false,
): { nodes: FlowNode[]; edges: Edge[] } {
  const chip = graph.canvas === 'influenceGrid';
  const spread = projected && graph.canvas === 'stakeholders' ? PROJECTED_MAP_ROW_SPREAD : 1;
  const nodes: FlowNode[] = graph.nodes.map((node) => ({
    id: node.id,
    type: 'graph',
    position: { x: node.x, y: node.y * spread },
    data: { node, chip, projected },
  }));
  if (graph.canvas === 'influenceGrid') nodes.unshift(gridBackdropNode());
  if (graph.canvas === 'workflow') {
    nodes.unshift(...laneBackdropNodes(Math.max(0, ...graph.nodes.map((node) => node.x))));
  }
  const edges: Edge[] = graph.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: edge.label === '' ? undefined : edge.label,
    ariaLabel: graphEdgeName(graph, edge),
    className: `canvas-edge canvas-edge--${edge.kind}`,
    markerEnd: { type: MarkerType.ArrowClosed, ...(paper ? { color: PAPER_EDGE.style.stroke } : {}) },
    ...(paper ? PAPER_EDGE : {}),
  }));
  return { nodes, edges };
}

/**
 * Reports ready once React Flow has measured every node (cards size themselves to their
 * text) and the `fitView` it then applies has been painted.
 */
function ReadyWhenMeasured({ onReady }: { onReady: (() => void) | undefined }) {
  const measured = useNodesInitialized();
  const reported = useRef(false);
  useEffect(() => {
    if (!measured || reported.current) return;
    reported.current = true;
    let frame = 0;
    let remaining = 3;
    const tick = () => {
      remaining -= 1;
      if (remaining === 0) onReady?.();
      else frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [measured, onReady]);
  return null;
}

/**
 * Keeps a projected canvas framed on screen: fitted (or framed as the facilitator chose) once
 * React Flow knows the container's size and has measured the cards, and again whenever the
 * screen is resized, the cards change or the framing does. The container has no size on the
 * first render, which is why the `fitView` prop alone drew an empty frame.
 */
function KeepFramed({ view }: { view: CanvasView | null }) {
  const { setViewport } = useReactFlow();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const measured = useNodesInitialized();
  const nodes = useNodes();
  const bounds = useMemo(() => (measured ? getNodesBounds(nodes) : null), [measured, nodes]);
  const { x = 0, y = 0, width: boundsWidth = 0, height: boundsHeight = 0 } = bounds ?? {};
  const [framed, setFramed] = useState(false);
  useEffect(() => {
    if (width === 0 || height === 0 || boundsWidth === 0 || boundsHeight === 0) return;
    const rect = { x, y, width: boundsWidth, height: boundsHeight };
    void setViewport(viewportFor(rect, width, height, view, PROJECTED_FIT), { duration: 0 }).then(() =>
      setFramed(true),
    );
  }, [setViewport, width, height, x, y, boundsWidth, boundsHeight, view]);
  return framed ? <span hidden data-framed /> : null;
}

export interface ReadOnlyCanvasProps {
  readonly graph: CanvasGraph;
  /** Called once React Flow has measured the nodes and fitted them into view. */
  readonly onReady?: () => void;
  /** Drawn for a picture: light theme, colours spelled out (see `PAPER_EDGE`). */
  readonly paper?: boolean;
  /**
   * On the audience screen: large type, kept framed on screen as the room's screen and the
   * canvas change, framed as the facilitator chose (`view`; null fits all).
   */
  readonly projected?: { readonly view: CanvasView | null };
}

/**
 * A canvas the room looks at but cannot change: the audience screen's view of a canvas,
 * and what the Word plan's pictures are taken of. It fits the whole graph into view.
 */
export function ReadOnlyCanvas({ graph, onReady, paper = false, projected }: ReadOnlyCanvasProps) {
  const isProjected = projected !== undefined;
  const elements = useMemo(() => flowElements(graph, paper, isProjected), [graph, paper, isProjected]);
  // React Flow measures the cards and reports their sizes as changes; keeping them is what
  // lets it know the cards are drawn (and fit them into view).
  const [nodes, setNodes] = useState(elements.nodes);
  const [drawn, setDrawn] = useState(elements);
  if (drawn !== elements) {
    setDrawn(elements);
    setNodes(elements.nodes);
  }
  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  return (
    <ReactFlowProvider>
      <div
        className={
          projected === undefined ? 'canvas canvas--read-only' : 'canvas canvas--read-only canvas--projected'
        }
        data-canvas={graph.canvas}
        aria-label={graph.title}
        role="img"
      >
        <ReactFlow
          nodes={nodes}
          edges={elements.edges}
          onNodesChange={onNodesChange}
          nodeTypes={NODE_TYPES}
          {...LOOK_ONLY}
          fitView={projected === undefined}
          fitViewOptions={FIT_VIEW_OPTIONS}
          minZoom={0.05}
          maxZoom={projected === undefined ? 2 : PROJECTED_FIT.maxZoom * 8}
          proOptions={{ hideAttribution: true }}
        >
          {graph.canvas === 'stakeholders' ? <Background gap={24} /> : null}
          <ReadyWhenMeasured onReady={onReady} />
          {projected === undefined ? null : <KeepFramed view={projected.view} />}
        </ReactFlow>
      </div>
    </ReactFlowProvider>
  );
}
