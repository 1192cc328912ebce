/**
 * What a dot vote decided: its items ranked by dots, and the one edit it can make, setting
 * the ranked actions' priority.
 */
import type { ActionPriority } from './actions';
import type { RoomActivityId } from './ids';
import type { DotItem, RoomActivity } from './room-activities';
import type { Workshop } from './workshop';

/** One line of a revealed dot vote. */
export interface RankedDotItem {
  readonly item: DotItem;
  readonly dots: number;
  /** 1 for the most dots; items with as many dots share a rank (1, 2, 2, 4). */
  readonly rank: number;
}

/**
 * The items of a closed dot vote, most dots first (items with as many dots keep the order
 * they were offered in); empty while the vote is open or for a writing round.
 */
export function dotRanking(activity: RoomActivity): RankedDotItem[] {
  const totals = activity.dots?.totals;
  if (activity.dots === null || totals === null || totals === undefined) return [];
  const dotsOf = new Map(totals.map((total) => [total.itemId, total.dots]));
  const sorted = activity.dots.items
    .map((item) => ({ item, dots: dotsOf.get(item.id) ?? 0 }))
    .sort((first, second) => second.dots - first.dots);
  return sorted.map((entry) => ({
    ...entry,
    rank: 1 + sorted.filter((other) => other.dots > entry.dots).length,
  }));
}

/**
 * The priority each ranked action gets. The plan has three priorities, so the ranking is cut
 * in thirds: the top third high, the middle third medium, the rest low (8 actions: 3, 3, 2).
 * Two rules keep it fair to what the room said: actions with as many dots get the same
 * priority (the better one, so a tie at a boundary is never split), and an action the room
 * gave no dot is low whatever its place.
 */
export function prioritiesFromRanking(ranking: readonly RankedDotItem[]): Map<string, ActionPriority> {
  const actions = ranking.filter((entry) => entry.item.actionId !== null);
  const highCount = Math.ceil(actions.length / 3);
  const mediumCount = Math.ceil((actions.length - highCount) / 2);
  const bandOfPlace = (place: number): ActionPriority =>
    place < highCount ? 'high' : place < highCount + mediumCount ? 'medium' : 'low';
  const priorities = new Map<string, ActionPriority>();
  actions.forEach((entry) => {
    const firstPlaceWithTheseDots = actions.findIndex((other) => other.dots === entry.dots);
    const priority = entry.dots === 0 ? 'low' : bandOfPlace(firstPlaceWithTheseDots);
    if (entry.item.actionId !== null && !priorities.has(entry.item.actionId)) {
      priorities.set(entry.item.actionId, priority);
    }
  });
  return priorities;
}

/**
 * Sets the priority of every action the dot vote ranked (see {@link prioritiesFromRanking});
 * actions that were not on the vote, and items that are not actions, are left alone. One
 * edit: the store makes it one undo step. Returns the workshop itself when nothing changes
 * (an open vote, no actions on it, priorities already so).
 */
export function applyDotRanking(workshop: Workshop, activityId: RoomActivityId): Workshop {
  const activity = workshop.roomActivities.find((candidate) => candidate.id === activityId);
  if (activity === undefined) return workshop;
  const priorities = prioritiesFromRanking(dotRanking(activity));
  let changed = false;
  const actions = workshop.actions.map((action) => {
    const priority = priorities.get(action.id);
    if (priority === undefined || priority === action.priority) return action;
    changed = true;
    return { ...action, priority };
  });
  return changed ? { ...workshop, actions } : workshop;
}
