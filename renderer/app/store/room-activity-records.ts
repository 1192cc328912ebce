/**
 * The voting room's writing rounds and dot votes in the document's shapes: what the workshop
 * keeps of an activity once the host has it. The host knows nothing of stages or actions;
 * the window that opened the activity remembers them (`OpeningDetails`).
 */
import type { LiveActivity } from '../../../shared/host-api/voting-contract';
import type {
  ActionId,
  AgendaStageId,
  DotItemId,
  RoomActivityId,
  RoomNoteId,
  SessionId,
} from '../../../shared/workshop/ids';
import type { RecordedActivityFacts } from '../../../shared/workshop/room-activity-facts';

/** What only the window that opened an activity knows: its stage, session and items' actions. */
export interface OpeningDetails {
  readonly stageId: AgendaStageId;
  readonly sessionId: SessionId;
  /** The action each dot item stands for, by item id. */
  readonly actionIds: ReadonlyMap<string, ActionId | null>;
}

/**
 * The document's record of an activity from the host's (live or journaled). `details` is
 * what the opening window knew; without it (an activity the document never heard of) the
 * activity is placed on `fallbackStageId` and its items stand for no action.
 */
export function toDocumentActivity(
  activity: LiveActivity,
  details: OpeningDetails | undefined,
  fallbackStageId: AgendaStageId,
): RecordedActivityFacts {
  const closed = activity.status === 'closed';
  return {
    id: activity.activityId as RoomActivityId,
    kind: activity.kind,
    ...(details === undefined ? {} : { sessionId: details.sessionId }),
    stageId: details?.stageId ?? fallbackStageId,
    prompt: activity.prompt,
    openedAt: activity.openedAt,
    closedAt: activity.closedAt,
    revealedAt: activity.revealedAt,
    notes: (activity.writing?.notes ?? []).map((note) => ({
      id: note.id as RoomNoteId,
      text: note.text,
      writtenAt: note.writtenAt,
    })),
    dots:
      activity.dots === null
        ? null
        : {
            dotsPerPhone: activity.dots.dotsPerPhone,
            phones: activity.phones,
            items: activity.dots.items.map((item) => ({
              id: item.id as DotItemId,
              label: item.label,
              actionId: details?.actionIds.get(item.id) ?? null,
            })),
            // The host lists totals once the vote closed; until then the document has none.
            totals: closed
              ? activity.dots.totals.map((total) => ({ itemId: total.itemId as DotItemId, dots: total.dots }))
              : null,
          },
  };
}
