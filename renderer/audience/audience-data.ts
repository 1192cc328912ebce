import { useEffect, useState } from 'react';
import type { Presentation } from '../../shared/host-api/presentation-contract';
import type { VotingState } from '../../shared/host-api/voting-contract';
import { getHost } from '../bridge';

/**
 * What the room sees, from the host: the facilitator's presentation and the live voting state,
 * each read once and then followed through its change event. The audience screen and the
 * cockpit's thumbnail of it both follow these, so they never differ.
 */
export function useAudienceState(): { presentation: Presentation | null; voting: VotingState | null } {
  const [presentation, setPresentation] = useState<Presentation | null>(null);
  const [voting, setVoting] = useState<VotingState | null>(null);
  useEffect(() => {
    const host = getHost();
    let active = true;
    const stops = [
      host.events.on('presentation.onDidChange', (next) => setPresentation(next)),
      host.events.on('voting.onDidChange', (next) => setVoting(next)),
    ];
    // An event that arrived first is newer than the answer to the first read.
    void host.presentation.get().then((initial) => {
      if (active) setPresentation((current) => current ?? initial);
    });
    void host.voting.getState().then((initial) => {
      if (active) setVoting((current) => current ?? initial);
    });
    return () => {
      active = false;
      for (const stop of stops) stop();
    };
  }, []);
  return { presentation, voting };
}
