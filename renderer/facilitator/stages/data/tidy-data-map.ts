import { AI_SYSTEM_NODE_ID } from '../../../../shared/canvases/canvas-graph';
import type { AppStore } from '../../../app/store/create-app-store';
import { autoLayout } from '../../canvas/auto-layout';

/**
 * Arranges the data map with elkjs, left to right: the sources in a column flowing into the
 * AI system. Saved as one undo step.
 */
export async function tidyDataMap(store: AppStore): Promise<void> {
  const workshop = store.getState().workshop;
  if (workshop === null || workshop.dataSources.length === 0) return;
  const positions = await autoLayout(
    [
      ...workshop.dataSources.map((source) => ({ id: source.id, width: 220, height: 100 })),
      { id: AI_SYSTEM_NODE_ID, width: 240, height: 70 },
    ],
    workshop.dataSources.map((source) => ({
      id: `flow-${source.id}`,
      source: source.id,
      target: AI_SYSTEM_NODE_ID,
    })),
    { direction: 'RIGHT', keepOrder: true },
  );
  store.getState().editWorkshop((draft) => {
    for (const [id, position] of positions) draft.layout.dataMap.positions[id] = position;
  });
}
