/**
 * The room activity part of the presentation: a revealed writing round's notes by group (never
 * a hidden note, never who wrote one) or a dot vote's ranking, once the facilitator shows it.
 */
import type { PresentedActivity } from '../../shared/host-api/presentation-contract';
import type { Workshop } from '../../shared/workshop';
import type { RoomActivity } from '../../shared/workshop/room-activities';
import type { AppState } from '../app/store/app-state';
import { dotRanking } from '../../shared/workshop/dot-ranking';
import { visibleNotes } from './room-activity/board-logic';

/** The most notes the audience screen shows; the rest are counted. */
export const MOST_NOTES_ON_SCREEN = 60;

type PresentedNotes = Extract<PresentedActivity, { kind: 'notes' }>;

/** A revealed writing round's shown notes, by group in the facilitator's order, ungrouped last. */
function presentedNotes(activity: RoomActivity): PresentedNotes {
  const notes = visibleNotes(activity);
  let room = MOST_NOTES_ON_SCREEN;
  const take = (inGroup: typeof notes) => {
    const taken = inGroup.slice(0, Math.max(0, room));
    room -= taken.length;
    return taken.map(({ note, merged }) => ({ text: note.text, merged }));
  };
  const groups: PresentedNotes['groups'] = [];
  for (const group of activity.groups) {
    const inGroup = take(notes.filter(({ note }) => note.groupId === group.id));
    if (inGroup.length > 0) groups.push({ title: group.title, notes: inGroup });
  }
  const known = new Set(activity.groups.map((group) => group.id));
  const loose = take(notes.filter(({ note }) => note.groupId === null || !known.has(note.groupId)));
  if (loose.length > 0) groups.push({ title: null, notes: loose });
  return {
    kind: 'notes',
    prompt: activity.prompt,
    groups,
    more: Math.max(0, notes.length - MOST_NOTES_ON_SCREEN),
  };
}

/** The revealed activity the facilitator shows on the current stage, as the room sees it. */
export function presentedActivity(state: AppState): PresentedActivity | null {
  const { workshop, presentedActivity: shown, currentStageId } = state;
  if (workshop === null || shown === null || shown.stageId !== currentStageId) return null;
  const activity = revealedActivity(workshop, shown.activityId);
  if (activity === undefined) return null;
  if (activity.kind === 'writing') return presentedNotes(activity);
  return {
    kind: 'ranking',
    prompt: activity.prompt,
    phones: activity.dots?.phones ?? 0,
    items: dotRanking(activity).map(({ item, dots, rank }) => ({ label: item.label, dots, rank })),
  };
}

function revealedActivity(workshop: Workshop, activityId: string): RoomActivity | undefined {
  const activity = workshop.roomActivities.find((candidate) => candidate.id === activityId);
  return activity?.revealedAt == null ? undefined : activity;
}
