/**
 * The voting slice's room activities (writing rounds and dot votes), which the cockpit calls:
 *
 * - `openRoomActivity(request)` opens one in the open room, on the current stage, in the
 *   latest session; a dot vote's items remember the action each stands for.
 * - `closeRoomActivity()` stops taking notes or dots; the notes or totals reach the document.
 * - `revealRoomActivity()` shows the notes or the ranking to the room (closing it first if
 *   it is still open).
 *
 * Whatever the host says of the open workshop's activity (opened, closed, revealed, its notes
 * and totals) is recorded as a fact (`recordOutsideFacts`: saved, never an undo step, kept by
 * undo and redo), whichever way it arrives: the reply to an action, the host's change event
 * (a time limit ran out), or the journal read back after the window was gone.
 */
import type { HostApi } from '../../../shared/host-api/contract';
import type { VotingState } from '../../../shared/host-api/voting-contract';
import type { ActionId, AgendaStageId, RoomActivityId } from '../../../shared/workshop/ids';
import { withRecordedActivities } from '../../../shared/workshop/room-activity-facts';
import type { RoomActivityKind } from '../../../shared/workshop/room-activities';
import { latestSession } from '../../../shared/workshop/sessions';
import type { AppState } from './app-state';
import { toDocumentActivity, type OpeningDetails } from './room-activity-records';

/** What the cockpit asks for when it starts a writing round or a dot vote. */
export interface RoomActivityRequest {
  readonly kind: RoomActivityKind;
  readonly prompt: string;
  /** A time limit in seconds, or null for none. */
  readonly durationSeconds: number | null;
  /** A dot vote's items; `actionId` lets the ranking set that action's priority. */
  readonly items?: readonly {
    readonly id: string;
    readonly label: string;
    readonly actionId: ActionId | null;
  }[];
  readonly dotsPerPhone?: number;
}

/** The room activity actions of the voting slice. */
export interface RoomActivityActions {
  /** Opens a writing round or dot vote in the open room, on the current stage. */
  openRoomActivity(request: RoomActivityRequest): Promise<void>;
  /** Stops taking notes or dots; the notes or totals are recorded in the workshop. */
  closeRoomActivity(): Promise<void>;
  /** Shows the notes or the ranking to the room, closing the activity first if it is open. */
  revealRoomActivity(): Promise<void>;
  /** Records the open workshop's activity as the host state describes it (see the file's comment). */
  recordRoomActivity(state: VotingState | null): void;
  /** After a workshop opens: activities the host journaled while it was closed are added. */
  catchUpRecordedActivities(): Promise<void>;
}

/** What the actions need from the slice: the host, the store and its way of running a host action. */
export interface RoomActivityContext {
  readonly host: HostApi;
  readonly get: () => AppState;
  act(action: () => Promise<VotingState>): Promise<void>;
}

/** The stage an activity the document never heard of is placed on: the one on screen, or the running one. */
function fallbackStage(state: AppState): AgendaStageId | null {
  const agenda = state.workshop?.agenda ?? [];
  const stage =
    agenda.find((candidate) => candidate.id === state.currentStageId) ??
    agenda.find((candidate) => candidate.status === 'active') ??
    agenda[0];
  return stage?.id ?? null;
}

export function roomActivityActions({ host, get, act }: RoomActivityContext): RoomActivityActions {
  /** What this window knows of the activities it opened, by activity id. */
  const opened = new Map<string, OpeningDetails>();

  const record = (facts: Parameters<typeof toDocumentActivity>[0][]): void => {
    const state = get();
    const stageId = fallbackStage(state);
    if (state.workshop === null || stageId === null) return;
    const mine = facts.filter((activity) => activity.workshopId === state.workshop?.id);
    if (mine.length === 0) return;
    state.recordOutsideFacts((workshop) =>
      withRecordedActivities(
        workshop,
        mine.map((activity) => toDocumentActivity(activity, opened.get(activity.activityId), stageId)),
      ),
    );
  };

  return {
    openRoomActivity: async (request) => {
      const { workshop, openFile, currentStageId } = get();
      const stageId = currentStageId ?? fallbackStage(get());
      if (workshop === null || openFile === null || stageId === null) return;
      const activityId = crypto.randomUUID() as RoomActivityId;
      opened.set(activityId, {
        stageId: stageId as AgendaStageId,
        sessionId: latestSession(workshop).id,
        actionIds: new Map((request.items ?? []).map((item) => [item.id, item.actionId])),
      });
      await act(() =>
        host.voting.openActivity({
          activityId,
          workshopId: workshop.id,
          workshopPath: openFile.path,
          kind: request.kind,
          prompt: request.prompt,
          durationSeconds: request.durationSeconds,
          ...(request.kind === 'dots'
            ? {
                items: (request.items ?? []).map(({ id, label }) => ({ id, label })),
                dotsPerPhone: request.dotsPerPhone ?? 3,
              }
            : {}),
        }),
      );
    },
    closeRoomActivity: () => act(() => host.voting.closeActivity()),
    revealRoomActivity: () => act(() => host.voting.revealActivity()),
    recordRoomActivity: (state) => {
      if (state?.activity != null) record([state.activity]);
    },
    catchUpRecordedActivities: async () => {
      const workshop = get().workshop;
      if (workshop === null) return;
      // The live one too: a reloaded window may reopen the workshop while its activity runs.
      const live = get().voting?.activity;
      if (live != null) record([live]);
      try {
        const recorded = await host.voting.listRecordedActivities({ workshopId: workshop.id });
        if (get().workshop?.id === workshop.id) record(recorded);
      } catch {
        // The document is open either way; the journals are still there next time.
      }
    },
  };
}
