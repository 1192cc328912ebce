import type { Edge, Node } from '@xyflow/react';

/**
 * Keeps the node objects React Flow already has wherever a rebuilt node is the same (same
 * place, same selection, same data), so saving one drag re-renders the cards that moved and
 * not all five hundred. React Flow compares nodes by identity.
 */
export function reuseUnchangedNodes<NodeType extends Node>(
  previous: readonly NodeType[] | undefined,
  next: NodeType[],
): NodeType[] {
  if (previous === undefined || previous.length === 0) return next;
  const before = new Map(previous.map((node) => [node.id, node]));
  let changed = previous.length !== next.length;
  const result = next.map((node, index) => {
    const old = before.get(node.id);
    if (
      old !== undefined &&
      old.type === node.type &&
      old.position.x === node.position.x &&
      old.position.y === node.position.y &&
      Boolean(old.selected) === Boolean(node.selected) &&
      shallowEqual(old.data, node.data)
    ) {
      if (previous[index] !== old) changed = true;
      return old;
    }
    changed = true;
    return node;
  });
  return changed ? result : (previous as NodeType[]);
}

/** The same for edges: same ends, same label and look, same selection. */
export function reuseUnchangedEdges<EdgeType extends Edge>(
  previous: readonly EdgeType[] | undefined,
  next: EdgeType[],
): EdgeType[] {
  if (previous === undefined || previous.length === 0) return next;
  const before = new Map(previous.map((edge) => [edge.id, edge]));
  return next.map((edge) => {
    const old = before.get(edge.id);
    return old !== undefined &&
      old.source === edge.source &&
      old.target === edge.target &&
      old.label === edge.label &&
      old.ariaLabel === edge.ariaLabel &&
      old.className === edge.className &&
      Boolean(old.selected) === Boolean(edge.selected)
      ? old
      : edge;
  });
}

function shallowEqual(left: object, right: object): boolean {
  const leftKeys = Object.keys(left);
  if (leftKeys.length !== Object.keys(right).length) return false;
  return leftKeys.every(
    (key) => (left as Record<string, unknown>)[key] === (right as Record<string, unknown>)[key],
  );
}
