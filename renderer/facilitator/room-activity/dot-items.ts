/** What a dot vote can be about: the workshop's actions, or what the room wrote and the facilitator revealed. */
import { ACTIVITY_LIMITS } from '../../../shared/host-api/voting-contract';
import { text } from '../../../shared/text';
import type { Workshop } from '../../../shared/workshop';
import type { ActionId } from '../../../shared/workshop/ids';
import { visibleNotes } from './board-logic';

/** An item of a dot vote about to open; `actionId` lets the ranking set that action's priority. */
export interface NewDotItem {
  readonly id: string;
  readonly label: string;
  readonly actionId: ActionId | null;
}

/** An item's words, within what a phone shows. */
function label(words: string): string {
  const trimmed = words.trim();
  return trimmed.length <= ACTIVITY_LIMITS.itemLabelLength
    ? trimmed
    : `${trimmed.slice(0, ACTIVITY_LIMITS.itemLabelLength - 1)}…`;
}

/** Every action, in the plan's order. */
export function dotItemsFromActions(workshop: Workshop): NewDotItem[] {
  return workshop.actions.map((action, index) => ({
    id: crypto.randomUUID(),
    label: label(action.title) || text('roomActivity.dots.untitledAction', { number: index + 1 }),
    actionId: action.id,
  }));
}

/**
 * The latest revealed writing round: each group as one item (named by its title), and each
 * shown note in no group; hidden and merged notes are left out.
 */
export function dotItemsFromNotes(workshop: Workshop): NewDotItem[] {
  const activity = workshop.roomActivities.findLast(
    (candidate) => candidate.kind === 'writing' && candidate.revealedAt !== null,
  );
  if (activity === undefined) return [];
  const notes = visibleNotes(activity);
  const groups = activity.groups
    .filter((group) => notes.some(({ note }) => note.groupId === group.id))
    .map((group) => ({ id: crypto.randomUUID(), label: label(group.title), actionId: null }));
  const known = new Set(activity.groups.map((group) => group.id));
  const loose = notes
    .filter(({ note }) => note.groupId === null || !known.has(note.groupId))
    .map(({ note }) => ({ id: crypto.randomUUID(), label: label(note.text), actionId: null }));
  return [...groups, ...loose].filter((item) => item.label !== '');
}
