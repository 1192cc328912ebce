import type { AgendaStage } from '../../../shared/workshop/agenda';
import type { SessionId } from '../../../shared/workshop/ids';
import type { Session } from '../../../shared/workshop/session-schema';
import {
  firstSession,
  isSessionReadOnly,
  latestSession,
  stageSessionId,
  workshopSessions,
} from '../../../shared/workshop/sessions';
import type { AppState } from '../../app/store/app-state';
import { useAppStore } from '../../app/store/store-context';

/**
 * The session the cockpit shows: the current stage's (so the agenda and the stage always
 * agree, after a reload too), else the one chosen for this workshop, else the latest.
 */
export function selectViewedSessionId(state: AppState): SessionId | null {
  const { workshop, viewedSession, currentStageId } = state;
  if (workshop === null) return null;
  const stage = workshop.agenda.find((item) => item.id === currentStageId);
  if (stage !== undefined) return stageSessionId(workshop, stage);
  const chosen = viewedSession?.workshopId === workshop.id ? viewedSession.sessionId : undefined;
  const known = chosen !== undefined && workshop.sessions.some((session) => session.id === chosen);
  return known ? chosen : latestSession(workshop).id;
}

/** True when the stage belongs to the session the cockpit shows. */
export function useInViewedSession(stage: Pick<AgendaStage, 'sessionId'>): boolean {
  return useAppStore((state) => {
    const viewed = selectViewedSessionId(state);
    return state.workshop === null || viewed === null || stageSessionId(state.workshop, stage) === viewed;
  });
}

/** True when the current stage belongs to an earlier session, which the app shows but does not change. */
export function selectCurrentStageReadOnly(state: AppState): boolean {
  const { workshop, currentStageId } = state;
  const stage = workshop?.agenda.find((item) => item.id === currentStageId);
  if (workshop === null || stage === undefined) return false;
  return isSessionReadOnly(workshop, stageSessionId(workshop, stage));
}

/** The session the current stage belongs to, and whether it is an earlier (read-only) one. */
export function useCurrentStageSession(): { readonly session: Session; readonly readOnly: boolean } | null {
  const workshop = useAppStore((state) => state.workshop);
  const currentStageId = useAppStore((state) => state.currentStageId);
  const stage = workshop?.agenda.find((item) => item.id === currentStageId);
  if (workshop === null || workshop === undefined || stage === undefined) return null;
  const sessionId = stageSessionId(workshop, stage);
  const session = workshopSessions(workshop).find((candidate) => candidate.id === sessionId);
  return session === undefined ? null : { session, readOnly: isSessionReadOnly(workshop, sessionId) };
}

/**
 * The session a stage added to the agenda now belongs to: the shown session when it is a
 * follow-up, undefined for the workshop's own (its stages name no session).
 */
export function useNewStageSessionId(): SessionId | undefined {
  return useAppStore((state) => {
    const shown = selectViewedSessionId(state);
    return state.workshop === null || shown === firstSession(state.workshop).id
      ? undefined
      : (shown ?? undefined);
  });
}
