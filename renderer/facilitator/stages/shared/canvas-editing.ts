import type { Connection, Edge, Node, XYPosition } from '@xyflow/react';
import type { Draft } from 'immer';
import { useCallback, useLayoutEffect, useRef, type Dispatch, type SetStateAction } from 'react';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { useEdgeChanges, useNodeChanges } from '../../canvas/canvas-elements';
import { useEditWorkshop } from './use-workshop';

/** Cards moved on a canvas, by id: where each one was dropped. */
type Moves = ReadonlyMap<string, XYPosition>;

/**
 * How an editable canvas writes the open workshop. Declare it once per canvas, outside the
 * component; each rule runs inside one `editWorkshop`, so each is one undo step.
 */
export interface CanvasEditRules {
  /** Saves where cards were moved to. */
  readonly place: (draft: Draft<Workshop>, moved: Moves) => void;
  /** Adds a card at a spot of the canvas; returns its id, or '' when nothing was added. */
  readonly add: (draft: Draft<Workshop>, position: XYPosition) => string;
  /** Removes the cards deleted on the canvas, by id (with what hangs on them). */
  readonly remove: (draft: Draft<Workshop>, cardIds: ReadonlySet<string>) => void;
  /** Removes the lines deleted on the canvas, by id, before the cards, on a canvas whose lines are records. */
  readonly removeLines?: (draft: Draft<Workshop>, lineIds: ReadonlySet<string>) => void;
  /** Draws a line from one card to another, on a canvas that has lines people draw. */
  readonly connect?: (draft: Draft<Workshop>, source: string, target: string) => void;
}

/** A `place` rule for a canvas whose cards keep their own spot in the workshop's layout. */
export function placeInLayout(canvas: 'stakeholders' | 'dataMap'): CanvasEditRules['place'] {
  return (draft, moved) => {
    for (const [id, position] of moved) draft.layout[canvas].positions[id] = position;
  };
}

/** What a canvas tells its stage: the ids of the selected cards and lines. */
export type SelectionReport = (cardIds: string[], lineIds: string[]) => void;

/**
 * React Flow's selection handler for a canvas: the ids of the selected nodes of `cardType`
 * (the others are backdrops or fixed cards) and of the selected lines, told to `report`.
 * Stable, or React Flow would report the selection again on every render.
 */
export function useSelectionIds<NodeType extends Node, EdgeType extends Edge>(
  cardType: NonNullable<NodeType['type']>,
  report: SelectionReport,
) {
  const latest = useRef(report);
  useLayoutEffect(() => {
    latest.current = report;
  });
  return useCallback(
    ({ nodes, edges }: { nodes: NodeType[]; edges: EdgeType[] }) =>
      latest.current(
        nodes.filter((node) => node.type === cardType).map((node) => node.id),
        edges.map((edge) => edge.id),
      ),
    [cardType],
  );
}

const IGNORE_LINE_STATE: Dispatch<SetStateAction<never[]>> = () => {};

/** What an editable canvas and its stage tell each other. */
export interface CanvasStageLink<NodeType extends Node> {
  /** Hears the id of a card added by double-click. */
  readonly onAdded: (id: string) => void;
  /** Hears what is selected: the cards of `cardType`, and the lines. */
  readonly onSelect: SelectionReport;
  readonly cardType: NonNullable<NodeType['type']>;
  /** Changes when everything should be fitted into view (after tidying up). */
  readonly fitRequest: number;
}

/**
 * What an editable canvas hands `CanvasSurface`: its cards and lines (local React Flow state,
 * or lines derived from the workshop, with no setter), React Flow's changes applied to them,
 * moves, new lines, deletions and double-clicks on the pane written into the workshop
 * through `rules`, the selection told to the stage, and the stage's requests to fit the view.
 */
export function useCanvasEditing<NodeType extends Node, EdgeType extends Edge = never>(
  rules: CanvasEditRules,
  [nodes, setNodes]: readonly [NodeType[], Dispatch<SetStateAction<NodeType[]>>],
  [edges, setEdges]: readonly [EdgeType[], Dispatch<SetStateAction<EdgeType[]>> | null],
  { onAdded, onSelect, cardType, fitRequest }: CanvasStageLink<NodeType>,
) {
  const onSelectionChange = useSelectionIds<NodeType, EdgeType>(cardType, onSelect);
  const editWorkshop = useEditWorkshop();
  const save = useCallback(
    (moved: Moves) => editWorkshop((draft) => rules.place(draft, moved)),
    [editWorkshop, rules],
  );
  const onNodesChange = useNodeChanges(setNodes, save);
  const onEdgesChange = useEdgeChanges(
    setEdges ?? (IGNORE_LINE_STATE as Dispatch<SetStateAction<EdgeType[]>>),
  );
  const onConnect = useCallback(
    (connection: Connection) =>
      editWorkshop((draft) => rules.connect?.(draft, connection.source, connection.target)),
    [editWorkshop, rules],
  );
  const onDelete = useCallback(
    ({ nodes, edges }: { nodes: NodeType[]; edges: EdgeType[] }) =>
      editWorkshop((draft) => {
        rules.removeLines?.(draft, new Set(edges.map((edge) => edge.id)));
        rules.remove(draft, new Set(nodes.map((node) => node.id)));
      }),
    [editWorkshop, rules],
  );
  const onPaneDoubleClick = useCallback(
    (position: XYPosition): string => {
      let id = '';
      editWorkshop((draft) => {
        id = rules.add(draft, position);
      });
      if (id !== '') onAdded(id);
      return id;
    },
    [editWorkshop, rules, onAdded],
  );
  return {
    nodes,
    edges,
    onNodesChange,
    onEdgesChange: setEdges === null ? undefined : onEdgesChange,
    onConnect: rules.connect === undefined ? undefined : onConnect,
    onDelete,
    onPaneDoubleClick,
    onSelectionChange,
    fitRequest,
  };
}
