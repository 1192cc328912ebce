import { QUESTION_IDS } from './choices';
import type { Answer, QuestionId } from './readiness';
import type { Verdict } from './readiness-logic';
import { computeVerdict } from './readiness-logic';
import { latestSession, sessionAnswers, sessionVerdict } from './sessions';
import type { WorkshopId } from './ids';
import type { Workshop } from './workshop';

/** What the workshop library shows for one workshop. */
export interface WorkshopSummary {
  readonly id: WorkshopId;
  /** The title, or "Untitled workshop" when it is empty. */
  readonly title: string;
  readonly organisation: string;
  readonly updatedAt: string;
  readonly verdict: Verdict;
}

/** Summarises a workshop for the library listing. */
export function summariseWorkshop(workshop: Workshop): WorkshopSummary {
  const title = workshop.meta.title.trim();
  return {
    id: workshop.id,
    title: title === '' ? 'Untitled workshop' : title,
    organisation: workshop.meta.organisation.trim(),
    updatedAt: workshop.updatedAt,
    verdict: computeVerdict(workshop),
  };
}

/** The latest answer to each readiness question; null while the room has not answered it. */
export type LatestAnswers = Readonly<Record<QuestionId, Answer | null>>;

/**
 * What the library listing carries for one workshop, as the host sends it: the summary plus
 * what the portfolio view shows, so the home screen never opens a workshop file itself.
 */
export interface LibrarySummary {
  readonly id: string;
  readonly title: string;
  readonly organisation: string;
  readonly updatedAt: string;
  /** The latest session's verdict. */
  readonly verdict: Verdict['kind'];
  /** The latest session's answer to each question: its final answer, else the majority of its last vote. */
  readonly answers: LatestAnswers;
  /** The day of the last session held on the workshop (`yyyy-mm-dd`). */
  readonly lastSessionDate: string;
  /**
   * The due dates (`yyyy-mm-dd`) of the actions still open (neither done nor dropped), oldest first: the page
   * counts those before today as overdue, so the count is right on any day without a reread.
   */
  readonly openDueDates: string[];
}

/** Summarises a workshop for the library listing and the portfolio view. */
export function librarySummary(workshop: Workshop): LibrarySummary {
  const { id, title, organisation, updatedAt } = summariseWorkshop(workshop);
  // The latest session speaks for the workshop: a follow-up's re-test, else the workshop's own.
  const session = latestSession(workshop);
  const answers = sessionAnswers(workshop, session.id);
  return {
    id,
    title,
    organisation,
    updatedAt,
    verdict: sessionVerdict(workshop, session.id).kind,
    answers: Object.fromEntries(
      QUESTION_IDS.map((question) => [question, answers[question].answer]),
    ) as Record<QuestionId, Answer | null>,
    lastSessionDate: session.date,
    openDueDates: workshop.actions
      .filter(
        (action) => action.status !== 'done' && action.status !== 'dropped' && action.dueDate.trim() !== '',
      )
      .map((action) => action.dueDate.trim())
      .sort(),
  };
}

/** How many of the open actions' due dates fall before `today` (`yyyy-mm-dd`). */
export function countOverdue(openDueDates: readonly string[], today: string): number {
  return openDueDates.filter((date) => date < today).length;
}
