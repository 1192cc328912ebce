import type { Edge, Node } from '@xyflow/react';

/** What a key pressed on a canvas asks for: the parts of the surface's keyboard rules. */
interface CanvasKeyPress {
  readonly key: string;
  readonly target: EventTarget;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly defaultPrevented: boolean;
}

const ARROW_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** True for a field the facilitator types in, where Delete and Backspace edit text. */
function isTextEntry(target: EventTarget): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** The id of the card an arrow key moves (React Flow moves it), or null for any other key. */
export function cardMovedByKey(event: CanvasKeyPress): string | null {
  const { target } = event;
  if (!ARROW_KEYS.has(event.key) || !(target instanceof HTMLElement)) return null;
  if (!target.classList.contains('react-flow__node')) return null;
  return target.dataset.id ?? null;
}

/**
 * The cards and lines Delete or Backspace removes: the selected ones that may be deleted;
 * null when the key is not a delete, comes with a modifier, is typed into a field, or
 * nothing deletable is selected.
 */
export function deletedByKey<NodeType extends Node, EdgeType extends Edge>(
  event: CanvasKeyPress,
  nodes: readonly NodeType[],
  edges: readonly EdgeType[],
): { nodes: NodeType[]; edges: EdgeType[] } | null {
  if (event.defaultPrevented) return null;
  if (event.key !== 'Delete' && event.key !== 'Backspace') return null;
  if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return null;
  const chosenNodes = nodes.filter((node) => node.selected === true && node.deletable !== false);
  const chosenEdges = edges.filter((edge) => edge.selected === true && edge.deletable !== false);
  if (chosenNodes.length === 0 && chosenEdges.length === 0) return null;
  return { nodes: chosenNodes, edges: chosenEdges };
}
