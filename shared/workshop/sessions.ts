/**
 * Sessions held on a workshop: the workshop itself, then follow-ups that review the actions
 * and vote the four questions again. Pure functions the app, the Word report and the
 * command line share: which session a round or stage belongs to, overdue actions, each
 * session's answers and verdict, and how each answer moved since every earlier session.
 */
import type { Action } from './actions';
import type { AgendaStage } from './agenda';
import { ANSWERS, QUESTION_IDS } from './choices';
import type { SessionId } from './ids';
import type { Answer, QuestionId, VotingRound } from './readiness';
import { computeVerdict, tallyRound, type Verdict } from './readiness-logic';
import type { Session } from './session-schema';
import type { Workshop } from './workshop';

type SessionsOf = Pick<Workshop, 'sessions' | 'meta' | 'createdAt'>;

/**
 * The sessions of a workshop, oldest first; never empty. A file that lists none has held one
 * session, the workshop, on its date.
 */
export function workshopSessions(workshop: SessionsOf): readonly Session[] {
  if (workshop.sessions.length > 0) return workshop.sessions;
  const date = workshop.meta.date === '' ? workshop.createdAt.slice(0, 10) : workshop.meta.date;
  return [
    {
      id: 'workshop-session' as SessionId,
      kind: 'workshop',
      date,
      actionReviews: [],
      finalAnswers: noFinalAnswers,
    },
  ];
}

const noFinalAnswer = { answer: null, rationale: '' } as const;
/** The final answers of a session that recorded none. */
export const noFinalAnswers = {
  ownership: noFinalAnswer,
  data: noFinalAnswer,
  buyIn: noFinalAnswer,
  metrics: noFinalAnswer,
};

/** The workshop's first session: the workshop itself. */
export function firstSession(workshop: SessionsOf): Session {
  return workshopSessions(workshop)[0] as Session;
}

/** The session held last: the one the app edits; every earlier one is read-only. */
export function latestSession(workshop: SessionsOf): Session {
  const sessions = workshopSessions(workshop);
  return sessions[sessions.length - 1] as Session;
}

/** True for a session that a later one followed: the app shows it but does not change it. */
export function isSessionReadOnly(workshop: SessionsOf, sessionId: SessionId): boolean {
  return latestSession(workshop).id !== sessionId;
}

/** The session a stage belongs to: its own, or the workshop's when it names none. */
export function stageSessionId(workshop: SessionsOf, stage: Pick<AgendaStage, 'sessionId'>): SessionId {
  return stage.sessionId ?? firstSession(workshop).id;
}

/** The stages of one session's agenda, in agenda order. */
export function sessionStages(
  workshop: SessionsOf & Pick<Workshop, 'agenda'>,
  sessionId: SessionId,
): readonly AgendaStage[] {
  return workshop.agenda.filter((stage) => stageSessionId(workshop, stage) === sessionId);
}

/**
 * The stages of the session `stageId` belongs to, in agenda order (the latest session's when
 * no stage has that id): what "next stage" and "previous stage" walk, so they never cross
 * from one session into another.
 */
export function stagesAlongside(
  workshop: SessionsOf & Pick<Workshop, 'agenda'>,
  stageId: string | null,
): readonly AgendaStage[] {
  const stage = workshop.agenda.find((candidate) => candidate.id === stageId);
  const sessionId = stage === undefined ? latestSession(workshop).id : stageSessionId(workshop, stage);
  return sessionStages(workshop, sessionId);
}

/**
 * The session a round was voted in: the one it names when that session exists, else the
 * latest session held on or before the day the round opened, else the first.
 */
export function sessionOfRound(
  workshop: SessionsOf,
  round: Pick<VotingRound, 'sessionId' | 'openedAt'>,
): SessionId {
  const sessions = workshopSessions(workshop);
  if (round.sessionId !== undefined && sessions.some((session) => session.id === round.sessionId)) {
    return round.sessionId;
  }
  const day = round.openedAt?.slice(0, 10);
  const held = day === undefined ? [] : sessions.filter((session) => session.date <= day);
  return (held[held.length - 1] ?? firstSession(workshop)).id;
}

/** The rounds voted in one session, in round-number order. */
export function sessionRounds(
  workshop: SessionsOf & Pick<Workshop, 'readiness'>,
  sessionId: SessionId,
): readonly VotingRound[] {
  return workshop.readiness.rounds
    .filter((round) => sessionOfRound(workshop, round) === sessionId)
    .sort((first, second) => first.number - second.number);
}

/** True when an action is past its due date (before `today`, `yyyy-mm-dd`) and neither done nor dropped. */
export function isOverdue(action: Pick<Action, 'dueDate' | 'status'>, today: string): boolean {
  return (
    action.dueDate !== '' && action.dueDate < today && action.status !== 'done' && action.status !== 'dropped'
  );
}

