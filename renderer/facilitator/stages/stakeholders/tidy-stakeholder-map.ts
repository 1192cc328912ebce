import type { AppStore } from '../../../app/store/create-app-store';
import { autoLayout } from '../../canvas/auto-layout';

/** The size of a stakeholder card for layout, in canvas units (cards are 220 wide). */
const CARD = { width: 220, height: 110 } as const;

/**
 * Arranges the stakeholder map with elkjs, top to bottom along the lines (who reports to
 * whom reads downwards), and saves every position as one undo step.
 */
export async function tidyStakeholderMap(store: AppStore): Promise<void> {
  const workshop = store.getState().workshop;
  if (workshop === null || workshop.stakeholders.length === 0) return;
  const positions = await autoLayout(
    workshop.stakeholders.map((person) => ({ id: person.id, ...CARD })),
    workshop.relationships.map((line) => ({ id: line.id, source: line.from, target: line.to })),
    { direction: 'DOWN' },
  );
  store.getState().editWorkshop((draft) => {
    for (const person of draft.stakeholders) {
      const position = positions.get(person.id);
      if (position !== undefined) draft.layout.stakeholders.positions[person.id] = position;
    }
  });
}
