import type { HostApi } from '../../../shared/host-api/contract';
import type { LiveBallot, RoomAddress, VotingState } from '../../../shared/host-api/voting-contract';
import type { BallotId, DeviceId, VotingRoundId } from '../../../shared/workshop/ids';
import type { Answer, QuestionId, VotingMode } from '../../../shared/workshop/readiness';
import type { AppSliceCreator } from './app-state';

export interface VotingSlice {
  /** The host's live voting state; null until first loaded. */
  readonly voting: VotingState | null;
  readonly roomAddresses: readonly RoomAddress[];
  /** The last voting action's problem, in words for the facilitator. */
  readonly votingError: string | null;
  loadVoting(): Promise<void>;
  receiveVoting(state: VotingState): void;
  openVotingRoom(address: string, namedVoting: boolean): Promise<void>;
  closeVotingRoom(): Promise<void>;
  /** Opens the next round on the chosen questions; a show-of-hands round lives only in the document. */
  openVotingRound(
    questionIds: readonly QuestionId[],
    mode: VotingMode,
    durationSeconds: number | null,
  ): Promise<void>;
  /** Closes the live round and stores its ballots in the workshop. */
  closeVotingRound(): Promise<void>;
  /** Shows the results of the latest closed round to the room. */
  revealVotingRound(roundId: string): Promise<void>;
  castKeypadBallot(voterNumber: number, questionId: QuestionId, answer: Answer): Promise<void>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'That did not work. Please try again.';
}

/** The document's ballot shape from the host's. */
function toDocumentBallot(ballot: LiveBallot) {
  return {
    id: ballot.id as BallotId,
    roundId: ballot.roundId as VotingRoundId,
    questionId: ballot.questionId,
    voter:
      ballot.voter.kind === 'device'
        ? { kind: 'device' as const, deviceId: ballot.voter.deviceId as DeviceId }
        : { kind: 'label' as const, label: ballot.voter.label },
    answer: ballot.answer,
    castAt: ballot.castAt,
  };
}

/**
 * Live voting: the room and round run in the host (so a reload loses nothing); the
 * workshop document records each round and its ballots once the round closes.
 */
export function createVotingSlice(host: HostApi): AppSliceCreator<VotingSlice> {
  return (set, get) => {
    async function act(action: () => Promise<VotingState>): Promise<void> {
      try {
        set({ voting: await action(), votingError: null });
      } catch (error) {
        set({ votingError: messageOf(error) });
      }
    }
    return {
      voting: null,
      roomAddresses: [],
      votingError: null,
      loadVoting: async () => {
        try {
          const [voting, roomAddresses] = await Promise.all([
            host.voting.getState(),
            host.voting.listAddresses(),
          ]);
          set({ voting, roomAddresses });
        } catch (error) {
          set({ votingError: messageOf(error) });
        }
      },
      receiveVoting: (voting) => set({ voting }),
      openVotingRoom: (address, namedVoting) => act(() => host.voting.openRoom({ address, namedVoting })),
      closeVotingRoom: () => act(() => host.voting.closeRoom()),
      openVotingRound: async (questionIds, mode, durationSeconds) => {
        const workshop = get().workshop;
        if (workshop === null) return;
        const number =
          workshop.readiness.rounds.reduce((highest, round) => Math.max(highest, round.number), 0) + 1;
        const roundId = crypto.randomUUID() as VotingRoundId;
        const openedAt = new Date().toISOString();
        if (mode !== 'hands') {
          await act(() =>
            host.voting.openRound({ roundId, number, questionIds: [...questionIds], mode, durationSeconds }),
          );
          if (get().votingError !== null) return;
        }
        get().editWorkshop((draft) => {
          draft.readiness.rounds.push({
            id: roundId,
            number,
            questionIds: [...questionIds],
            openedAt,
            closedAt: mode === 'hands' ? openedAt : null,
            revealed: false,
            mode,
          });
        });
      },
      closeVotingRound: async () => {
        await act(() => host.voting.closeRound());
        const round = get().voting?.round;
        if (round === null || round === undefined || round.status !== 'closed') return;
        get().editWorkshop((draft) => {
          const stored = draft.readiness.rounds.find((candidate) => candidate.id === round.roundId);
          if (stored !== undefined) stored.closedAt = round.closedAt ?? new Date().toISOString();
          const known = new Set(draft.readiness.ballots.map((ballot) => ballot.id));
          for (const ballot of round.ballots) {
            if (!known.has(ballot.id as BallotId)) draft.readiness.ballots.push(toDocumentBallot(ballot));
          }
        });
      },
      revealVotingRound: async (roundId) => {
        if (get().voting?.round?.roundId === roundId) await act(() => host.voting.reveal());
        get().editWorkshop((draft) => {
          const stored = draft.readiness.rounds.find((candidate) => candidate.id === roundId);
          if (stored !== undefined) stored.revealed = true;
        });
      },
      castKeypadBallot: (voterNumber, questionId, answer) =>
        act(() => host.voting.castKeypadBallot({ voterNumber, questionId, answer })),
    };
  };
}