/** The actions that are overdue on `today` (`yyyy-mm-dd`), in plan order. */
export function overdueActions<Item extends Pick<Action, 'dueDate' | 'status'>>(
  actions: readonly Item[],
  today: string,
): readonly Item[] {
  return actions.filter((action) => isOverdue(action, today));
}

/** A session's answer to one question and where it comes from. */
export interface SessionAnswer {
  readonly answer: Answer | null;
  /** `final` when the group recorded it, `vote` when it is the majority of the session's last vote on it. */
  readonly source: 'final' | 'vote' | null;
}

/**
 * A session's answer to each question: the final answer recorded in it, else the majority of
 * its latest closed round that asked the question (a tie counts as the less positive answer,
 * because "partly" is not a yes), else none.
 */
export function sessionAnswers(
  workshop: Pick<Workshop, 'sessions' | 'meta' | 'createdAt' | 'readiness'>,
  sessionId: SessionId,
): Readonly<Record<QuestionId, SessionAnswer>> {
  const session = workshopSessions(workshop).find((candidate) => candidate.id === sessionId);
  const finalAnswers = session?.kind === 'follow-up' ? session.finalAnswers : workshop.readiness.finalAnswers;
  const rounds = sessionRounds(workshop, sessionId).filter((round) => round.closedAt !== null);
  const answers = {} as Record<QuestionId, SessionAnswer>;
  for (const questionId of QUESTION_IDS) {
    const final = finalAnswers[questionId].answer;
    answers[questionId] =
      final !== null ? { answer: final, source: 'final' } : majorityOfLatest(workshop, rounds, questionId);
  }
  return answers;
}

function majorityOfLatest(
  workshop: Pick<Workshop, 'readiness'>,
  rounds: readonly VotingRound[],
  questionId: QuestionId,
): SessionAnswer {
  for (const round of [...rounds].reverse()) {
    if (!round.questionIds.includes(questionId)) continue;
    const counts = tallyRound(workshop.readiness, round.id)[questionId];
    if (counts.total === 0) continue;
    // From the least positive answer up, so a tie keeps the more cautious one.
    const answer = [...ANSWERS]
      .reverse()
      .reduce((best, candidate) => (counts[candidate] > counts[best] ? candidate : best));
    return { answer, source: 'vote' };
  }
  return { answer: null, source: null };
}

/** The verdict of one session, from its answers (final answers, else its votes). */
export function sessionVerdict(
  workshop: Pick<Workshop, 'sessions' | 'meta' | 'createdAt' | 'readiness'>,
  sessionId: SessionId,
): Verdict {
  const answers = sessionAnswers(workshop, sessionId);
  const finalAnswers = Object.fromEntries(
    QUESTION_IDS.map((id) => [id, { answer: answers[id].answer, rationale: '' }]),
  ) as Record<QuestionId, { answer: Answer | null; rationale: string }>;
  return computeVerdict({ readiness: { ...workshop.readiness, finalAnswers } });
}

/** How an answer changed from an earlier session to a later one. */
export type AnswerChange = 'better' | 'worse' | 'same' | 'unknown';

/** One earlier session's answer to a question and how the later answer compares with it. */
export interface EarlierAnswer {
  readonly session: Session;
  readonly answer: Answer | null;
  readonly change: AnswerChange;
}

/** The movement of one question: its answer in a session against every earlier session. */
export interface QuestionMovement {
  readonly questionId: QuestionId;
  readonly now: Answer | null;
  /** Every earlier session, oldest first. */
  readonly earlier: readonly EarlierAnswer[];
}

const answerRank: Readonly<Record<Answer, number>> = { no: 0, partly: 1, yes: 2 };

/** How `later` compares with `earlier`: better, worse, the same, or unknown when either is missing. */
export function answerChange(earlier: Answer | null, later: Answer | null): AnswerChange {
  if (earlier === null || later === null) return 'unknown';
  const difference = answerRank[later] - answerRank[earlier];
  return difference > 0 ? 'better' : difference < 0 ? 'worse' : 'same';
}

/** Per question (in the test's order), the answer in `sessionId` against every earlier session. */
export function questionMovements(
  workshop: Pick<Workshop, 'sessions' | 'meta' | 'createdAt' | 'readiness'>,
  sessionId: SessionId,
): readonly QuestionMovement[] {
  const sessions = workshopSessions(workshop);
  const index = sessions.findIndex((session) => session.id === sessionId);
  const earlierSessions = index < 0 ? [] : sessions.slice(0, index);
  const now = sessionAnswers(workshop, sessionId);
  const earlierAnswers = earlierSessions.map((session) => ({
    session,
    answers: sessionAnswers(workshop, session.id),
  }));
  return QUESTION_IDS.map((questionId) => ({
    questionId,
    now: now[questionId].answer,
    earlier: earlierAnswers.map(({ session, answers }) => ({
      session,
      answer: answers[questionId].answer,
      change: answerChange(answers[questionId].answer, now[questionId].answer),
    })),
  }));
}
