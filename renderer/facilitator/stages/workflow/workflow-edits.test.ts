import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { AUTO_SPACING, defaultStepPosition, LANE_TOP } from '../../../../shared/canvases/canvas-graph';
import {
  parseWorkshopFile,
  serialiseWorkshop,
  type Position,
  type WorkflowChangeId,
  type WorkflowLane,
  type WorkflowStep,
  type WorkflowStepId,
  type Workshop,
} from '../../../../shared/workshop';
import { aWorkflowChange, aWorkflowStep, aWorkshop, fixtureId } from '../../../../test/fixtures/builders';
import { addStep, laneAt, linkSteps, placeSteps, removeChanges, removeSteps } from './workflow-edits';

/** Where a card sits in each lane when it is dropped well inside it. */
const LANE_Y: Readonly<Record<WorkflowLane, number>> = {
  current: LANE_TOP.current + 70,
  future: LANE_TOP.future + 70,
};

function step(id: string, lane: WorkflowLane, order: number, overrides: Partial<WorkflowStep> = {}) {
  return aWorkflowStep({ id: fixtureId(id), lane, order, title: id, ...overrides });
}

/**
 * Today: intake → check → pay. With the AI: triage → review. Intake becomes triage, check
 * becomes review; every step placed where the canvas shows it.
 */
function aWorkflowWorkshop(): Workshop {
  const steps = [
    step('intake', 'current', 0, { team: 'Claims' }),
    step('check', 'current', 1, { team: 'Fraud' }),
    step('pay', 'current', 2, { team: 'Finance' }),
    step('triage', 'future', 0),
    step('review', 'future', 1),
  ];
  const base = aWorkshop({
    workflow: {
      steps,
      changes: [
        aWorkflowChange({
          id: fixtureId('intake-triage'),
          fromStepId: fixtureId('intake'),
          toStepId: fixtureId('triage'),
        }),
        aWorkflowChange({
          id: fixtureId('check-review'),
          fromStepId: fixtureId('check'),
          toStepId: fixtureId('review'),
        }),
      ],
    },
  });
  const positions: Record<string, Position> = {};
  for (const lane of ['current', 'future'] as const) {
    steps
      .filter((item) => item.lane === lane)
      .forEach((item) => {
        positions[item.id] = defaultStepPosition(lane, item.order);
      });
  }
  return {
    ...base,
    layout: { ...base.layout, workflow: { ...base.layout.workflow, positions } },
  };
}

/** The step ids of a lane in running order. */
function lane(workshop: Workshop, which: WorkflowLane): string[] {
  return workshop.workflow.steps
    .filter((item) => item.lane === which)
    .sort((left, right) => left.order - right.order)
    .map((item) => item.id);
}

/** The orders of a lane, sorted: 0..n-1 when the lane is numbered as it should be. */
function orders(workshop: Workshop, which: WorkflowLane): number[] {
  return workshop.workflow.steps
    .filter((item) => item.lane === which)
    .map((item) => item.order)
    .sort((left, right) => left - right);
}

function expectNumberedLanes(workshop: Workshop): void {
  for (const which of ['current', 'future'] as const) {
    const count = workshop.workflow.steps.filter((item) => item.lane === which).length;
    expect(orders(workshop, which)).toEqual(Array.from({ length: count }, (_, index) => index));
  }
}

function expectChangesGoFromTodayToTheFuture(workshop: Workshop): void {
  const lanes = new Map(workshop.workflow.steps.map((item) => [item.id as string, item.lane]));
  for (const change of workshop.workflow.changes) {
    expect(lanes.get(change.fromStepId ?? ''), `change ${change.id} starts today`).toBe('current');
    expect(lanes.get(change.toStepId ?? ''), `change ${change.id} ends with the AI`).toBe('future');
  }
}

/** The document still opens after the edit (the recipes must keep it valid). */
function expectValid(workshop: Workshop): void {
  const reopened = parseWorkshopFile(serialiseWorkshop(workshop), 'edited.readyroom');
  expect(reopened.ok, reopened.ok ? '' : reopened.problem.message).toBe(true);
}

function place(workshop: Workshop, moves: Record<string, Position>): Workshop {
  return produce(workshop, (draft) => placeSteps(draft, new Map(Object.entries(moves))));
}

