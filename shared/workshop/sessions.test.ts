import { describe, expect, it } from 'vitest';
import { aVotingRound, aWorkshop, fixtureId } from '../../test/fixtures/builders';
import { buildSampleWorkshop } from '../../test/fixtures/build-sample-workshop';
import { followUpSession, workshopSession } from '../../test/fixtures/session-builders';
import type { ActionId, AgendaStageId, SessionId, VotingRoundId } from './ids';
import type { Ballot, VotingRound } from './readiness';
import {
  answerChange,
  isOverdue,
  isSessionReadOnly,
  latestSession,
  overdueActions,
  questionMovements,
  sessionAnswers,
  sessionOfRound,
  sessionRounds,
  sessionStages,
  sessionVerdict,
  stagesAlongside,
  workshopSessions,
} from './sessions';
import { withActionReviewed, withFollowUp } from './session-edits';
import { WorkshopSchema, type Workshop } from './workshop';

const first = fixtureId('session-first') as SessionId;
const later = fixtureId('session-later') as SessionId;

function round(id: string, number: number, sessionId: SessionId | undefined, openedAt: string): VotingRound {
  const round = aVotingRound({
    id: id as VotingRoundId,
    number,
    openedAt,
    closedAt: openedAt,
    revealed: true,
  });
  return sessionId === undefined ? round : { ...round, sessionId };
}

function ballots(
  roundId: string,
  questionId: Ballot['questionId'],
  answers: readonly Ballot['answer'][],
): Ballot[] {
  return answers.map((answer, index) => ({
    id: `${roundId}-${questionId}-${index}` as Ballot['id'],
    roundId: roundId as VotingRoundId,
    questionId,
    voter: { kind: 'device', deviceId: `phone-${index}` as never },
    answer,
    castAt: '2025-03-18T12:05:00.000Z',
  }));
}

/** A workshop where Data was voted No, then Partly at the follow-up; Ownership Yes then Yes. */
function twoSessions(): Workshop {
  const base = aWorkshop({
    sessions: [workshopSession(first, '2025-03-18'), followUpSession(later, '2025-05-20')],
  });
  return {
    ...base,
    readiness: {
      ...base.readiness,
      rounds: [
        round('r1', 1, first, '2025-03-18T12:00:00.000Z'),
        round('r2', 2, later, '2025-05-20T10:00:00.000Z'),
      ],
      ballots: [
        ...ballots('r1', 'data', ['no', 'no', 'partly']),
        ...ballots('r1', 'ownership', ['yes', 'yes']),
        ...ballots('r2', 'data', ['partly', 'partly', 'no']),
        ...ballots('r2', 'ownership', ['yes']),
        ...ballots('r2', 'metrics', ['yes', 'no']),
      ],
    },
  };
}

describe('sessions', () => {
  it('reads a file with no sessions as one workshop session on its date', () => {
    const sessions = workshopSessions(aWorkshop({ meta: { ...aWorkshop().meta, date: '2025-01-02' } }));

    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ kind: 'workshop', date: '2025-01-02' });
  });

  it('makes every session but the latest read-only', () => {
    const workshop = twoSessions();

    expect(latestSession(workshop).id).toBe(later);
    expect(isSessionReadOnly(workshop, first)).toBe(true);
    expect(isSessionReadOnly(workshop, later)).toBe(false);
  });

  it('puts a round in the session it names, else the one held on or before the day it opened', () => {
    const workshop = twoSessions();

    expect(sessionOfRound(workshop, { sessionId: first, openedAt: '2025-06-01T00:00:00Z' })).toBe(first);
    expect(sessionOfRound(workshop, { openedAt: '2025-05-20T09:00:00Z' })).toBe(later);
    expect(sessionOfRound(workshop, { openedAt: '2025-04-01T09:00:00Z' })).toBe(first);
    expect(sessionOfRound(workshop, { openedAt: null })).toBe(first);
    expect(sessionRounds(workshop, later).map((item) => item.id)).toEqual(['r2']);
  });
});

describe('isOverdue', () => {
  const today = '2025-05-20';

  it('flags an action past its due date that is not done or dropped', () => {
    expect(isOverdue({ dueDate: '2025-05-19', status: 'todo' }, today)).toBe(true);
    expect(isOverdue({ dueDate: '2025-05-19', status: 'blocked' }, today)).toBe(true);
    expect(isOverdue({ dueDate: '2025-05-19', status: 'in-progress' }, today)).toBe(true);
  });

  it('does not flag one due today or later, with no date, done or dropped', () => {
    expect(isOverdue({ dueDate: today, status: 'todo' }, today)).toBe(false);
    expect(isOverdue({ dueDate: '', status: 'todo' }, today)).toBe(false);
    expect(isOverdue({ dueDate: '2025-01-01', status: 'done' }, today)).toBe(false);
    expect(isOverdue({ dueDate: '2025-01-01', status: 'dropped' }, today)).toBe(false);
    expect(
      overdueActions(
        [
          { dueDate: '2025-01-01', status: 'done' as const },
          { dueDate: '2025-01-01', status: 'todo' as const },
        ],
        today,
      ),
    ).toEqual([{ dueDate: '2025-01-01', status: 'todo' }]);
  });
});

