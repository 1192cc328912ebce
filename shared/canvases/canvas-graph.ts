import type {
  CanvasName,
  DataReadiness,
  FeedType,
  OwnerRef,
  Position,
  Stakeholder,
  WorkflowLane,
  Workshop,
} from '../workshop';
import { aiSystemTitle } from './accessible-names';
import { gridPlacement } from './influence-grid';
import { CANVAS_LABELS, RELATIONSHIP_LABELS, WORKFLOW_CHANGE_STATUS_LABELS } from './labels';

/**
 * A canvas as a plain graph of what it shows: what the audience screen draws read-only and
 * what the Word plan's pictures are rendered from. It is built from the document by the
 * functions below and carries only what is drawn — never notes, concerns or workarounds.
 *
 * Plain types and functions only, so the facilitator's first screen loads without zod; the
 * schema that checks a graph crossing to the host is in `canvas-graph-schema.ts`.
 */

interface Placed {
  id: string;
  x: number;
  y: number;
}

/** One card on a canvas. */
export type CanvasGraphNode =
  | (Placed & {
      type: 'stakeholder';
      name: string;
      role: string;
      team: string;
      kind: Stakeholder['kind'];
      stance: Stakeholder['stance'];
      impact: number;
      influence: number;
      isCoDesigner: boolean;
    })
  | (Placed & { type: 'step'; lane: WorkflowLane; title: string; team: string; owner: string })
  | (Placed & {
      type: 'dataSource';
      system: string;
      owner: string;
      readiness: DataReadiness;
      feedType: FeedType;
      automated: boolean;
    })
  | (Placed & { type: 'aiSystem'; title: string });

/** One line on a canvas. */
export interface CanvasGraphEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  kind: 'relationship' | 'change' | 'flow';
}

/** A whole canvas. */
export interface CanvasGraph {
  canvas: CanvasName;
  title: string;
  nodes: CanvasGraphNode[];
  edges: CanvasGraphEdge[];
}

/** The id of the node that stands for the AI system on the data map. */
export const AI_SYSTEM_NODE_ID = 'ai-system';

/** Spacing of automatically placed nodes, in canvas units. */
export const AUTO_SPACING = { x: 260, y: 150 } as const;

/** Where an item nobody has placed yet goes on the stakeholder map: rows of six. */
export function defaultMapPosition(index: number): Position {
  return { x: (index % 6) * AUTO_SPACING.x, y: Math.floor(index / 6) * AUTO_SPACING.y };
}

/** The top of each workflow lane, in canvas units. */
export const LANE_TOP: Readonly<Record<WorkflowLane, number>> = {
  current: 0,
  future: 320,
};

/** The height of a workflow lane, in canvas units. */
export const LANE_HEIGHT = 260;

/** Where a workflow step nobody has placed yet goes: in its lane, in step order. */
export function defaultStepPosition(lane: WorkflowLane, index: number): Position {
  return { x: 40 + index * AUTO_SPACING.x, y: LANE_TOP[lane] + 70 };
}

/** Where a data source nobody has placed yet goes on the data map: one column. */
export function defaultSourcePosition(index: number): Position {
  return { x: 0, y: index * 120 };
}

/** Where the AI system goes on the data map when nobody has placed it: right of the sources. */
export function defaultAiSystemPosition(sourceCount: number): Position {
  return { x: 480, y: Math.max(0, ((sourceCount - 1) * 120) / 2) };
}

/** The name of an owner as the canvases show it; empty when nobody owns it yet. */
export function ownerLabel(
  owner: OwnerRef,
  workshop: Pick<Workshop, 'participants' | 'stakeholders'>,
): string {
  switch (owner.kind) {
    case 'named':
      return owner.name;
    case 'participant':
      return workshop.participants.find((participant) => participant.id === owner.participantId)?.name ?? '';
    case 'stakeholder':
      return workshop.stakeholders.find((stakeholder) => stakeholder.id === owner.stakeholderId)?.name ?? '';
    case 'none':
      return '';
  }
}

