import { describe, expect, it } from 'vitest';
import {
  aDataSource,
  anAction,
  aParticipant,
  aStakeholder,
  aWorkshop,
  fixtureId,
  FIXED_TIME,
  namedOwner,
  participantOwner,
} from '../../test/fixtures/builders';
import { describeValueProblem } from './value-problems';
import { CURRENT_SCHEMA_VERSION, WorkshopSchema } from './workshop';

function problemsOf(document: unknown) {
  const result = WorkshopSchema.safeParse(document, { error: describeValueProblem });
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

describe('WorkshopSchema', () => {
  it('fills in every part of a minimal document', () => {
    const minimal = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: 'workshop-1',
      createdAt: FIXED_TIME,
      updatedAt: FIXED_TIME,
    };

    const parsed = WorkshopSchema.parse(minimal);

    expect(parsed).toEqual(aWorkshop({ meta: { ...aWorkshop().meta, title: '' } }));
  });

  it('fills in the defaults of a part that is only partly written', () => {
    const parsed = WorkshopSchema.parse({
      ...aWorkshop(),
      stakeholders: [{ id: 'stakeholder-1' }],
      readiness: { finalAnswers: { data: { answer: 'no' } } },
    });

    expect(parsed.stakeholders[0]).toMatchObject({
      name: '',
      impact: 3,
      stance: 'neutral',
      isCoDesigner: false,
    });
    expect(parsed.readiness.finalAnswers.data).toEqual({ answer: 'no', rationale: '' });
    expect(parsed.readiness.finalAnswers.ownership).toEqual({ answer: null, rationale: '' });
  });

  it('keeps a document built from the builders unchanged', () => {
    const workshop = aWorkshop({
      participants: [aParticipant({ id: fixtureId('participant-ana'), name: 'Ana' })],
      stakeholders: [aStakeholder({ impact: 5, influence: 1 })],
      dataSources: [aDataSource({ owner: participantOwner(fixtureId('participant-ana')) })],
      actions: [anAction({ owner: namedOwner('Finance team'), dueDate: '2025-04-30' })],
    });

    expect(WorkshopSchema.parse(workshop)).toEqual(workshop);
  });

  it('accepts half-typed text, as autosave writes while people type', () => {
    const workshop = aWorkshop({
      participants: [aParticipant({ name: '' })],
      actions: [anAction({ title: '' })],
    });

    expect(problemsOf(workshop)).toEqual([]);
  });

  it('names the field and the expected value of a wrong number', () => {
    const workshop = aWorkshop({
      stakeholders: [aStakeholder(), aStakeholder(), aStakeholder(), aStakeholder()],
    });
    const damaged = {
      ...workshop,
      stakeholders: workshop.stakeholders.map((entry, index) =>
        index === 3 ? { ...entry, impact: 7 } : entry,
      ),
    };

    expect(problemsOf(damaged)).toEqual([
      { path: ['stakeholders', 3, 'impact'], message: 'must be a whole number from 1 to 5' },
    ]);
  });

  it('refuses fields it does not know rather than dropping them', () => {
    expect(problemsOf({ ...aWorkshop(), mood: 'good' })).toEqual([
      { path: [], message: 'is not a field ReadyRoom knows' },
    ]);
  });

  it('refuses two items of a list with the same id', () => {
    const twin = aStakeholder({ id: fixtureId('stakeholder-twin') });

    expect(problemsOf(aWorkshop({ stakeholders: [twin, aStakeholder(), twin] }))).toEqual([
      {
        path: ['stakeholders', 2, 'id'],
        message: 'repeats the id of stakeholders[0]; every item in a list needs its own id',
      },
    ]);
  });

  it('allows the same id in different lists', () => {
    const shared = 'shared-id';
    const workshop = aWorkshop({
      stakeholders: [aStakeholder({ id: fixtureId(shared) })],
      actions: [anAction({ id: fixtureId(shared) })],
    });

    expect(problemsOf(workshop)).toEqual([]);
  });

  it.each([
    ['an empty id', ''],
    ['an id starting with an underscore', '__proto__'],
    ['an id with a space', 'a b'],
    ['an id longer than 100 characters', 'a'.repeat(101)],
  ])('refuses %s', (_description, id) => {
    expect(problemsOf({ ...aWorkshop(), id })).toEqual([
      {
        path: ['id'],
        message: 'must be an id of up to 100 letters, digits, "-" and "_" that starts with a letter or digit',
      },
    ]);
  });

  it.each([
    [{ kind: 'participant', participantId: 'participant-1' }, true],
    [{ kind: 'named', name: 'Finance team' }, true],
    [{ kind: 'none' }, true],
    [{ kind: 'team' }, false],
    [{ kind: 'named' }, false],
    ['Finance team', false],
  ])('checks the owner %j', (owner, valid) => {
    const problems = problemsOf({ ...aWorkshop(), actions: [{ ...anAction(), owner }] });

    expect(problems.length === 0).toBe(valid);
  });

  it('lists the allowed kinds of an owner with an unknown kind', () => {
    expect(problemsOf({ ...aWorkshop(), actions: [{ ...anAction(), owner: { kind: 'team' } }] })).toEqual([
      {
        path: ['actions', 0, 'owner', 'kind'],
        message: 'must be one of "participant", "stakeholder", "named", "none"',
      },
    ]);
  });

  it.each([
    ['2025-03-14', true],
    ['', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['14/03/2025', false],
    ['2025-03-14T09:00:00Z', false],
  ])('checks the due date %j', (dueDate, valid) => {
    expect(problemsOf(aWorkshop({ actions: [anAction({ dueDate })] })).length === 0).toBe(valid);
  });

  it.each([
    ['2025-03-14T09:30:00Z', true],
    ['2025-03-14T09:30:00.123Z', true],
    ['2025-03-14T09:30:00+01:00', true],
    ['2025-03-14', false],
    ['yesterday', false],
  ])('checks the time %j', (createdAt, valid) => {
    expect(problemsOf({ ...aWorkshop(), createdAt }).length === 0).toBe(valid);
  });

  it('says a required value is missing', () => {
    const { createdAt: _createdAt, ...withoutCreatedAt } = aWorkshop();

    expect(problemsOf(withoutCreatedAt)).toEqual([
      {
        path: ['createdAt'],
        message: 'is missing (it should be a date and time such as 2025-03-14T09:30:00Z)',
      },
    ]);
  });

  it('limits the length of text', () => {
    expect(problemsOf(aWorkshop({ meta: { ...aWorkshop().meta, title: 'x'.repeat(301) } }))).toEqual([
      { path: ['meta', 'title'], message: 'must be text of at most 300 characters' },
    ]);
  });

  it('refuses numbers that are not finite, such as an overflowing 1e400', () => {
    const problems = problemsOf(
      aWorkshop({ stakeholders: [aStakeholder({ influence: Number.POSITIVE_INFINITY })] }),
    );

    expect(problems).toEqual([
      { path: ['stakeholders', 0, 'influence'], message: 'must be a whole number from 1 to 5' },
    ]);
  });
});
