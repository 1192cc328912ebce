/**
 * The `voting.*` methods about room activities (silent writing rounds and dot votes).
 * The contract comes first so the facilitator window can be built on it; the host side follows.
 */
import { HostError } from '../../../shared/host-api/errors';
import { text } from '../../../shared/text';
import type { VotingMethods } from './voting-service';
import type { VotingSession } from './voting-session';

type ActivityMethodName =
  'voting.openActivity' | 'voting.closeActivity' | 'voting.revealActivity' | 'voting.listRecordedActivities';

export function activityMethods(session: VotingSession): Pick<VotingMethods, ActivityMethodName> {
  const notYet = () =>
    session.exclusive(() => Promise.reject(new HostError('conflict', text('host.voting.noRoundOpen'))));
  return {
    'voting.openActivity': notYet,
    'voting.closeActivity': notYet,
    'voting.revealActivity': notYet,
    'voting.listRecordedActivities': () => Promise.resolve([]),
  };
}