describe('answers, verdict and movement per session', () => {
  it('takes the majority of the session’s last vote, a tie counting as the less positive answer', () => {
    const answers = sessionAnswers(twoSessions(), later);

    expect(answers.data).toEqual({ answer: 'partly', source: 'vote' });
    expect(answers.metrics).toEqual({ answer: 'no', source: 'vote' });
    expect(answers.buyIn).toEqual({ answer: null, source: null });
  });

  it('prefers the final answer the group recorded in the session', () => {
    const base = twoSessions();
    const workshop: Workshop = {
      ...base,
      sessions: base.sessions.map((session) =>
        session.id === later
          ? {
              ...session,
              finalAnswers: { ...session.finalAnswers, data: { answer: 'yes', rationale: 'Feeds live' } },
            }
          : session,
      ),
    };

    expect(sessionAnswers(workshop, later).data).toEqual({ answer: 'yes', source: 'final' });
  });

  it('gives the verdict then and now', () => {
    const workshop = twoSessions();

    expect(sessionVerdict(workshop, first).kind).toBe('incomplete');
    expect(sessionVerdict(workshop, later).gaps).toEqual(['data', 'metrics']);
  });

  it('shows each question’s movement against every earlier session', () => {
    const movements = questionMovements(twoSessions(), later);

    expect(movements.map((movement) => movement.questionId)).toEqual([
      'ownership',
      'data',
      'buyIn',
      'metrics',
    ]);
    const data = movements.find((movement) => movement.questionId === 'data');
    expect(data?.now).toBe('partly');
    expect(data?.earlier.map(({ session, answer, change }) => [session.id, answer, change])).toEqual([
      [first, 'no', 'better'],
    ]);
    expect(movements.find((movement) => movement.questionId === 'ownership')?.earlier[0]?.change).toBe(
      'same',
    );
    expect(movements.find((movement) => movement.questionId === 'metrics')?.earlier[0]?.change).toBe(
      'unknown',
    );
    expect(answerChange('yes', 'partly')).toBe('worse');
  });
});

describe('withFollowUp', () => {
  it('adds a dated follow-up with its short agenda, valid in the file format', () => {
    const sample = buildSampleWorkshop();
    const stageIds = ['f1', 'f2', 'f3'] as AgendaStageId[];
    const workshop = withFollowUp(sample, { sessionId: later, date: '2025-05-20', stageIds });

    expect(WorkshopSchema.parse(workshop)).toEqual(workshop);
    expect(workshop.sessions.map((session) => session.kind)).toEqual(['workshop', 'follow-up']);
    expect(sessionStages(workshop, later).map((stage) => stage.kind)).toEqual([
      'action-review',
      're-test',
      'actions',
    ]);
    expect(sessionStages(workshop, sample.sessions[0]?.id as SessionId)).toEqual(sample.agenda);
    expect(stagesAlongside(workshop, sample.agenda[9]?.id ?? null)).toEqual(sample.agenda);
    expect(stagesAlongside(workshop, 'f2').map((stage) => stage.id)).toEqual(stageIds);
    expect(stagesAlongside(workshop, null).map((stage) => stage.id)).toEqual(stageIds);
  });
});

describe('withActionReviewed', () => {
  const sample = buildSampleWorkshop();
  const workshop = withFollowUp(sample, { sessionId: later, date: '2025-05-20', stageIds: [] });
  const action = sample.actions.find((candidate) => candidate.dueDate !== '');
  if (action === undefined) throw new Error('the sample has dated actions');
  const actionId = action.id;

  it('changes the action and records the review in the session', () => {
    const reviewed = withActionReviewed(workshop, later, actionId, {
      status: 'in-progress',
      progress: 40,
      note: 'Half the feeds',
    });

    expect(reviewed.actions.find((candidate) => candidate.id === actionId)).toMatchObject({
      status: 'in-progress',
      progress: 40,
      reviewNote: 'Half the feeds',
    });
    expect(reviewed.sessions[1]?.actionReviews).toEqual([
      { actionId, status: 'in-progress', progress: 40, note: 'Half the feeds', dueDate: action.dueDate },
    ]);
    expect(WorkshopSchema.parse(reviewed)).toEqual(reviewed);
  });

  it('keeps the original due date when a new one is set, and forgets it when moved back', () => {
    const moved = withActionReviewed(workshop, later, actionId, { dueDate: '2025-09-30' });
    const movedAgain = withActionReviewed(moved, later, actionId, { dueDate: '2025-10-31' });
    const back = withActionReviewed(movedAgain, later, actionId, { dueDate: action.dueDate });

    expect(moved.actions.find((candidate) => candidate.id === actionId)?.originalDueDate).toBe(
      action.dueDate,
    );
    expect(movedAgain.actions.find((candidate) => candidate.id === actionId)?.originalDueDate).toBe(
      action.dueDate,
    );
    expect(movedAgain.sessions[1]?.actionReviews).toHaveLength(1);
    expect(back.actions.find((candidate) => candidate.id === actionId)?.originalDueDate).toBe('');
  });

  it('leaves the workshop alone for an unknown action or session', () => {
    expect(withActionReviewed(workshop, later, 'nope' as ActionId, { status: 'done' })).toBe(workshop);
    expect(withActionReviewed(workshop, 'nope' as SessionId, actionId, { status: 'done' })).toBe(workshop);
  });
});
