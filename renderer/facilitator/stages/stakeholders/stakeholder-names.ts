import { text } from '../../../../shared/text';
import type { Stakeholder } from '../../../../shared/workshop';

/** A name to show for a stakeholder, even before anyone typed one. */
export function displayName(stakeholder: Pick<Stakeholder, 'name' | 'role'> | undefined): string {
  if (stakeholder === undefined) return text('stage.stakeholders.someoneNoLonger');
  return stakeholder.name.trim() || stakeholder.role.trim() || text('stage.stakeholders.noNameYet');
}
