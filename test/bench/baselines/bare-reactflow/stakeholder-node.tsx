/**
 * The baseline's node: name and role in a box with a handle above and below — about the
 * size of a stakeholder card, written as React Flow's custom-node guide shows.
 */
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';

/** A stakeholder node of the baseline. */
export type StakeholderNode = Node<{ name: string; role: string }, 'stakeholder'>;

export const StakeholderNodeView = memo(function StakeholderNodeView({ data }: NodeProps<StakeholderNode>) {
  return (
    <div className="stakeholder-node">
      <Handle type="target" position={Position.Top} />
      <strong className="stakeholder-node__name">{data.name}</strong>
      <span className="stakeholder-node__role">{data.role}</span>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});
