/**
 * The canvas baseline: the stakeholder map drawn by React Flow alone, the plain documented
 * way — nodes and edges in React state, `onNodesChange` + `applyNodeChanges`, a memoised
 * custom node type declared at module scope, the saved viewport, no fitView. React Flow is
 * set up as the app's stakeholder map sets it up (snap to a 16-unit grid, labelled edges with
 * an arrow, React Flow's own dotted background, minimap and zoom controls) and with the very
 * performance options the app's canvases use (`reactFlowPerformanceOptions` from
 * `shared/canvases/react-flow-performance.ts`: on a map this large, only what is on screen
 * is drawn), so the ratio measures what the app adds on top of React Flow:
 * its cards, its store, the panels around the map and what it does when a card is dropped.
 * It fetches the graph the benchmark wrote next to it, sizes the canvas from
 * `?width=&height=` (the size of the app's canvas) and sets `data-app-state="ready"` once
 * React Flow has measured every node.
 */
import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  BackgroundVariant,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  useNodesInitialized,
  type Edge,
  type EdgeChange,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { reactFlowPerformanceOptions } from '../../../../shared/canvases/react-flow-performance';
import './bare-reactflow.css';
import { GRAPH_FILE_NAME, type CanvasGraph } from './graph';
import { StakeholderNodeView, type StakeholderNode } from './stakeholder-node';

const nodeTypes: NodeTypes = { stakeholder: StakeholderNodeView };
const snapGrid: [number, number] = [16, 16];
const minimapSize = { width: 160, height: 110 } as const;

function ReadyWhenMeasured() {
  const measured = useNodesInitialized();
  useEffect(() => {
    if (measured) document.documentElement.dataset.appState = 'ready';
  }, [measured]);
  return null;
}

function Canvas({ graph }: { graph: CanvasGraph }) {
  const [nodes, setNodes] = useState<StakeholderNode[]>(() =>
    graph.nodes.map((node) => ({
      id: node.id,
      type: 'stakeholder',
      position: { x: node.x, y: node.y },
      data: { name: node.name, role: node.role },
    })),
  );
  const [edges, setEdges] = useState<Edge[]>(() =>
    graph.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.label,
      markerEnd: { type: MarkerType.ArrowClosed },
    })),
  );
  const onNodesChange = useCallback(
    (changes: NodeChange<StakeholderNode>[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => setEdges((current) => applyEdgeChanges(changes, current)),
    [],
  );
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      defaultViewport={graph.viewport}
      snapToGrid
      snapGrid={snapGrid}
      {...reactFlowPerformanceOptions(nodes.length)}
    >
      <Background variant={BackgroundVariant.Dots} gap={snapGrid} />
      <MiniMap pannable zoomable style={minimapSize} />
      <Controls />
      <ReadyWhenMeasured />
    </ReactFlow>
  );
}

function canvasSize(): { width: string; height: string } {
  const parameters = new URLSearchParams(window.location.search);
  const pixels = (name: string) => {
    const value = Number(parameters.get(name));
    return Number.isFinite(value) && value > 0 ? `${value}px` : '100%';
  };
  return { width: pixels('width'), height: pixels('height') };
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (container === null) throw new Error('The baseline page has no #root element.');
  const response = await fetch(`./${GRAPH_FILE_NAME}`);
  if (!response.ok) throw new Error(`${GRAPH_FILE_NAME} could not be loaded (${response.status}).`);
  const graph = (await response.json()) as CanvasGraph;
  createRoot(container).render(
    <StrictMode>
      <div data-canvas="bare-reactflow" style={canvasSize()}>
        <Canvas graph={graph} />
      </div>
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  document.documentElement.dataset.appState = 'error';
  throw error;
});
