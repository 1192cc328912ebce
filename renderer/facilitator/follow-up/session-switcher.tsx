import { text } from '../../../shared/text';
import type { Session } from '../../../shared/workshop/session-schema';
import { useAppStore } from '../../app/store/store-context';
import { selectViewedSessionId } from './use-viewed-session';
import './follow-up.css';
import { QuietButton } from '../../app/components/quiet-button';

/** A session's name for lists: its kind and day. */
export function sessionName(session: Pick<Session, 'kind' | 'date'>): string {
  return text(session.kind === 'workshop' ? 'followUp.sessionWorkshop' : 'followUp.sessionFollowUp', {
    date: session.date,
  });
}

/**
 * The sessions held on the open workshop, oldest first, to choose which one's stages the
 * agenda shows: the way back to the workshop's own stages once a follow-up exists. Shown
 * only when there is more than one session.
 */
export function SessionSwitcher() {
  const sessions = useAppStore((state) => state.workshop?.sessions);
  const viewed = useAppStore(selectViewedSessionId);
  const viewSession = useAppStore((state) => state.viewSession);
  if (sessions === undefined || sessions.length < 2) return null;
  const latest = sessions[sessions.length - 1];
  return (
    <nav className="session-switcher" aria-label={text('followUp.sessions')}>
      <ul className="session-switcher__list">
        {sessions.map((session) => (
          <li key={session.id}>
            <QuietButton aria-pressed={session.id === viewed} onClick={() => viewSession(session.id)}>
              {session === latest
                ? text('followUp.current', { session: sessionName(session) })
                : sessionName(session)}
            </QuietButton>
          </li>
        ))}
      </ul>
    </nav>
  );
}
