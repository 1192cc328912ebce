import type { HostApi } from '../../../shared/host-api/contract';
import type {
  RecordedRound,
  RoomAddress,
  RoomCheck,
  VotingState,
} from '../../../shared/host-api/voting-contract';
import { text } from '../../../shared/text';
import type { Answer, QuestionId, VotingMode } from '../../../shared/workshop/readiness';
import { withRecordedRounds } from '../../../shared/workshop/readiness-facts';
import { FOCUS_PLACES } from '../focus/focus-places';
import type { AppSliceCreator } from './app-state';
import { roomActivityActions, type RoomActivityActions } from './room-activity-actions';
import { toDocumentBallot, toDocumentRound } from './voting-records';
import { votingRoundActions } from './voting-round-actions';
import { selectOwnRound } from './voting-selectors';

// The selectors have a file of their own; the stage editors import them from here.
export { selectOtherWorkshopVoting, selectOwnRoom, selectOwnRound } from './voting-selectors';

/** How many simulated phones a rehearsal room starts with. */
export const REHEARSAL_PHONES = 12;

/** The address only this computer can reach: rehearsals, and the browser mode's default. */
export const LOOPBACK_ADDRESS = '127.0.0.1';

/** Live voting: the room, readiness rounds, and the room's writing rounds and dot votes. */
export interface VotingSlice extends RoomActivityActions {
  /** The host's live voting state; null until first loaded. */
  readonly voting: VotingState | null;
  readonly roomAddresses: readonly RoomAddress[];
  /** The last voting action's problem, in words for the facilitator. */
  readonly votingError: string | null;
  /** What the last pre-flight check of the open room found; null before one ran. */
  readonly roomCheck: RoomCheck | null;
  /** Asks the open room for its page as a phone would (the line under the join link). */
  checkVotingRoom(): Promise<void>;
  /**
   * "Rehearse the voting room": a practice workshop, opened at the readiness test, with a
   * room on this computer that simulated phones join, so nothing touches a real workshop.
   */
  rehearseVotingRoom(): Promise<void>;
  loadVoting(): Promise<void>;
  receiveVoting(state: VotingState): void;
  /** Opens the room for the open workshop; with `rehearsalPhones`, simulated phones join on this computer. */
  openVotingRoom(address: string, namedVoting: boolean, rehearsalPhones?: number): Promise<void>;
  closeVotingRoom(): Promise<void>;
  /**
   * Closes a room or round that another workshop left open (its ballots stay with the host
   * and reach that workshop's file when it next opens).
   */
  releaseOtherWorkshopsRoom(): Promise<void>;
  /** Before the open workshop closes: its open round closes into the document, its room stops. */
  finishVotingForWorkshop(): Promise<void>;
  /**
   * After a workshop opens: rounds, ballots and room activities the host recorded while it
   * was closed are added.
   */
  catchUpRecordedVotes(): Promise<void>;
  /**
   * Opens the next round on the chosen questions; a show-of-hands round lives only in the
   * document. With `askConfidence`, phones also ask "How sure are you?" (1–5) with each answer.
   */
  openVotingRound(
    questionIds: readonly QuestionId[],
    mode: VotingMode,
    durationSeconds: number | null,
    askConfidence?: boolean,
  ): Promise<void>;
  /** Closes the live round and stores its ballots in the workshop. */
  closeVotingRound(): Promise<void>;
  /** Shows the results of the latest closed round to the room. */
  revealVotingRound(roundId: string): Promise<void>;
  castKeypadBallot(voterNumber: number, questionId: QuestionId, answer: Answer): Promise<void>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : text('store.voting.failed');
}

/**
 * Live voting: the room, its round and its room activity (writing round or dot vote) run in
 * the host (so a reload loses nothing) and belong to one workshop. The document records each
 * round with its ballots, and each activity with its notes or dots, as facts from outside:
 * saved, never an undo step, and kept by undo and redo. The cockpit's room activity actions
 * (`openRoomActivity`, `closeRoomActivity`, `revealRoomActivity`) are in `room-activity-actions.ts`.
 */