describe('addStep', () => {
  it('adds an empty step after the last step of its lane, at the place given', () => {
    let added: WorkflowStepId | undefined;
    const workshop = produce(aWorkflowWorkshop(), (draft) => {
      added = addStep(draft, 'current', { x: 820, y: 70 }, fixtureId('new-step'));
    });
    expect(added).toBe('new-step');
    expect(workshop.workflow.steps.at(-1)).toEqual({
      id: 'new-step',
      lane: 'current',
      title: '',
      team: '',
      owner: { kind: 'none' },
      order: 3,
    });
    expect(lane(workshop, 'current')).toEqual(['intake', 'check', 'pay', 'new-step']);
    expect(workshop.layout.workflow.positions['new-step']).toEqual({ x: 820, y: 70 });
    expectValid(workshop);
  });

  it('numbers after the highest order even when the lane has gaps, and starts an empty lane at 0', () => {
    const gappy = aWorkshop({
      workflow: { steps: [step('a', 'future', 0), step('b', 'future', 7)], changes: [] },
    });
    const workshop = produce(gappy, (draft) => {
      addStep(draft, 'future', { x: 0, y: 390 }, fixtureId('after-gap'));
      addStep(draft, 'current', { x: 40, y: 70 }, fixtureId('first-today'));
    });
    expect(workshop.workflow.steps.find((item) => item.id === 'after-gap')?.order).toBe(8);
    expect(workshop.workflow.steps.find((item) => item.id === 'first-today')?.order).toBe(0);
  });

  it('gives each new step a fresh id when none is given', () => {
    const ids: WorkflowStepId[] = [];
    const workshop = produce(aWorkshop(), (draft) => {
      ids.push(addStep(draft, 'current', { x: 0, y: 70 }), addStep(draft, 'current', { x: 260, y: 70 }));
    });
    expect(new Set(ids).size).toBe(2);
    expect(lane(workshop, 'current')).toEqual(ids);
    expectValid(workshop);
  });
});

describe('removeSteps', () => {
  it('removes the steps, their places and every change starting or ending at them, and renumbers the lanes', () => {
    const workshop = produce(aWorkflowWorkshop(), (draft) =>
      removeSteps(draft, new Set(['check', 'triage'])),
    );
    expect(lane(workshop, 'current')).toEqual(['intake', 'pay']);
    expect(lane(workshop, 'future')).toEqual(['review']);
    expectNumberedLanes(workshop);
    // Both changes touched a removed step: intake→triage ends at one, check→review starts at one.
    expect(workshop.workflow.changes).toEqual([]);
    expect(Object.keys(workshop.layout.workflow.positions).sort()).toEqual(['intake', 'pay', 'review']);
    expectValid(workshop);
  });

  it('keeps changes that do not touch the removed steps, and changes with an open end', () => {
    const before = produce(aWorkflowWorkshop(), (draft) => {
      draft.workflow.changes.push(
        aWorkflowChange({ id: fixtureId('open-end'), fromStepId: fixtureId('pay'), toStepId: null }),
      );
    });
    const workshop = produce(before, (draft) => removeSteps(draft, new Set(['intake'])));
    expect(workshop.workflow.changes.map((change) => change.id)).toEqual(['check-review', 'open-end']);
    expect(workshop.workflow.steps.find((item) => item.id === 'check')?.order).toBe(0);
    expect(workshop.workflow.steps.find((item) => item.id === 'pay')?.order).toBe(1);
  });

  it('changes nothing for an empty selection', () => {
    const before = aWorkflowWorkshop();
    expect(produce(before, (draft) => removeSteps(draft, new Set()))).toBe(before);
  });
});

describe('removeChanges', () => {
  it('removes only the chosen changes and leaves the steps alone', () => {
    const before = aWorkflowWorkshop();
    const workshop = produce(before, (draft) => removeChanges(draft, new Set(['intake-triage', 'unknown'])));
    expect(workshop.workflow.changes.map((change) => change.id)).toEqual(['check-review']);
    expect(workshop.workflow.steps).toEqual(before.workflow.steps);
    expect(produce(before, (draft) => removeChanges(draft, new Set()))).toBe(before);
  });
});

