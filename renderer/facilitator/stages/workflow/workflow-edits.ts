import type { Draft } from 'immer';
import { withoutKeys } from '../../canvas/without-keys';
import { defaultStepPosition, LANE_TOP } from '../../../../shared/canvases/canvas-graph';
import {
  newId,
  type Position,
  type WorkflowChangeId,
  type WorkflowLane,
  type WorkflowStepId,
  type Workshop,
} from '../../../../shared/workshop';

/**
 * What the workflow canvas does to the document, as immer recipes: each one runs inside one
 * `editWorkshop`, so each is one undo step.
 */

/** Steps of a lane in their running order. */
function laneSteps(draft: Draft<Workshop>, lane: WorkflowLane) {
  return draft.workflow.steps
    .filter((step) => step.lane === lane)
    .sort((left, right) => left.order - right.order);
}

/** Gives the steps of a lane the orders 0, 1, 2… in the order given. */
function renumber(steps: readonly { order: number }[]): void {
  steps.forEach((step, index) => {
    step.order = index;
  });
}

/** Adds an empty step at the end of a lane, placed after the lane's last card. */
export function addStep(
  draft: Draft<Workshop>,
  lane: WorkflowLane,
  position: Position,
  id = newId<WorkflowStepId>(),
): WorkflowStepId {
  const steps = laneSteps(draft, lane);
  draft.workflow.steps.push({
    id,
    lane,
    title: '',
    team: '',
    owner: { kind: 'none' },
    order: steps.length === 0 ? 0 : Math.max(...steps.map((step) => step.order)) + 1,
  });
  draft.layout.workflow.positions[id] = { x: position.x, y: position.y };
  return id;
}

/** Removes steps, their places on the canvas, and the changes that start or end at them. */
export function removeSteps(draft: Draft<Workshop>, ids: ReadonlySet<string>): void {
  if (ids.size === 0) return;
  draft.workflow.steps = draft.workflow.steps.filter((step) => !ids.has(step.id));
  draft.workflow.changes = draft.workflow.changes.filter(
    (change) =>
      (change.fromStepId === null || !ids.has(change.fromStepId)) &&
      (change.toStepId === null || !ids.has(change.toStepId)),
  );
  draft.layout.workflow.positions = withoutKeys(draft.layout.workflow.positions, ids);
  for (const lane of ['current', 'future'] as const) renumber(laneSteps(draft, lane));
}

/** Removes changes by id. */
export function removeChanges(draft: Draft<Workshop>, ids: ReadonlySet<string>): void {
  if (ids.size === 0) return;
  draft.workflow.changes = draft.workflow.changes.filter((change) => !ids.has(change.id));
}

/**
 * Links a step of today's workflow to the step that replaces it with the AI. Refuses links
 * that do not go from "Today" to "With the AI" and a second link between the same steps;
 * answers the new change's id, or null.
 */
export function linkSteps(
  draft: Draft<Workshop>,
  fromStepId: string,
  toStepId: string,
  id = newId<WorkflowChangeId>(),
): WorkflowChangeId | null {
  const from = draft.workflow.steps.find((step) => step.id === fromStepId);
  const to = draft.workflow.steps.find((step) => step.id === toStepId);
  if (from === undefined || to === undefined || from.lane !== 'current' || to.lane !== 'future') return null;
  if (draft.workflow.changes.some((change) => change.fromStepId === from.id && change.toStepId === to.id))
    return null;
  draft.workflow.changes.push({
    id,
    fromStepId: from.id,
    toStepId: to.id,
    description: '',
    affectedTeam: from.team,
    coDesignerStakeholderId: null,
    concern: '',
    likelyWorkaround: '',
    status: 'proposed',
  });
  return id;
}

/** The lane a card dropped at `y` (its top edge) belongs to. */
export function laneAt(y: number): WorkflowLane {
  return y + 40 < LANE_TOP.future ? 'current' : 'future';
}

/**
 * Settles steps that were moved on the canvas: saves where they are, moves a step dropped in
 * the other lane to that lane (dropping the links that no longer go from today to the
 * future), and renumbers each lane left to right, so the plan lists the steps in the order
 * the room sees them.
 */
export function placeSteps(draft: Draft<Workshop>, moved: ReadonlyMap<string, Position>): void {
  // Where every card is drawn before the move: cards nobody placed sit at their lane's
  // default places, counted before any step joins or leaves the lane.
  const drawnX = new Map<string, number>();
  for (const lane of ['current', 'future'] as const) {
    laneSteps(draft, lane).forEach((step, index) => {
      drawnX.set(step.id, (draft.layout.workflow.positions[step.id] ?? defaultStepPosition(lane, index)).x);
    });
  }
  let laneChanged = false;
  for (const [id, position] of moved) {
    const step = draft.workflow.steps.find((item) => item.id === id);
    if (step === undefined) continue;
    draft.layout.workflow.positions[id] = { x: position.x, y: position.y };
    drawnX.set(id, position.x);
    const lane = laneAt(position.y);
    if (lane !== step.lane) {
      step.lane = lane;
      laneChanged = true;
    }
  }
  if (laneChanged) {
    const lanes = new Map(draft.workflow.steps.map((step) => [step.id as string, step.lane]));
    draft.workflow.changes = draft.workflow.changes.filter(
      (change) =>
        (change.fromStepId === null || lanes.get(change.fromStepId) === 'current') &&
        (change.toStepId === null || lanes.get(change.toStepId) === 'future'),
    );
  }
  for (const lane of ['current', 'future'] as const) {
    renumber(
      laneSteps(draft, lane).sort(
        (left, right) => (drawnX.get(left.id) ?? 0) - (drawnX.get(right.id) ?? 0) || left.order - right.order,
      ),
    );
  }
}
