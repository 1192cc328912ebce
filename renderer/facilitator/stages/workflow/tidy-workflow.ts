import { LANE_TOP } from '../../../../shared/canvases/canvas-graph';
import type { AppStore } from '../../../app/store/create-app-store';
import { autoLayout } from '../../canvas/auto-layout';

const CARD = { width: 220, height: 100 } as const;

/**
 * Arranges the workflow with elkjs: each lane keeps its step order, and the steps of both
 * lanes line up so change links run as straight as they can. Cards stay in their lanes.
 * Saved as one undo step.
 */
export async function tidyWorkflow(store: AppStore): Promise<void> {
  const workshop = store.getState().workshop;
  if (workshop === null || workshop.workflow.steps.length === 0) return;
  const steps = [...workshop.workflow.steps].sort(
    (left, right) =>
      Number(left.lane === 'future') - Number(right.lane === 'future') || left.order - right.order,
  );
  const positions = await autoLayout(
    steps.map((step) => ({ id: step.id, ...CARD, partition: step.lane === 'current' ? 0 : 1 })),
    workshop.workflow.changes.flatMap((change) =>
      change.fromStepId === null || change.toStepId === null
        ? []
        : [{ id: change.id, source: change.fromStepId, target: change.toStepId }],
    ),
    { direction: 'DOWN', keepOrder: true },
  );
  const left = Math.min(...[...positions.values()].map((position) => position.x));
  store.getState().editWorkshop((draft) => {
    for (const step of draft.workflow.steps) {
      const position = positions.get(step.id);
      if (position === undefined) continue;
      draft.layout.workflow.positions[step.id] = { x: position.x - left + 40, y: LANE_TOP[step.lane] + 70 };
    }
  });
}