describe('linkSteps', () => {
  function link(workshop: Workshop, from: string, to: string) {
    let id: WorkflowChangeId | null = null;
    const after = produce(workshop, (draft) => {
      id = linkSteps(draft, from, to, fixtureId('new-change'));
    });
    return { workshop: after, id };
  }

  it('links a step of today to a step with the AI as a proposed change for the team of today', () => {
    const { workshop, id } = link(aWorkflowWorkshop(), 'pay', 'review');
    expect(id).toBe('new-change');
    expect(workshop.workflow.changes.at(-1)).toEqual({
      id: 'new-change',
      fromStepId: 'pay',
      toStepId: 'review',
      description: '',
      affectedTeam: 'Finance',
      coDesignerStakeholderId: null,
      concern: '',
      likelyWorkaround: '',
      status: 'proposed',
    });
    expectValid(workshop);
  });

  it('lets one step of today lead to several steps with the AI', () => {
    const { workshop, id } = link(aWorkflowWorkshop(), 'intake', 'review');
    expect(id).toBe('new-change');
    expect(workshop.workflow.changes).toHaveLength(3);
  });

  it.each([
    ['from the future back to today', 'triage', 'intake'],
    ['within today', 'intake', 'check'],
    ['within the future', 'triage', 'review'],
    ['from an unknown step', 'ghost', 'review'],
    ['to an unknown step', 'pay', 'ghost'],
    ['a second time between the same steps', 'intake', 'triage'],
  ])('refuses a link %s', (_, from, to) => {
    const before = aWorkflowWorkshop();
    const { workshop, id } = link(before, from, to);
    expect(id).toBeNull();
    expect(workshop).toBe(before);
  });
});

describe('laneAt', () => {
  it('puts a card in the future lane once its top is within 40 units of that lane', () => {
    const boundary = LANE_TOP.future - 40;
    expect(laneAt(LANE_Y.current)).toBe('current');
    expect(laneAt(-500)).toBe('current');
    expect(laneAt(boundary - 0.5)).toBe('current');
    expect(laneAt(boundary)).toBe('future');
    expect(laneAt(LANE_Y.future)).toBe('future');
    expect(laneAt(5000)).toBe('future');
  });
});

