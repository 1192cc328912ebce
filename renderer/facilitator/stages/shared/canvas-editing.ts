import type { Connection, Edge, Node, XYPosition } from '@xyflow/react';
import type { Draft } from 'immer';
import { useCallback, type Dispatch, type SetStateAction } from 'react';
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
  /** Removes what was deleted on the canvas: cards, and the lines, by id. */
  readonly remove: (
    draft: Draft<Workshop>,
    cardIds: ReadonlySet<string>,
    lineIds: ReadonlySet<string>,
  ) => void;
  /** Draws a line from one card to another, on a canvas that has lines people draw. */
  readonly connect?: (draft: Draft<Workshop>, source: string, target: string) => void;
}

/** A `place` rule for a canvas whose cards keep their own spot in the workshop's layout. */
export function placeInLayout(canvas: 'stakeholders' | 'dataMap'): CanvasEditRules['place'] {
  return (draft, moved) => {
    for (const [id, position] of moved) draft.layout[canvas].positions[id] = position;
  };
}

const IGNORE_LINE_STATE: Dispatch<SetStateAction<never[]>> = () => {};

/**
 * What an editable canvas hands `CanvasSurface`: its cards and lines (local React Flow state,
 * or lines derived from the workshop, with no setter), React Flow's changes applied to them, and moves, new lines, deletions and double-clicks on the pane written into
 * the workshop through `rules`. `onAdded` hears the id of a card added by double-click.
 */
export function useCanvasEditing<NodeType extends Node, EdgeType extends Edge = never>(
  rules: CanvasEditRules,
  [nodes, setNodes]: readonly [NodeType[], Dispatch<SetStateAction<NodeType[]>>],
  [edges, setEdges]: readonly [EdgeType[], Dispatch<SetStateAction<EdgeType[]>> | null],
  onAdded: (id: string) => void,
) {
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
      editWorkshop((draft) =>
        rules.remove(draft, new Set(nodes.map((node) => node.id)), new Set(edges.map((edge) => edge.id))),
      ),
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
  };
}