export function createVotingSlice(host: HostApi): AppSliceCreator<VotingSlice> {
  return (set, get) => {
    async function act(action: () => Promise<VotingState>): Promise<void> {
      try {
        const voting = await action();
        set({ voting, votingError: null });
        get().recordRoomActivity(voting);
      } catch (error) {
        set({ votingError: messageOf(error) });
      }
    }
    return {
      voting: null,
      roomAddresses: [],
      votingError: null,
      roomCheck: null,
      checkVotingRoom: async () => {
        try {
          set({ roomCheck: await host.voting.checkRoom() });
        } catch (error) {
          set({ roomCheck: { reachable: false, message: messageOf(error) } });
        }
      },
      rehearseVotingRoom: async () => {
        if (get().workshop !== null) {
          await get().closeWorkshop();
          if (get().workshop !== null) return; // Its last edit could not be saved: stay.
        }
        const day = new Date().toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
        if (!(await get().createWorkshop(text('store.voting.rehearsalTitle', { day })))) return;
        const readinessStage = get().workshop?.agenda.find((stage) => stage.kind === 'readiness');
        if (readinessStage !== undefined) get().goToStage(readinessStage.id);
        await get().openVotingRoom(LOOPBACK_ADDRESS, false, REHEARSAL_PHONES);
        await get().checkVotingRoom();
      },
      loadVoting: async () => {
        try {
          const [voting, roomAddresses] = await Promise.all([
            host.voting.getState(),
            host.voting.listAddresses(),
          ]);
          set({ voting, roomAddresses });
          get().recordRoomActivity(voting);
        } catch (error) {
          set({ votingError: messageOf(error) });
        }
      },
      receiveVoting: (voting) => {
        set({ voting });
        get().recordRoomActivity(voting);
      },
      openVotingRoom: async (address, namedVoting, rehearsalPhones = 0) => {
        const { workshop, openFile } = get();
        if (workshop === null || openFile === null) return;
        set({ roomCheck: null });
        await act(() =>
          host.voting.openRoom({
            address,
            namedVoting,
            workshopId: workshop.id,
            workshopPath: openFile.path,
            rehearsalPhones,
          }),
        );
        if (get().votingError === null) {
          get().requestFocus({ kind: 'opened', places: [FOCUS_PLACES.votingRoomHeading] });
        }
      },
      closeVotingRoom: async () => {
        await act(() => host.voting.closeRoom());
        get().requestFocus({ kind: 'closed', places: [FOCUS_PLACES.openVotingRoom] });
      },
      releaseOtherWorkshopsRoom: async () => {
        const voting = get().voting;
        const owner =
          voting?.room.status === 'open' ? voting.room.workshopId : (voting?.round?.workshopId ?? null);
        if (owner === null || owner === undefined) return;
        await act(() => host.voting.releaseWorkshop({ workshopId: owner }));
      },
      finishVotingForWorkshop: async () => {
        const workshop = get().workshop;
        if (workshop === null) return;
        if (selectOwnRound(get())?.status === 'open') await get().closeVotingRound();
        const voting = get().voting;
        const holdsRoom = voting?.room.status === 'open' && voting.room.workshopId === workshop.id;
        if (holdsRoom || voting?.round?.workshopId === workshop.id) {
          await act(() => host.voting.releaseWorkshop({ workshopId: workshop.id }));
        }
      },
      catchUpRecordedVotes: async () => {
        const workshop = get().workshop;
        if (workshop === null) return;
        await get().catchUpRecordedActivities();
        let recorded: RecordedRound[];
        try {
          recorded = await host.voting.listRecordedRounds({ workshopId: workshop.id });
        } catch {
          return; // The document is open either way; the journals are still there next time.
        }
        if (recorded.length === 0 || get().workshop?.id !== workshop.id) return;
        get().recordOutsideFacts((current) =>
          withRecordedRounds(
            current,
            recorded.map((round) => ({
              round: toDocumentRound(round),
              ballots: round.ballots.map(toDocumentBallot),
            })),
          ),
        );
      },
      ...votingRoundActions({ host, get, act }),
      ...roomActivityActions({ host, get, act }),
    };
  };
}