describe('placeSteps', () => {
  it('saves where the moved steps are', () => {
    const workshop = place(aWorkflowWorkshop(), { pay: { x: 900, y: 95 } });
    expect(workshop.layout.workflow.positions['pay']).toEqual({ x: 900, y: 95 });
    expect(lane(workshop, 'current')).toEqual(['intake', 'check', 'pay']);
    expectValid(workshop);
  });

  it('renumbers a lane left to right when a step is dragged past another', () => {
    const workshop = place(aWorkflowWorkshop(), {
      intake: { x: 40 + AUTO_SPACING.x * 1.5, y: LANE_Y.current },
    });
    expect(lane(workshop, 'current')).toEqual(['check', 'intake', 'pay']);
    expectNumberedLanes(workshop);
    // The links stay: the step did not leave its lane.
    expect(workshop.workflow.changes).toHaveLength(2);
  });

  it('moves a step dropped in the other lane there, dropping the changes that no longer go from today to the future', () => {
    const workshop = place(aWorkflowWorkshop(), {
      check: { x: 40 + AUTO_SPACING.x * 0.5, y: LANE_Y.future },
    });
    expect(workshop.workflow.steps.find((item) => item.id === 'check')?.lane).toBe('future');
    expect(lane(workshop, 'current')).toEqual(['intake', 'pay']);
    expect(lane(workshop, 'future')).toEqual(['triage', 'check', 'review']);
    expectNumberedLanes(workshop);
    expect(workshop.workflow.changes.map((change) => change.id)).toEqual(['intake-triage']);
    expectChangesGoFromTodayToTheFuture(workshop);
    expectValid(workshop);
  });

  it('drops the changes into a future step that moves back to today', () => {
    const workshop = place(aWorkflowWorkshop(), { triage: { x: 2000, y: LANE_Y.current } });
    expect(lane(workshop, 'current')).toEqual(['intake', 'check', 'pay', 'triage']);
    expect(workshop.workflow.changes.map((change) => change.id)).toEqual(['check-review']);
  });

  it('places steps that have no saved place where the canvas draws them, in their lane in step order', () => {
    const unplaced = aWorkshop({
      workflow: {
        steps: [step('first', 'current', 0), step('second', 'current', 1), step('third', 'current', 2)],
        changes: [],
      },
    });
    // Between where the canvas draws the first and the second card.
    const workshop = place(unplaced, { third: { x: 40 + AUTO_SPACING.x * 0.5, y: LANE_Y.current } });
    expect(lane(workshop, 'current')).toEqual(['first', 'third', 'second']);
    expect(workshop.layout.workflow.positions).toEqual({
      third: { x: 40 + AUTO_SPACING.x * 0.5, y: LANE_Y.current },
    });
    expectNumberedLanes(workshop);
  });

  // Unplaced cards are compared where the room saw them: at their lane's default places,
  // counted before the dropped step joined the lane.
  it('runs a step dropped into the other lane between two unplaced cards between them', () => {
    const unplaced = aWorkshop({
      workflow: {
        steps: [step('today', 'current', 0), step('first', 'future', 0), step('second', 'future', 1)],
        changes: [],
      },
    });
    // The canvas draws "first" at x 40 and "second" at x 300: the drop is between them.
    const between = 40 + AUTO_SPACING.x * 0.5;
    const workshop = place(unplaced, { today: { x: between, y: LANE_Y.future } });
    expect(lane(workshop, 'future')).toEqual(['first', 'today', 'second']);
  });

  it('ignores steps that are not in the workflow', () => {
    const before = aWorkflowWorkshop();
    const workshop = place(before, { ghost: { x: 1, y: 1 } });
    expect(workshop).toEqual(before);
  });

  it('after any sequence of drops, numbers each lane 0..n-1 and keeps only changes from today to the future', () => {
    const stepIds = ['intake', 'check', 'pay', 'triage', 'review'];
    const drop = fc.record({
      id: fc.constantFrom(...stepIds, 'ghost'),
      x: fc.integer({ min: -400, max: 1600 }),
      y: fc.integer({ min: -100, max: 700 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(drop, { minLength: 1, maxLength: 3 }), { maxLength: 8 }),
        fc.subarray(stepIds),
        (drops, unplacedIds) => {
          // Some steps start without a saved place, as in documents made before the canvas.
          const placed = aWorkflowWorkshop();
          let workshop: Workshop = {
            ...placed,
            layout: {
              ...placed.layout,
              workflow: {
                ...placed.layout.workflow,
                positions: Object.fromEntries(
                  Object.entries(placed.layout.workflow.positions).filter(
                    ([id]) => !unplacedIds.includes(id),
                  ),
                ),
              },
            },
          };
          for (const moves of drops) {
            const moved = new Map(moves.map((move) => [move.id, { x: move.x, y: move.y }]));
            workshop = produce(workshop, (draft) => placeSteps(draft, moved));
            expectNumberedLanes(workshop);
            expectChangesGoFromTodayToTheFuture(workshop);
            for (const [id, position] of moved) {
              const settled = workshop.workflow.steps.find((item) => item.id === id);
              if (settled === undefined) continue;
              expect(settled.lane).toBe(laneAt(position.y));
              expect(workshop.layout.workflow.positions[id]).toEqual(position);
            }
          }
          expect(workshop.workflow.steps).toHaveLength(stepIds.length);
        },
      ),
    );
  });

  it('after any sequence of drops of placed steps, runs each lane in the left-to-right order of its cards', () => {
    const stepIds = ['intake', 'check', 'pay', 'triage', 'review'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.constantFrom(...stepIds),
            x: fc.integer({ min: -400, max: 1600 }),
            y: fc.integer({ min: -100, max: 700 }),
          }),
          { maxLength: 10 },
        ),
        (drops) => {
          let workshop = aWorkflowWorkshop();
          for (const move of drops) {
            workshop = place(workshop, { [move.id]: { x: move.x, y: move.y } });
          }
          const positions = workshop.layout.workflow.positions;
          for (const which of ['current', 'future'] as const) {
            const xs = lane(workshop, which).map((id) => positions[id]?.x ?? Number.NaN);
            expect(xs).toEqual([...xs].sort((left, right) => left - right));
          }
        },
      ),
    );
  });
});
