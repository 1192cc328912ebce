import { recoverOpenActivity } from './activity-journal';
import type { VotingSession } from './voting-session';

/**
 * Takes up the activity an earlier run left open, after the open round (if any) was. One
 * that belongs to another workshop than that round's is closed instead: the room serves one
 * workshop. Its notes and dots stay in the journal either way.
 */
export async function recoverActivity(session: VotingSession, dataDirectory: string): Promise<void> {
  try {
    const recovered = await recoverOpenActivity(dataDirectory, session.onActivityCommit);
    if (recovered === null) return;
    const workshopId = recovered.ledger.activity.workshopId;
    if (session.disposed || (session.owner !== null && session.owner.workshopId !== workshopId)) {
      await recovered.journal?.append({ type: 'closed', closedAt: session.now().toISOString() });
      await recovered.journal?.close();
      return;
    }
    session.activity = recovered;
    session.owner ??= { workshopId, path: null };
    session.scheduleActivityClose();
  } catch (error) {
    console.error('[readyroom] could not recover the open room activity', error);
  }
}
