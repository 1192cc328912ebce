/**
 * The `voting.*` methods about room activities (silent writing rounds and dot votes): opening
 * one in the open room (its journal on disk first), closing and revealing it, and the closed
 * ones a workshop's journals hold. One activity or readiness round runs at a time.
 */
import { HostError } from '../../../shared/host-api/errors';
import { text } from '../../../shared/text';
import { listRecordedActivities, startActivity } from './activity-journal';
import type { VotingMethods, VotingServiceOptions } from './voting-service';
import type { VotingSession } from './voting-session';

type ActivityMethodName =
  'voting.openActivity' | 'voting.closeActivity' | 'voting.revealActivity' | 'voting.listRecordedActivities';

export function activityMethods(
  session: VotingSession,
  options: VotingServiceOptions,
  ready: Promise<void>,
): Pick<VotingMethods, ActivityMethodName> {
  return {
    'voting.openActivity': (input) =>
      session.exclusive(async () => {
        session.checkCanOpen(input.activityId, {
          roundOpen: 'host.activity.roundOpen',
          activityOpen: 'host.activity.alreadyOpen',
          idInvalid: 'host.activity.idInvalid',
        });
        if (session.room === null) throw new HostError('conflict', text('host.activity.roomNotOpen'));
        session.claimFor(input.workshopId, input.workshopPath);
        const started = await startActivity(
          options.dataDirectory,
          input,
          session.now(),
          session.onActivityCommit,
        );
        await session.closeActivityJournal();
        session.activity = started;
        session.scheduleActivityClose();
        return session.announce();
      }),

    'voting.closeActivity': () =>
      session.exclusive(async () => {
        if (session.activity === null) throw new HostError('conflict', text('host.activity.noneToClose'));
        await session.closeCurrentActivity();
        session.releaseOwnerIfIdle();
        return session.announce();
      }),

    'voting.revealActivity': () =>
      session.exclusive(async () => {
        const current = session.activity;
        if (current === null) throw new HostError('conflict', text('host.activity.noneToReveal'));
        await session.closeCurrentActivity();
        if (!current.ledger.revealed) {
          const revealedAt = session.now().toISOString();
          try {
            await current.journal?.append({ type: 'revealed', revealedAt });
          } catch (error) {
            // The notes are safe on disk; only the moment of the reveal is not.
            console.error('[readyroom] could not write the reveal to the activity journal', error);
          }
          current.ledger.revealNow(revealedAt);
        }
        await session.closeActivityJournal();
        session.releaseOwnerIfIdle();
        return session.announce();
      }),

    'voting.listRecordedActivities': async ({ workshopId }) => {
      await ready;
      return listRecordedActivities(options.dataDirectory, workshopId);
    },
  };
}