/** The stakeholder map: every stakeholder where the facilitator put them, and how they are connected. */
function stakeholderMapGraph(workshop: Workshop): CanvasGraph {
  const positions = workshop.layout.stakeholders.positions;
  return {
    canvas: 'stakeholders',
    title: CANVAS_LABELS.stakeholders,
    nodes: workshop.stakeholders.map((stakeholder, index) => ({
      type: 'stakeholder',
      id: stakeholder.id,
      ...(positions[stakeholder.id] ?? defaultMapPosition(index)),
      name: stakeholder.name,
      role: stakeholder.role,
      team: stakeholder.team,
      kind: stakeholder.kind,
      stance: stakeholder.stance,
      impact: stakeholder.impact,
      influence: stakeholder.influence,
      isCoDesigner: stakeholder.isCoDesigner,
    })),
    edges: workshop.relationships.map((relationship) => ({
      id: relationship.id,
      source: relationship.from,
      target: relationship.to,
      label: relationship.label.trim() || RELATIONSHIP_LABELS[relationship.type],
      kind: 'relationship',
    })),
  };
}

/** The influence × impact grid: every stakeholder in the cell of their scores. */
function influenceGridGraph(workshop: Workshop): CanvasGraph {
  const map = stakeholderMapGraph(workshop);
  const placement = gridPlacement(workshop.stakeholders);
  return {
    canvas: 'influenceGrid',
    title: CANVAS_LABELS.influenceGrid,
    nodes: map.nodes.map((node) => ({ ...node, ...placement.get(node.id as never) })),
    edges: [],
  };
}

/** The workflow: current and future steps in their lanes, and the changes between them. */
function workflowGraph(workshop: Workshop): CanvasGraph {
  const positions = workshop.layout.workflow.positions;
  const nodes: CanvasGraphNode[] = [];
  for (const lane of ['current', 'future'] as const) {
    const steps = workshop.workflow.steps
      .filter((step) => step.lane === lane)
      .sort((left, right) => left.order - right.order);
    steps.forEach((step, index) => {
      nodes.push({
        type: 'step',
        id: step.id,
        ...(positions[step.id] ?? defaultStepPosition(lane, index)),
        lane,
        title: step.title,
        team: step.team,
        owner: ownerLabel(step.owner, workshop),
      });
    });
  }
  const edges: CanvasGraphEdge[] = [];
  for (const change of workshop.workflow.changes) {
    if (change.fromStepId === null || change.toStepId === null) continue;
    edges.push({
      id: change.id,
      source: change.fromStepId,
      target: change.toStepId,
      label: WORKFLOW_CHANGE_STATUS_LABELS[change.status],
      kind: 'change',
    });
  }
  return { canvas: 'workflow', title: CANVAS_LABELS.workflow, nodes, edges };
}

/** The data map: each data source flowing into the AI system, with its readiness. */
function dataMapGraph(workshop: Workshop): CanvasGraph {
  const positions = workshop.layout.dataMap.positions;
  const sources: CanvasGraphNode[] = workshop.dataSources.map((source, index) => ({
    type: 'dataSource',
    id: source.id,
    ...(positions[source.id] ?? defaultSourcePosition(index)),
    system: source.system,
    owner: ownerLabel(source.owner, workshop),
    readiness: source.readiness,
    feedType: source.feedType,
    automated: source.automated,
  }));
  const aiSystem: CanvasGraphNode = {
    type: 'aiSystem',
    id: AI_SYSTEM_NODE_ID,
    ...(positions[AI_SYSTEM_NODE_ID] ?? defaultAiSystemPosition(sources.length)),
    title: aiSystemTitle(workshop.meta.initiative),
  };
  return {
    canvas: 'dataMap',
    title: CANVAS_LABELS.dataMap,
    nodes: [...sources, aiSystem],
    edges: workshop.dataSources.map((source) => ({
      id: `flow-${source.id}`,
      source: source.id,
      target: AI_SYSTEM_NODE_ID,
      label: '',
      kind: 'flow',
    })),
  };
}

const BUILDERS: Readonly<Record<CanvasName, (workshop: Workshop) => CanvasGraph>> = {
  stakeholders: stakeholderMapGraph,
  influenceGrid: influenceGridGraph,
  workflow: workflowGraph,
  dataMap: dataMapGraph,
};

/** One canvas of a workshop as a plain graph. */
export function canvasGraph(workshop: Workshop, canvas: CanvasName): CanvasGraph {
  return BUILDERS[canvas](workshop);
}
