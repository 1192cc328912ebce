import type { Draft } from 'immer';
import { MarkerType, type Edge, type Node, type NodeProps, type NodeTypes } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { byId, changeLineName } from '../../../../shared/canvases/accessible-names';
import { useShallow } from 'zustand/react/shallow';
import { defaultStepPosition, ownerLabel } from '../../../../shared/canvases/canvas-graph';
import { WORKFLOW_CHANGE_STATUS_LABELS } from '../../../../shared/canvases/labels';
import type { WorkflowChange, Workshop } from '../../../../shared/workshop';
import { useAppStore } from '../../../app/store/store-context';
import { LaneBackdrop, laneBackdropNodes, type LaneBackdropNode } from '../../../canvases/backdrops';
import { StepCard } from '../../../canvases/cards';
import { CanvasSurface } from '../../canvas/canvas-surface';
import { EditOnDoubleClick } from '../../canvas/inline-text-editor';
import { NO_LINE_DATA, useCanvasEdges, useCanvasNodes } from '../../canvas/canvas-elements';
import { useCanvasEditing, type CanvasEditRules } from '../shared/canvas-editing';
import type { EditableCanvasProps } from '../shared/canvas-stage';
import { useRecord } from '../shared/use-record';
import { addStep, laneAt, linkSteps, placeSteps, removeChanges, removeSteps } from './workflow-edits';
import { text } from '../../../../shared/text';
import { NO_ITEMS } from '../shared/use-workshop';

type StepNode = Node<Record<string, never>, 'step'>;
type WorkflowNode = StepNode | LaneBackdropNode;
type ChangeEdge = Edge<Record<string, never>>;

const selectSteps = (workshop: Draft<Workshop>) => workshop.workflow.steps;

/** How the workflow canvas writes the workshop: moves along and across lanes, new steps, links. */
const WORKFLOW_RULES: CanvasEditRules = {
  place: placeSteps,
  add: (draft, position) => addStep(draft, laneAt(position.y), position),
  connect: (draft, source, target) => void linkSteps(draft, source, target),
  remove: removeSteps,
  removeLines: removeChanges,
};

/** One step card, subscribed to that step only. */
const StepNodeView = memo(function StepNodeView({ id }: NodeProps<StepNode>) {
  const { item: step, bind } = useRecord(selectSteps, id);
  const owner = useAppStore((state) =>
    step === undefined || state.workshop === null ? '' : ownerLabel(step.owner, state.workshop),
  );
  if (step === undefined) return null;
  const title = bind('title');
  return (
    <EditOnDoubleClick
      label={text('stage.workflow.titleOfValue1', { value1: step.title.trim() || 'this step' })}
      value={title.value}
      onCommit={title.onValueChange}
    >
      {(editor) => <StepCard card={{ ...step, owner }} connectable titleEditor={editor} />}
    </EditOnDoubleClick>
  );
});

const NODE_TYPES: NodeTypes = { step: StepNodeView, laneBackdrop: LaneBackdrop };

/** "id|lane|order" per step: what placing the cards depends on. */
function stepKeys(workshop: Workshop | null): string[] {
  return workshop === null
    ? []
    : workshop.workflow.steps.map((step) => `${step.id}|${step.lane}|${step.order}`);
}

/** What is selected on the workflow canvas, for the side panel. */
export interface WorkflowSelection {
  readonly stepIds: readonly string[];
  readonly changeIds: readonly string[];
}

function changeEdge(change: WorkflowChange, selected: boolean, name: string): ChangeEdge | null {
  if (change.fromStepId === null || change.toStepId === null) return null;
  return {
    id: change.id,
    source: change.fromStepId,
    target: change.toStepId,
    label: WORKFLOW_CHANGE_STATUS_LABELS[change.status],
    // Screen readers name the line by its two steps.
    ariaLabel: name,
    className: 'canvas-edge canvas-edge--change',
    markerEnd: { type: MarkerType.ArrowClosed },
    selected,
    data: NO_LINE_DATA,
  };
}

/**
 * The workflow co-design canvas: today's steps in the top lane, the steps with the AI in the
 * bottom lane, and a change link from each step of today to what replaces it. Dragging a
 * card along a lane reorders the lane; dropping it in the other lane moves it there.
 */
export function WorkflowCanvas(props: EditableCanvasProps<WorkflowSelection>) {
  const { onSelectionChange, focusRequest, fitRequest, onAdded } = props;
  const keys = useAppStore(useShallow((state) => stepKeys(state.workshop)));
  const positions = useAppStore((state) => state.workshop?.layout.workflow.positions);
  const changes = useAppStore((state) => state.workshop?.workflow.changes ?? NO_ITEMS);
  const allSteps = useAppStore((state) => state.workshop?.workflow.steps ?? NO_ITEMS);
  // The lines are named after the steps they connect: rebuilt when either changes.
  const lineSources = useMemo(() => [changes, allSteps] as const, [changes, allSteps]);
  const nodeState = useCanvasNodes<WorkflowNode>([keys, positions], [focusRequest], (selected) => {
    const steps = keys
      .map((key) => {
        const [id = '', lane = 'current', order = '0'] = key.split('|');
        return {
          id,
          lane: lane === 'future' ? ('future' as const) : ('current' as const),
          order: Number(order),
        };
      })
      .sort((left, right) => left.order - right.order);
    const laneIndex = { current: 0, future: 0 };
    const stepNodes: StepNode[] = steps.map((step) => ({
      id: step.id,
      type: 'step',
      position: positions?.[step.id] ?? defaultStepPosition(step.lane, laneIndex[step.lane]++),
      data: {},
      selected: selected.has(step.id),
    }));
    const rightmost = Math.max(0, ...stepNodes.map((node) => node.position.x));
    return [...laneBackdropNodes(rightmost), ...stepNodes];
  });
  const edgeState = useCanvasEdges(lineSources, (selected) => {
    const steps = byId(allSteps);
    return changes.flatMap(
      (change) => changeEdge(change, selected.has(change.id), changeLineName(change, steps)) ?? [],
    );
  });

  const editing = useCanvasEditing(WORKFLOW_RULES, nodeState, edgeState, {
    onAdded,
    cardType: 'step',
    onSelect: (stepIds, changeIds) => onSelectionChange({ stepIds, changeIds }),
    fitRequest,
  });

  return <CanvasSurface canvas="workflow" nodeTypes={NODE_TYPES} {...editing} itemCount={keys.length} />;
}
