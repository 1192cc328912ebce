import type { Stakeholder, StakeholderId } from '../workshop';

/**
 * The most affected middle managers: the method asks the room to find the 5–10 managers
 * whose teams' daily work changes most, and to bring them in as co-designers of the change
 * rather than receivers of it.
 */

/** How many managers should co-design the change. */
export const CO_DESIGNER_RANGE = { minimum: 5, maximum: 10 } as const;

/** From this impact score up, a manager who is not co-designing earns a warning. */
export const HIGH_IMPACT = 4;

/** Middle managers, most affected first (then most influential, then by name). */
export function rankManagers<
  Person extends Pick<Stakeholder, 'id' | 'kind' | 'impact' | 'influence' | 'name'>,
>(stakeholders: readonly Person[]): Person[] {
  return stakeholders
    .filter((person) => person.kind === 'middle-manager')
    .sort(
      (left, right) =>
        right.impact - left.impact ||
        right.influence - left.influence ||
        left.name.localeCompare(right.name, 'en', { sensitivity: 'base' }) ||
        (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
    );
}

/** Something about the shortlist the facilitator should act on. */
export interface ShortlistWarning {
  readonly kind: 'too-few-managers' | 'too-few' | 'too-many' | 'high-impact-left-out';
  readonly message: string;
  /** The manager the warning is about, for warnings about one person. */
  readonly stakeholderId?: StakeholderId;
}

function managerName(person: Pick<Stakeholder, 'name' | 'role'>): string {
  return person.name.trim() || person.role.trim() || 'A manager with no name yet';
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What is wrong with the current shortlist, most important first; empty when it is sound. */
export function shortlistWarnings(
  stakeholders: readonly Pick<
    Stakeholder,
    'id' | 'kind' | 'impact' | 'influence' | 'name' | 'role' | 'isCoDesigner'
  >[],
): ShortlistWarning[] {
  const managers = rankManagers(stakeholders);
  const marked = managers.filter((manager) => manager.isCoDesigner).length;
  const warnings: ShortlistWarning[] = [];
  if (managers.length < CO_DESIGNER_RANGE.minimum) {
    warnings.push({
      kind: 'too-few-managers',
      message:
        managers.length === 0
          ? 'No middle managers are on the map yet. Add the managers whose teams will use the AI every day.'
          : `Only ${plural(managers.length, 'middle manager is', 'middle managers are')} on the map. Add the managers whose teams will use the AI every day.`,
    });
  }
  if (marked < CO_DESIGNER_RANGE.minimum) {
    warnings.push({
      kind: 'too-few',
      message:
        marked === 0
          ? `No managers are co-designers yet. Mark at least ${CO_DESIGNER_RANGE.minimum}, so the people who will run the new way of working help shape it.`
          : `Only ${plural(marked, 'manager is a co-designer', 'managers are co-designers')}. Mark at least ${CO_DESIGNER_RANGE.minimum}, so the people who will run the new way of working help shape it.`,
    });
  } else if (marked > CO_DESIGNER_RANGE.maximum) {
    warnings.push({
      kind: 'too-many',
      message: `${marked} managers are co-designers. Keep it to ${CO_DESIGNER_RANGE.maximum} or fewer, so the group can still work and decide together.`,
    });
  }
  for (const manager of managers) {
    if (manager.impact >= HIGH_IMPACT && !manager.isCoDesigner) {
      warnings.push({
        kind: 'high-impact-left-out',
        stakeholderId: manager.id,
        message: `${managerName(manager)} is not a co-designer, yet their team is among the most affected (impact ${manager.impact} of 5). Ask them to help design the change.`,
      });
    }
  }
  return warnings;
}
