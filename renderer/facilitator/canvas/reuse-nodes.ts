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
  const result = reuseUnchanged(previous, next, sameNode);
  const allReused =
    previous !== undefined &&
    previous.length > 0 &&
    result.length === previous.length &&
    result.every((node, index) => node === previous[index]);
  return allReused ? (previous as NodeType[]) : result;
}

/** The same for edges: same ends, same label and look, same selection. */
export function reuseUnchangedEdges<EdgeType extends Edge>(
  previous: readonly EdgeType[] | undefined,
  next: EdgeType[],
): EdgeType[] {
  return reuseUnchanged(previous, next, sameEdge);
}

function sameNode(old: Node, node: Node): boolean {
  return (
    old.type === node.type &&
    old.position.x === node.position.x &&
    old.position.y === node.position.y &&
    Boolean(old.selected) === Boolean(node.selected) &&
    shallowEqual(old.data, node.data)
  );
}

function sameEdge(old: Edge, edge: Edge): boolean {
  return (
    old.source === edge.source &&
    old.target === edge.target &&
    old.label === edge.label &&
    old.ariaLabel === edge.ariaLabel &&
    old.className === edge.className &&
    Boolean(old.selected) === Boolean(edge.selected)
  );
}

/** `next`, each item replaced by the previous one of its id when `same` says they match. */
function reuseUnchanged<Item extends { readonly id: string }>(
  previous: readonly Item[] | undefined,
  next: Item[],
  same: (old: Item, item: Item) => boolean,
): Item[] {
  if (previous === undefined || previous.length === 0) return next;
  const before = new Map(previous.map((item) => [item.id, item]));
  return next.map((item) => {
    const old = before.get(item.id);
    return old !== undefined && same(old, item) ? old : item;
  });
}

function shallowEqual(left: object, right: object): boolean {
  const leftKeys = Object.keys(left);
  if (leftKeys.length !== Object.keys(right).length) return false;
  return leftKeys.every(
    (key) => (left as Record<string, unknown>)[key] === (right as Record<string, unknown>)[key],
  );
}
