/**
 * Follow-up sessions in the facilitator window: run one on the open workshop, choose which
 * session the cockpit shows, and record the action review and the re-test's answers. Every
 * edit goes through `editWorkshop`, so undo takes it back; voting facts are not touched here.
 */
import { castDraft } from 'immer';
import type { HostApi } from '../../../shared/host-api/contract';
import type { AgendaStageId, SessionId, ActionId } from '../../../shared/workshop/ids';
import { newId } from '../../../shared/workshop/new-id';
import type { Answer, QuestionId } from '../../../shared/workshop/readiness';
import {
  FOLLOW_UP_AGENDA,
  withActionReviewed,
  withFollowUp,
  type ActionReviewChange,
} from '../../../shared/workshop/session-edits';
import { latestSession, sessionStages } from '../../../shared/workshop/sessions';
import { localDate } from '../../../shared/workshop/planned-stage';
import type { Workshop } from '../../../shared/workshop/workshop';
import { FOCUS_PLACES } from '../../app/focus/focus-places';
import type { AppSliceCreator } from '../../app/store/app-state';

export interface FollowUpSlice {
  /** The earlier session the cockpit shows, and its workshop; null shows the latest session. */
  readonly viewedSession: { readonly workshopId: string; readonly sessionId: SessionId } | null;
  /** Shows a session's stages (an earlier one read-only); null goes back to the latest. */
  viewSession(sessionId: SessionId | null): void;
  /** Holds a follow-up on the open workshop today and goes to its first stage. */
  runFollowUp(): void;
  /** Opens a workshop of the library and runs a follow-up on it. */
  runFollowUpOn(path: string): Promise<void>;
  /** Records the review of an action in the latest session. */
  reviewAction(actionId: ActionId, change: ActionReviewChange): void;
  /** Records the group's answer to a question in the latest follow-up; null clears it. */
  setFollowUpAnswer(questionId: QuestionId, answer: Answer | null): void;
}

export function createFollowUpSlice(
  _host: HostApi,
  today: () => Date = () => new Date(),
): AppSliceCreator<FollowUpSlice> {
  return (set, get) => {
    /** Replaces the parts of the workshop a pure edit changed, as one undoable step. */
    function applyEdit(edit: (workshop: Workshop) => Workshop): void {
      const workshop = get().workshop;
      if (workshop === null) return;
      const next = edit(workshop);
      if (next === workshop) return;
      get().editWorkshop((draft) => {
        draft.sessions = castDraft(next.sessions);
        draft.agenda = castDraft(next.agenda);
        draft.actions = castDraft(next.actions);
      });
    }

    function showSessionStart(sessionId: SessionId | null): void {
      const workshop = get().workshop;
      if (workshop === null) return;
      const shown = sessionId ?? latestSession(workshop).id;
      const first = sessionStages(workshop, shown)[0];
      set({ viewedSession: sessionId === null ? null : { workshopId: workshop.id, sessionId } });
      if (first !== undefined) get().goToStage(first.id);
      get().requestFocus({ kind: 'opened', places: [FOCUS_PLACES.stageHeading] });
    }

    return {
      viewedSession: null,
      viewSession: (sessionId) => {
        const workshop = get().workshop;
        const latest = workshop === null ? null : latestSession(workshop).id;
        showSessionStart(sessionId === latest ? null : sessionId);
      },
      runFollowUp: () => {
        const sessionId = newId<SessionId>();
        const stageIds = FOLLOW_UP_AGENDA.map(() => newId<AgendaStageId>());
        applyEdit((workshop) => withFollowUp(workshop, { sessionId, date: localDate(today()), stageIds }));
        showSessionStart(null);
      },
      runFollowUpOn: async (path) => {
        if (get().openFile?.path !== path && !(await get().openWorkshop(path))) return;
        get().runFollowUp();
      },
      reviewAction: (actionId, change) => {
        applyEdit((workshop) => withActionReviewed(workshop, latestSession(workshop).id, actionId, change));
      },
      setFollowUpAnswer: (questionId, answer) => {
        const workshop = get().workshop;
        if (workshop === null) return;
        const session = latestSession(workshop);
        if (session.kind !== 'follow-up') return;
        get().editWorkshop((draft) => {
          const target = draft.sessions.find((candidate) => candidate.id === session.id);
          if (target !== undefined) target.finalAnswers[questionId].answer = answer;
        });
      },
    };
  };
}
