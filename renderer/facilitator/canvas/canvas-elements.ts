import {
  applyEdgeChanges,
  applyNodeChanges,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
  type XYPosition,
} from '@xyflow/react';
import { useCallback, type Dispatch, type SetStateAction } from 'react';
import { committedPositions } from './node-changes';
import { useRebuiltState } from './rebuilt-state';
import { reuseUnchangedEdges, reuseUnchangedNodes } from './reuse-nodes';

/** Asks a canvas to select these cards once they exist (a new object per request). */
export interface SelectRequest {
  readonly ids: readonly string[];
}

function selectedIds(items: readonly { id: string; selected?: boolean }[] | undefined): Set<string> {
  return new Set((items ?? []).filter((item) => item.selected === true).map((item) => item.id));
}

/**
 * The cards of an editable canvas, in local React Flow state: rebuilt from the document when
 * one of `inputs` changes, keeping what is selected (or selecting what a new request names)
 * and the node objects React Flow already has where nothing changed.
 */
export function useCanvasNodes<NodeType extends Node>(
  inputs: readonly unknown[],
  requests: readonly (SelectRequest | null)[],
  build: (selected: ReadonlySet<string>) => NodeType[],
): [NodeType[], Dispatch<SetStateAction<NodeType[]>>] {
  return useRebuiltState<readonly unknown[], NodeType[]>(
    [...inputs, ...requests],
    (previous, previousInputs) => {
      let selected = selectedIds(previous);
      requests.forEach((request, index) => {
        const before = previousInputs?.[inputs.length + index];
        if (request !== null && request !== before) selected = new Set(request.ids);
      });
      return reuseUnchangedNodes(previous, build(selected));
    },
  );
}

/** One shared, empty data object for lines: what a line shows is read from the store by id. */
export const NO_LINE_DATA: Record<string, never> = {};

/** The lines of an editable canvas, rebuilt when `items` change, keeping what is selected. */
export function useCanvasEdges<Item, EdgeType extends Edge>(
  items: Item,
  build: (selected: ReadonlySet<string>) => EdgeType[],
): [EdgeType[], Dispatch<SetStateAction<EdgeType[]>>] {
  return useRebuiltState<readonly [Item], EdgeType[]>([items], (previous) =>
    reuseUnchangedEdges(previous, build(selectedIds(previous))),
  );
}

/**
 * React Flow's node changes applied to the local cards, and each settled move (a drag that
 * ended, a keyboard move) handed to `onMoved` once, to save as one undo step.
 */
export function useNodeChanges<NodeType extends Node>(
  setNodes: Dispatch<SetStateAction<NodeType[]>>,
  onMoved: (moved: ReadonlyMap<string, XYPosition>) => void,
): (changes: NodeChange<NodeType>[]) => void {
  return useCallback(
    (changes: NodeChange<NodeType>[]) => {
      setNodes((current) => applyNodeChanges(changes, current));
      const moved = committedPositions(changes);
      if (moved.size > 0) onMoved(moved);
    },
    [setNodes, onMoved],
  );
}

/** React Flow's edge changes (selection) applied to the local lines. */
export function useEdgeChanges<EdgeType extends Edge>(
  setEdges: Dispatch<SetStateAction<EdgeType[]>>,
): (changes: EdgeChange<EdgeType>[]) => void {
  return useCallback(
    (changes: EdgeChange<EdgeType>[]) => setEdges((current) => applyEdgeChanges(changes, current)),
    [setEdges],
  );
}
