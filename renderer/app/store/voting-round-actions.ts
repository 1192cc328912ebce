/**
 * The voting slice's round actions: open a round (a show of hands is the facilitator's own
 * record, phone and keypad rounds run in the host), close it into the document, reveal it,
 * and keypad ballots. Focus follows the app's focus rule (`renderer/README.md`).
 */
import type { HostApi } from '../../../shared/host-api/contract';
import type { VotingState } from '../../../shared/host-api/voting-contract';
import type { VotingRoundId } from '../../../shared/workshop/ids';
import { withRecordedRounds } from '../../../shared/workshop/readiness-facts';
import { latestSession } from '../../../shared/workshop/sessions';
import { FOCUS_PLACES } from '../focus/focus-places';
import type { AppState } from './app-state';
import { closedLiveRound } from './voting-records';
import type { VotingSlice } from './voting-slice';

type RoundActionName = 'openVotingRound' | 'closeVotingRound' | 'revealVotingRound' | 'castKeypadBallot';

/** What the round actions need from the slice: the store and its way of running a host action. */
export interface VotingActionContext {
  readonly host: HostApi;
  readonly get: () => AppState;
  /** Runs a host action, keeping its state or its problem for the window. */
  act(action: () => Promise<VotingState>): Promise<void>;
}

export function votingRoundActions({
  host,
  get,
  act,
}: VotingActionContext): Pick<VotingSlice, RoundActionName> {
  return {
    openVotingRound: async (questionIds, mode, durationSeconds, askConfidence = false) => {
      const { workshop, openFile } = get();
      if (workshop === null || openFile === null) return;
      const number =
        workshop.readiness.rounds.reduce((highest, round) => Math.max(highest, round.number), 0) + 1;
      const roundId = crypto.randomUUID() as VotingRoundId;
      const openedAt = new Date().toISOString();
      const round = {
        id: roundId,
        number,
        questionIds: [...questionIds],
        openedAt,
        closedAt: mode === 'hands' ? openedAt : null,
        revealed: false,
        mode,
        // A show of hands cannot ask how sure each hand is.
        askConfidence: mode === 'hands' ? false : askConfidence,
        // The round is voted in the session held now: the latest one (a follow-up's re-test).
        sessionId: latestSession(workshop).id,
      };
      if (mode === 'hands') {
        // A show of hands is the facilitator's own record: an ordinary, undoable edit.
        get().editWorkshop((draft) => {
          draft.readiness.rounds.push(round);
        });
        // The counts are typed next: focus goes to the first one.
        get().requestFocus({ kind: 'created', place: FOCUS_PLACES.roundResult(roundId) });
        return;
      }
      await act(() =>
        host.voting.openRound({
          roundId,
          workshopId: workshop.id,
          workshopPath: openFile.path,
          number,
          questionIds: [...questionIds],
          mode,
          durationSeconds,
          askConfidence: round.askConfidence,
        }),
      );
      if (get().votingError !== null) return;
      get().recordOutsideFacts((current) => ({
        ...current,
        readiness: { ...current.readiness, rounds: [...current.readiness.rounds, round] },
      }));
      get().requestFocus({ kind: 'opened', places: [FOCUS_PLACES.closeRound] });
    },

    closeVotingRound: async () => {
      await act(() => host.voting.closeRound());
      const round = get().voting?.round;
      if (round === null || round === undefined || round.status !== 'closed') return;
      get().recordOutsideFacts((current) => withRecordedRounds(current, [closedLiveRound(round)]));
      get().requestFocus({
        kind: 'closed',
        places: [
          `${FOCUS_PLACES.roundResult(round.roundId)} ${FOCUS_PLACES.revealRound}`,
          FOCUS_PLACES.resultsHeading,
        ],
      });
    },

    revealVotingRound: async (roundId) => {
      if (get().voting?.round?.roundId === roundId) await act(() => host.voting.reveal());
      const stored = get().workshop?.readiness.rounds.find((candidate) => candidate.id === roundId);
      if (stored === undefined || stored.revealed) return;
      get().requestFocus({
        kind: 'opened',
        places: [`${FOCUS_PLACES.roundResult(roundId)} h4`, FOCUS_PLACES.resultsHeading],
      });
      if (stored.mode === 'hands') {
        get().editWorkshop((draft) => {
          const target = draft.readiness.rounds.find((candidate) => candidate.id === roundId);
          if (target !== undefined) target.revealed = true;
        });
        return;
      }
      get().recordOutsideFacts((workshop) => ({
        ...workshop,
        readiness: {
          ...workshop.readiness,
          rounds: workshop.readiness.rounds.map((candidate) =>
            candidate.id === roundId ? { ...candidate, revealed: true } : candidate,
          ),
        },
      }));
    },

    castKeypadBallot: (voterNumber, questionId, answer) =>
      act(() => host.voting.castKeypadBallot({ voterNumber, questionId, answer })),
  };
}
