/**
 * Edits of the sessions held on a workshop: holding a follow-up and reviewing an action in it.
 * Pure: each takes the workshop and returns a new one.
 */
import type { Action } from './actions';
import type { AgendaStage } from './agenda';
import type { ActionId, AgendaStageId, SessionId } from './ids';
import type { ActionReview, Session } from './session-schema';
import { noFinalAnswers, workshopSessions } from './sessions';
import { FOLLOW_UP_AGENDA, plannedStage } from './planned-stage';
import type { Workshop } from './workshop';

export { FOLLOW_UP_AGENDA };

/** What a new follow-up needs: its id, its day, and an id for each stage of `FOLLOW_UP_AGENDA`. */
export interface NewFollowUp {
  readonly sessionId: SessionId;
  /** `yyyy-mm-dd`. */
  readonly date: string;
  readonly stageIds: readonly AgendaStageId[];
}

/** The workshop with a new follow-up session held on `date`, its agenda added after the others. */
export function withFollowUp(workshop: Workshop, { sessionId, date, stageIds }: NewFollowUp): Workshop {
  const stages = FOLLOW_UP_AGENDA.map((stage, index): AgendaStage => ({
    ...plannedStage(stage, stageIds[index] ?? (`${sessionId}-stage-${index + 1}` as AgendaStageId)),
    sessionId,
  }));
  const session: Session = {
    id: sessionId,
    kind: 'follow-up',
    date,
    actionReviews: [],
    finalAnswers: noFinalAnswers,
  };
  return {
    ...workshop,
    sessions: [...workshopSessions(workshop), session],
    agenda: [...workshop.agenda, ...stages],
  };
}

/** What the room changed about an action in a review. */
export type ActionReviewChange = Partial<Pick<ActionReview, 'status' | 'progress' | 'note' | 'dueDate'>>;

/**
 * The workshop with one action reviewed in a session: the action takes the new status,
 * progress, note (as `reviewNote`) and due date; the first time its due date moves, the old
 * one is kept as `originalDueDate` (and cleared again if it moves back). The session's review
 * of the action records the result.
 */
export function withActionReviewed(
  workshop: Workshop,
  sessionId: SessionId,
  actionId: ActionId,
  change: ActionReviewChange,
): Workshop {
  const action = workshop.actions.find((candidate) => candidate.id === actionId);
  const sessions = workshopSessions(workshop);
  if (action === undefined || !sessions.some((session) => session.id === sessionId)) return workshop;
  const dueDate = change.dueDate ?? action.dueDate;
  const original = action.originalDueDate ?? '';
  const kept = original === '' && dueDate !== action.dueDate ? action.dueDate : original;
  const progress = change.progress === undefined ? (action.progress ?? null) : change.progress;
  const note = change.note ?? action.reviewNote ?? '';
  const status = change.status ?? action.status;
  const reviewed: Action = {
    ...action,
    status,
    progress,
    reviewNote: note,
    dueDate,
    originalDueDate: kept === dueDate ? '' : kept,
  };
  const review: ActionReview = { actionId, status, progress, note, dueDate };
  return {
    ...workshop,
    actions: workshop.actions.map((candidate) => (candidate.id === actionId ? reviewed : candidate)),
    sessions: sessions.map((session) => {
      if (session.id !== sessionId) return session;
      const others = session.actionReviews.filter((entry) => entry.actionId !== actionId);
      const had = others.length < session.actionReviews.length;
      const actionReviews = had
        ? session.actionReviews.map((entry) => (entry.actionId === actionId ? review : entry))
        : [...session.actionReviews, review];
      return { ...session, actionReviews };
    }),
  };
}

/** A session's review of one action, or undefined when the session did not review it. */
export function actionReviewIn(session: Session, actionId: ActionId): ActionReview | undefined {
  return session.actionReviews.find((entry) => entry.actionId === actionId);
}
