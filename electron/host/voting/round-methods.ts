/**
 * The `voting.*` methods about rounds: opening one (its journal on disk first), closing and
 * revealing it, keypad ballots typed in by the facilitator, and the rounds already recorded.
 */
import { randomUUID } from 'node:crypto';
import { HostError } from '../../../shared/host-api/errors';
import { text } from '../../../shared/text';
import { listRecordedRounds } from './recorded-rounds';
import { startRound } from './round-start';
import type { VotingMethods, VotingServiceOptions } from './voting-service';
import type { OpenRound, VotingSession } from './voting-session';

type RoundMethodName =
  | 'voting.openRound'
  | 'voting.closeRound'
  | 'voting.reveal'
  | 'voting.castKeypadBallot'
  | 'voting.listRecordedRounds';

export function roundMethods(
  session: VotingSession,
  options: VotingServiceOptions,
  ready: Promise<void>,
): Pick<VotingMethods, RoundMethodName> {
  return {
    'voting.openRound': (input) =>
      session.exclusive(async () => {
        session.checkCanOpen(input.roundId, {
          roundOpen: 'host.voting.roundAlreadyOpen',
          activityOpen: 'host.activity.blocksRound',
          idInvalid: 'host.voting.roundIdInvalid',
        });
        session.claimFor(input.workshopId, input.workshopPath);
        let started: OpenRound;
        try {
          started = await startRound(options.dataDirectory, input, session.now(), session.onCommit);
        } catch (error) {
          session.releaseOwnerIfIdle();
          throw error;
        }
        session.current = { ledger: started.ledger, journal: started.journal };
        return session.announce();
      }),

    'voting.closeRound': () =>
      session.exclusive(async () => {
        if (session.current === null) throw new HostError('conflict', text('host.voting.noRoundToClose'));
        await session.closeCurrentRound();
        session.releaseOwnerIfIdle();
        return session.announce();
      }),

    'voting.reveal': () =>
      session.exclusive(async () => {
        const current = session.current;
        if (current === null) throw new HostError('conflict', text('host.voting.noRoundToReveal'));
        if (current.ledger.status !== 'closed') {
          throw new HostError('conflict', text('host.voting.closeBeforeReveal'));
        }
        current.ledger.reveal();
        return session.announce();
      }),

    'voting.castKeypadBallot': ({ voterNumber, questionId, answer }) =>
      session.exclusive(async () => {
        const round = session.openRoundOrThrow();
        if (!round.ledger.accepts(questionId)) {
          throw new HostError(
            'invalid-argument',
            text('host.voting.questionNotAsked', { question: questionId }),
          );
        }
        try {
          await round.journal.append({
            type: 'ballot',
            id: randomUUID(),
            voterKey: `keypad:${voterNumber}`,
            voter: { kind: 'label', label: text('host.voting.keypadVoter', { number: String(voterNumber) }) },
            questionId,
            answer,
            castAt: session.now().toISOString(),
          });
        } catch (error) {
          console.error('[readyroom] a keypad ballot could not be saved', error);
          throw new HostError('io-error', text('host.voting.keypadBallotNotSaved'));
        }
        session.emitNow();
        return session.snapshot();
      }),

    'voting.listRecordedRounds': async ({ workshopId }) => {
      await ready;
      return listRecordedRounds(options.dataDirectory, workshopId);
    },
  };
}
