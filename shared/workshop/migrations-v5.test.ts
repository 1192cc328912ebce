import { describe, expect, it } from 'vitest';
import { buildSampleWorkshop } from '../../test/fixtures/build-sample-workshop';
import { fixtureText, openedFixture } from '../../test/fixtures/open-fixture';
import { parseWorkshopFile } from './file';
import type { JsonRecord } from './migrations';
import { MIGRATED_FIRST_SESSION_ID, migrateVersion4To5 } from './migrations';
import { computeVerdict } from './readiness-logic';
import { QUESTION_IDS } from './choices';
import { sessionAnswers, sessionRounds, sessionVerdict, workshopSessions } from './sessions';
import { CURRENT_SCHEMA_VERSION, WorkshopSchema } from './workshop';

const fixture = fixtureText;
const opened = openedFixture;

describe('migrateVersion4To5', () => {
  it('gives the file one session, the workshop, on its date, and puts every round in it', () => {
    const migrated = migrateVersion4To5({
      schemaVersion: 4,
      id: 'w',
      createdAt: '2025-03-10T14:22:05.000Z',
      meta: { date: '2025-03-18' },
      readiness: { rounds: [{ id: 'r1' }, { id: 'r2', sessionId: 'kept' }] },
    });

    expect(migrated).toEqual({
      schemaVersion: 5,
      id: 'w',
      createdAt: '2025-03-10T14:22:05.000Z',
      meta: { date: '2025-03-18' },
      sessions: [{ id: MIGRATED_FIRST_SESSION_ID, kind: 'workshop', date: '2025-03-18' }],
      readiness: {
        rounds: [
          { id: 'r1', sessionId: MIGRATED_FIRST_SESSION_ID },
          { id: 'r2', sessionId: 'kept' },
        ],
      },
    });
  });

  it('dates the session from the day the file was created when the workshop has no date', () => {
    const migrated = migrateVersion4To5({
      schemaVersion: 4,
      createdAt: '2024-11-02T08:00:00Z',
      meta: { date: '' },
    });

    expect(migrated['sessions']).toEqual([
      { id: MIGRATED_FIRST_SESSION_ID, kind: 'workshop', date: '2024-11-02' },
    ]);
  });

  it('passes through what it does not recognise and never changes its input', () => {
    const input: JsonRecord = Object.freeze({ schemaVersion: 4, readiness: 'odd', sessions: 3 });

    expect(migrateVersion4To5(input)).toEqual({ schemaVersion: 5, readiness: 'odd', sessions: 3 });
  });
});

describe.each([
  ['legacy-v1.readyroom', 1],
  ['legacy-v2.readyroom', 2],
  ['legacy-v3.readyroom', 3],
  ['legacy-v4.readyroom', 4],
])('the version %s file', (name, version) => {
  const before = JSON.parse(fixture(name)) as JsonRecord;

  it(`opens in format ${CURRENT_SCHEMA_VERSION} with one workshop session holding every round`, () => {
    expect(before['schemaVersion']).toBe(version);
    const result = parseWorkshopFile(fixture(name), name);
    if (!result.ok) throw new Error(result.problem.message);
    const workshop = result.workshop;

    expect(result.migratedFrom).toBe(version);
    expect(WorkshopSchema.parse(workshop)).toEqual(workshop);
    expect(workshop.sessions).toHaveLength(1);
    const [session] = workshop.sessions;
    expect(session?.kind).toBe('workshop');
    expect(session?.date).toBe(
      workshop.meta.date === '' ? workshop.createdAt.slice(0, 10) : workshop.meta.date,
    );
    expect(workshop.readiness.rounds.every((round) => round.sessionId === MIGRATED_FIRST_SESSION_ID)).toBe(
      true,
    );
    expect(sessionRounds(workshop, MIGRATED_FIRST_SESSION_ID as never)).toHaveLength(
      workshop.readiness.rounds.length,
    );
  });

  it('keeps the meaning: same actions and statuses, same verdict', () => {
    const workshop = opened(name);
    const firstId = workshopSessions(workshop)[0]?.id;
    if (firstId === undefined) throw new Error('no session');

    const answers = sessionAnswers(workshop, firstId);
    for (const questionId of QUESTION_IDS) {
      const final = workshop.readiness.finalAnswers[questionId].answer;
      if (final !== null) expect(answers[questionId]).toEqual({ answer: final, source: 'final' });
    }
    if (QUESTION_IDS.every((id) => workshop.readiness.finalAnswers[id].answer !== null)) {
      expect(sessionVerdict(workshop, firstId)).toEqual(computeVerdict(workshop));
    }
    for (const action of workshop.actions) {
      expect(action.originalDueDate).toBeUndefined();
      expect(action.progress).toBeUndefined();
      expect(['todo', 'in-progress', 'done', 'blocked']).toContain(action.status);
    }
  });
});

describe('the version 4 sample file', () => {
  it('opens as the current sample workshop, apart from the session id the migration gives', () => {
    const migrated = opened('legacy-v4.readyroom');
    const current = buildSampleWorkshop();
    const sessionId = current.sessions[0]?.id;
    const renamed = JSON.parse(
      JSON.stringify(migrated).replaceAll(MIGRATED_FIRST_SESSION_ID, sessionId ?? ''),
    ) as unknown;

    expect(renamed).toEqual(current);
  });
});
