/**
 * What a screen reader calls the cards and lines of a canvas: by the people, steps and
 * systems they stand for ("Ana Lopez influences Ben Okafor"), never by their ids. The
 * cockpit's editable canvases (from the workshop) and the read-only ones (from the graph:
 * audience screen, thumbnail, Word pictures) build the same sentences here.
 */
import type { Relationship, Stakeholder, WorkflowChange, WorkflowStep } from '../workshop';
import type { CanvasGraph, CanvasGraphEdge, CanvasGraphNode } from './canvas-graph';
import { RELATIONSHIP_LABELS, WORKFLOW_CHANGE_STATUS_LABELS } from './labels';

type LineKind = CanvasGraphEdge['kind'];

/**
 * One line as a sentence: "Ana Lopez influences Ben Okafor", "Keying in claims changes to
 * The AI sorts claims (agreed)", "Claims system feeds Claims triage assistant".
 */
export function lineName(kind: LineKind, from: string, words: string, to: string): string {
  if (kind === 'relationship') return `${from} ${words} ${to}`;
  if (kind === 'change') return `${from} changes to ${to}${words === '' ? '' : ` (${words.toLowerCase()})`}`;
  return `${from} feeds ${to}`;
}

/** A person on the map by name (or role). */
export function stakeholderName(stakeholder: Pick<Stakeholder, 'name' | 'role'> | undefined): string {
  if (stakeholder === undefined) return 'someone no longer on the map';
  return stakeholder.name.trim() || stakeholder.role.trim() || 'someone with no name yet';
}

/** A workflow step by its title. */
export function stepTitle(step: Pick<WorkflowStep, 'title'> | undefined): string {
  if (step === undefined) return 'a step no longer on the canvas';
  return step.title.trim() || 'an untitled step';
}

/** A data source by its system's name. */
export function systemName(system: string): string {
  return system.trim() || 'a system with no name yet';
}

/** Records by id, to name many lines at once without a search for each. */
export function byId<Item extends { readonly id: string }>(
  items: readonly Item[],
): ReadonlyMap<string, Item> {
  return new Map(items.map((item) => [item.id, item]));
}

/** The AI system on the data map: the initiative's name, or "The AI system". */
export function aiSystemTitle(initiative: string): string {
  return initiative.trim() || 'The AI system';
}

/** A relationship on the stakeholder map, from the workshop. */
export function relationshipLineName(
  relationship: Pick<Relationship, 'from' | 'to' | 'type' | 'label'>,
  stakeholders: ReadonlyMap<string, Pick<Stakeholder, 'name' | 'role'>>,
): string {
  const person = (id: string) => stakeholderName(stakeholders.get(id));
  const words = relationship.label.trim() || RELATIONSHIP_LABELS[relationship.type];
  return lineName('relationship', person(relationship.from), words, person(relationship.to));
}

/** A change on the workflow canvas, from the workshop. */
export function changeLineName(
  change: Pick<WorkflowChange, 'fromStepId' | 'toStepId' | 'status'>,
  steps: ReadonlyMap<string, Pick<WorkflowStep, 'title'>>,
): string {
  const step = (id: string | null) => stepTitle(id === null ? undefined : steps.get(id));
  return lineName(
    'change',
    step(change.fromStepId),
    WORKFLOW_CHANGE_STATUS_LABELS[change.status],
    step(change.toStepId),
  );
}

/** A card of a canvas graph by what it stands for. */
export function graphNodeName(node: CanvasGraphNode | undefined): string {
  if (node === undefined) return 'a card no longer on the canvas';
  if (node.type === 'stakeholder') return stakeholderName(node);
  if (node.type === 'step') return stepTitle(node);
  if (node.type === 'dataSource') return systemName(node.system);
  return node.title;
}

/** A line of a canvas graph, by the cards it connects. */
export function graphEdgeName(graph: Pick<CanvasGraph, 'nodes'>, edge: CanvasGraphEdge): string {
  const card = (id: string) => graphNodeName(graph.nodes.find((node) => node.id === id));
  return lineName(edge.kind, card(edge.source), edge.label, card(edge.target));
}
