import type { Node, NodeChange, XYPosition } from '@xyflow/react';

/**
 * The moves a batch of React Flow node changes settles: a drag that ended or a keyboard
 * move. Positions reported mid-drag are left out, so a drag is saved once, as one undo step.
 */
export function committedPositions<NodeType extends Node>(
  changes: readonly NodeChange<NodeType>[],
): Map<string, XYPosition> {
  const moved = new Map<string, XYPosition>();
  for (const change of changes) {
    if (change.type !== 'position' || change.position === undefined || change.dragging === true) continue;
    moved.set(change.id, { x: Math.round(change.position.x), y: Math.round(change.position.y) });
  }
  return moved;
}
