import { describe, expect, it } from 'vitest';
import { aReadiness, aWorkshop, anAction, fixtureId } from '../../test/fixtures/builders';
import type { SessionId } from './ids';
import type { Session } from './session-schema';
import { countOverdue, librarySummary, summariseWorkshop } from './summary';

function followUp(id: string, date: string): Session {
  const none = { answer: null, rationale: '' };
  return {
    id: fixtureId(id) as SessionId,
    kind: 'follow-up',
    date,
    actionReviews: [],
    finalAnswers: { ownership: none, data: none, buyIn: none, metrics: none },
  };
}

describe('summariseWorkshop', () => {
  it('gives what the library lists', () => {
    const workshop = aWorkshop({
      meta: { ...aWorkshop().meta, title: ' Claims triage ', organisation: 'Harbour Mutual' },
      updatedAt: '2025-03-18T13:05:00.000Z',
      readiness: aReadiness({ ownership: 'yes', data: 'no', buyIn: 'yes', metrics: 'yes' }),
    });

    const summary = summariseWorkshop(workshop);

    expect(summary).toMatchObject({
      id: workshop.id,
      title: 'Claims triage',
      organisation: 'Harbour Mutual',
      updatedAt: '2025-03-18T13:05:00.000Z',
      verdict: { kind: 'not-ready', gaps: ['data'] },
    });
  });

  it('names a workshop without a title', () => {
    expect(summariseWorkshop(aWorkshop({ meta: { ...aWorkshop().meta, title: '  ' } })).title).toBe(
      'Untitled workshop',
    );
  });
});

describe('librarySummary', () => {
  it('carries what the portfolio shows: latest answers, last session date and open due dates', () => {
    const workshop = aWorkshop({
      meta: { ...aWorkshop().meta, title: 'Claims triage', date: '2025-03-18' },
      readiness: aReadiness({ ownership: 'yes', data: 'no', buyIn: 'partly', metrics: null }),
      actions: [
        anAction({ dueDate: '2025-05-01', status: 'todo' }),
        anAction({ dueDate: '2025-04-01', status: 'blocked' }),
        anAction({ dueDate: '2025-03-01', status: 'done' }),
        anAction({ dueDate: '', status: 'in-progress' }),
        anAction({ dueDate: '2025-01-01', status: 'dropped' }),
      ],
    });

    expect(librarySummary(workshop)).toMatchObject({
      title: 'Claims triage',
      verdict: 'incomplete',
      answers: { ownership: 'yes', data: 'no', buyIn: 'partly', metrics: null },
      lastSessionDate: '2025-03-18',
      openDueDates: ['2025-04-01', '2025-05-01'],
    });
  });

  it('speaks for the latest session: a follow-up’s date, answers and verdict', () => {
    const answer = (value: 'yes' | 'partly' | 'no') => ({ answer: value, rationale: '' });
    const workshop = aWorkshop({
      meta: { ...aWorkshop().meta, date: '2025-03-18' },
      readiness: aReadiness({ ownership: 'yes', data: 'no', buyIn: 'partly', metrics: 'yes' }),
      sessions: [
        { ...followUp('session-workshop', '2025-03-18'), kind: 'workshop' },
        {
          ...followUp('session-follow-up', '2025-05-20'),
          finalAnswers: {
            ownership: answer('yes'),
            data: answer('yes'),
            buyIn: answer('yes'),
            metrics: answer('yes'),
          },
        },
      ],
    });

    expect(librarySummary(workshop)).toMatchObject({
      verdict: 'ready',
      answers: { ownership: 'yes', data: 'yes', buyIn: 'yes', metrics: 'yes' },
      lastSessionDate: '2025-05-20',
    });
  });

  it('counts as overdue the open actions due before today', () => {
    expect(countOverdue(['2025-04-01', '2025-05-01'], '2025-04-02')).toBe(1);
    expect(countOverdue(['2025-04-01', '2025-05-01'], '2025-04-01')).toBe(0);
    expect(countOverdue([], '2025-04-01')).toBe(0);
  });
});
