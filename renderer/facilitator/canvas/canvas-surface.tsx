import {
  Background,
  BackgroundVariant,
  ReactFlow,
  ReactFlowProvider,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
  type NodeTypes,
  type OnConnect,
  type OnSelectionChangeFunc,
  type ReactFlowInstance,
  type Viewport,
  type XYPosition,
  type IsValidConnection,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { CANVAS_LABELS } from '../../../shared/canvases/labels';
import { reactFlowPerformanceOptions } from '../../../shared/canvases/react-flow-performance';
import type { CanvasName } from '../../../shared/workshop';
import { useAppStore, useAppStoreApi } from '../../app/store/store-context';
import { selectCurrentStageReadOnly } from '../follow-up/use-viewed-session';
import '../../canvases/canvas.css';
import { shiftToKeepInView } from './keep-in-view';
import { CanvasDock } from './canvas-dock';
import { cardMovedByKey, deletedByKey } from './canvas-keys';
import { ReadableFit } from './readable-fit-view';
import { text } from '../../../shared/text';

/** Canvas units between snap points. */
export const SNAP_GRID: [number, number] = [16, 16];

const EMPTY_CANVAS_VIEWPORT = { x: 56, y: 24, zoom: 1 } as const;
const FIT_VIEW_OPTIONS = { padding: 0.1, maxZoom: 1 } as const;

/**
 * The influence grid places its chips itself, in cells of a fixed grid: it opens showing
 * the whole grid. Every other canvas opens readable (see `readable-fit.ts`).
 */
const opensReadable = (canvas: CanvasName) => canvas !== 'influenceGrid';

const ARIA_LABELS = {
  'node.a11yDescription.default': text('canvas.pressEnterOr'),
  'edge.a11yDescription.default': text('canvas.pressEnterOrSpace'),
  'controls.ariaLabel': text('canvas.zoomControls'),
  'controls.zoomIn.ariaLabel': text('canvas.zoomIn'),
  'controls.zoomOut.ariaLabel': text('canvas.zoomOut'),
  'controls.fitView.ariaLabel': text('canvas.showEverything'),
  'controls.interactive.ariaLabel': text('canvas.lockOrUnlock'),
  'minimap.ariaLabel': text('canvas.overviewOfThe'),
} as const;

export interface CanvasSurfaceProps<NodeType extends Node, EdgeType extends Edge> {
  readonly canvas: CanvasName;
  /** Names the canvas for assistive technology; the canvas's name ("Stakeholder map") if not given. */
  readonly label?: string;
  readonly nodes: NodeType[];
  readonly edges: EdgeType[];
  readonly nodeTypes: NodeTypes;
  readonly onNodesChange: (changes: NodeChange<NodeType>[]) => void;
  readonly onEdgesChange?: (changes: EdgeChange<EdgeType>[]) => void;
  readonly onConnect?: OnConnect;
  readonly isValidConnection?: IsValidConnection<EdgeType>;
  /** Delete or Backspace with cards or lines selected (never while typing in a field). */
  readonly onDelete?: (deleted: { nodes: NodeType[]; edges: EdgeType[] }) => void;
  readonly onSelectionChange?: OnSelectionChangeFunc<NodeType, EdgeType>;
  /** Double-click on empty canvas, with the canvas position under the pointer. */
  readonly onPaneDoubleClick?: (position: XYPosition) => void;
  /** Keys pressed while the canvas has focus (copy and paste, for example). */
  readonly onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** How many cards the canvas has when it opens (an empty canvas is not fitted). */
  readonly itemCount: number;
  /** Changes when everything should be fitted into view (after an automatic layout). */
  readonly fitRequest?: number;
  /** Dragging snaps cards to a 16-unit grid. */
  readonly snapToGrid?: boolean;
  readonly children?: ReactNode;
}

/**
 * The editable React Flow surface every facilitator canvas shares: minimap and zoom controls
 * in a strip under it, a readable fit, snap to grid, keyboard moves, and the viewport saved in the document (without an
 * undo step: where you looked is not something to undo). Each canvas brings its own nodes
 * and decides what a change means for the document.
 */
export function CanvasSurface<NodeType extends Node, EdgeType extends Edge>(
  props: CanvasSurfaceProps<NodeType, EdgeType>,
) {
  const { canvas, onPaneDoubleClick } = props;
  const editWorkshopQuietly = useAppStore((state) => state.editWorkshopQuietly);
  const store = useAppStoreApi();
  const instance = useRef<ReactFlowInstance<NodeType, EdgeType> | null>(null);
  // Read once: the saved viewport is where the canvas opens, not something to follow. A
  // canvas nobody has scrolled or zoomed yet opens showing everything on it.
  const [opening] = useState(() => {
    const viewport = store.getState().workshop?.layout[canvas].viewport;
    const untouched = viewport === undefined || (viewport.x === 0 && viewport.y === 0 && viewport.zoom === 1);
    return {
      // An empty canvas opens with a little room at the top left, so labels are not cut.
      viewport: untouched ? EMPTY_CANVAS_VIEWPORT : viewport,
      fitted: untouched && props.itemCount > 0,
    };
  });

  const { fitRequest = 0 } = props;
  const readable = opensReadable(canvas);
  useEffect(() => {
    if (readable || fitRequest === 0) return;
    // After the moved cards have been drawn.
    const frame = requestAnimationFrame(
      () => void instance.current?.fitView({ ...FIT_VIEW_OPTIONS, duration: 200 }),
    );
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, readable]);

  const saveViewport = useCallback(
    (_event: unknown, viewport: Viewport) => {
      editWorkshopQuietly((draft) => {
        draft.layout[canvas].viewport = { x: viewport.x, y: viewport.y, zoom: viewport.zoom };
      });
    },
    [canvas, editWorkshopQuietly],
  );

  // A card moved with the arrow keys takes the view with it: it stays on screen, and on a
  // large canvas (which drops cards that leave the screen) it keeps the keyboard focus.
  const wrapper = useRef<HTMLDivElement>(null);
  const keepCardInView = useCallback((id: string) => {
    const flow = instance.current;
    const node = flow?.getInternalNode(id);
    const bounds = wrapper.current?.getBoundingClientRect();
    if (flow === null || node === undefined || bounds === undefined) return;
    const { x, y, zoom } = flow.getViewport();
    const { dx, dy } = shiftToKeepInView(
      {
        x: node.internals.positionAbsolute.x * zoom + x,
        y: node.internals.positionAbsolute.y * zoom + y,
        width: (node.measured.width ?? 0) * zoom,
        height: (node.measured.height ?? 0) * zoom,
      },
      bounds,
    );
    if (dx !== 0 || dy !== 0) void flow.setViewport({ x: x + dx, y: y + dy, zoom });
  }, []);

  // A canvas of an earlier session is shown, not changed: no moves, lines or deletes.
  const readOnly = useAppStore(selectCurrentStageReadOnly);
  const { nodes, edges, onKeyDown } = props;
  const onDelete = readOnly ? undefined : props.onDelete;
  const handleKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      onKeyDown?.(event);
      const movedCard = cardMovedByKey(event);
      if (movedCard !== null) {
        // After React Flow has moved the card (its own handler ran first, on the card).
        requestAnimationFrame(() => keepCardInView(movedCard));
        return;
      }
      if (onDelete === undefined) return;
      const deleted = deletedByKey(event, nodes, edges);
      if (deleted === null) return;
      event.preventDefault();
      onDelete(deleted);
    },
    [nodes, edges, onDelete, onKeyDown, keepCardInView],
  );

  const handleDoubleClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (readOnly || onPaneDoubleClick === undefined || instance.current === null) return;
      if (!(event.target instanceof Element) || !event.target.classList.contains('react-flow__pane')) return;
      onPaneDoubleClick(instance.current.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [onPaneDoubleClick, readOnly],
  );

  return (
    <ReactFlowProvider>
      <div ref={wrapper} className="canvas canvas--editable" data-canvas={canvas} onKeyDown={handleKeyDown}>
        <div className="canvas__flow">
          <ReactFlow<NodeType, EdgeType>
            aria-label={props.label ?? CANVAS_LABELS[canvas]}
            nodes={props.nodes}
            edges={props.edges}
            nodeTypes={props.nodeTypes}
            onNodesChange={props.onNodesChange}
            onEdgesChange={props.onEdgesChange}
            onConnect={readOnly ? undefined : props.onConnect}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            isValidConnection={props.isValidConnection}
            onSelectionChange={props.onSelectionChange}
            onDoubleClick={handleDoubleClick}
            onInit={(flow) => {
              instance.current = flow;
            }}
            onMoveEnd={saveViewport}
            defaultViewport={opening.viewport}
            fitView={opening.fitted && !readable}
            fitViewOptions={FIT_VIEW_OPTIONS}
            minZoom={0.05}
            maxZoom={4}
            snapToGrid={props.snapToGrid ?? true}
            snapGrid={SNAP_GRID}
            zoomOnDoubleClick={false}
            // Deleting is ours (handleKeyDown): React Flow's own key tracking could miss the first
            // Delete after a Ctrl/⌘ shortcut.
            deleteKeyCode={null}
            multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
            {...reactFlowPerformanceOptions(props.nodes.length)}
            ariaLabelConfig={ARIA_LABELS}
            proOptions={{ hideAttribution: true }}
          >
            <Background variant={BackgroundVariant.Dots} gap={SNAP_GRID} />
            {readable && (opening.fitted || fitRequest > 0) ? <ReadableFit request={fitRequest} /> : null}
            {props.children}
          </ReactFlow>
        </div>
        <CanvasDock />
      </div>
    </ReactFlowProvider>
  );
}
