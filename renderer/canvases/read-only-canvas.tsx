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
  useNodesInitialized,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CanvasGraph, CanvasGraphNode } from '../../shared/canvases/canvas-graph';
import {
  GridBackdrop,
  LaneBackdrop,
  gridBackdropNode,
  laneBackdropNodes,
  type GridBackdropNode,
  type LaneBackdropNode,
} from './backdrops';
import { AiSystemCard, DataSourceCard, StakeholderCard, StakeholderChip, StepCard } from './cards';
import './canvas.css';

type GraphNode = Node<{ node: CanvasGraphNode; chip: boolean }, 'graph'>;

/** Draws any node of a canvas graph with its card. */
const GraphNodeView = memo(function GraphNodeView({ data }: NodeProps<GraphNode>) {
  const node = data.node;
  switch (node.type) {
    case 'stakeholder':
      return data.chip ? (
        <StakeholderChip card={node} />
      ) : (
        <StakeholderCard card={node} connectable={false} />
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

/** The React Flow nodes and edges that draw a canvas graph. */
export function flowElements(graph: CanvasGraph, paper = false): { nodes: FlowNode[]; edges: Edge[] } {
  const chip = graph.canvas === 'influenceGrid';
  const nodes: FlowNode[] = graph.nodes.map((node) => ({
    id: node.id,
    type: 'graph',
    position: { x: node.x, y: node.y },
    data: { node, chip },
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

export interface ReadOnlyCanvasProps {
  readonly graph: CanvasGraph;
  /** Called once React Flow has measured the nodes and fitted them into view. */
  readonly onReady?: () => void;
  /** Drawn for a picture: light theme, colours spelled out (see `PAPER_EDGE`). */
  readonly paper?: boolean;
}

/**
 * A canvas the room looks at but cannot change: the audience screen's view of a canvas,
 * and what the Word plan's pictures are taken of. It fits the whole graph into view.
 */
export function ReadOnlyCanvas({ graph, onReady, paper = false }: ReadOnlyCanvasProps) {
  const elements = useMemo(() => flowElements(graph, paper), [graph, paper]);
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
        className="canvas canvas--read-only"
        data-canvas={graph.canvas}
        aria-label={graph.title}
        role="img"
      >
        <ReactFlow
          nodes={nodes}
          edges={elements.edges}
          onNodesChange={onNodesChange}
          nodeTypes={NODE_TYPES}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          panOnDrag={false}
          zoomOnScroll={false}
          zoomOnPinch={false}
          zoomOnDoubleClick={false}
          preventScrolling={false}
          fitView
          fitViewOptions={FIT_VIEW_OPTIONS}
          minZoom={0.05}
          proOptions={{ hideAttribution: true }}
        >
          {graph.canvas === 'stakeholders' ? <Background gap={24} /> : null}
          <ReadyWhenMeasured onReady={onReady} />
        </ReactFlow>
      </div>
    </ReactFlowProvider>
  );
}
