import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkshopFile } from './file';
import type { JsonRecord } from './migrations';
import { migrateVersion3To4 } from './migrations';
import { samePerson, personOfOwner } from './people';
import { CURRENT_SCHEMA_VERSION, WorkshopSchema, type Workshop } from './workshop';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

function opened(name: string): Workshop {
  const result = parseWorkshopFile(fixture(name), name);
  if (!result.ok) throw new Error(result.problem.message);
  return result.workshop;
}

const versionThreeWith = (actions: unknown): JsonRecord => ({ schemaVersion: 3, id: 'w', actions });

describe('migrateVersion3To4', () => {
  it('makes an owner who is a participant or a stakeholder the Accountable of the action', () => {
    const migrated = migrateVersion3To4(
      versionThreeWith([
        { id: 'a1', owner: { kind: 'participant', participantId: 'p-ruth' } },
        { id: 'a2', owner: { kind: 'stakeholder', stakeholderId: 's-bea' } },
      ]),
    );

    expect(migrated).toEqual({
      schemaVersion: 4,
      id: 'w',
      actions: [
        {
          id: 'a1',
          owner: { kind: 'participant', participantId: 'p-ruth' },
          raci: { accountable: { kind: 'participant', participantId: 'p-ruth' } },
        },
        {
          id: 'a2',
          owner: { kind: 'stakeholder', stakeholderId: 's-bea' },
          raci: { accountable: { kind: 'stakeholder', stakeholderId: 's-bea' } },
        },
      ],
    });
  });

  it('leaves the Accountable empty for a typed name, no owner, or no owner field', () => {
    const actions = [
      { id: 'a1', owner: { kind: 'named', name: 'Finance team' } },
      { id: 'a2', owner: { kind: 'none' } },
      { id: 'a3' },
    ];

    expect(migrateVersion3To4(versionThreeWith(actions))['actions']).toEqual(actions);
  });

  it('passes values it does not recognise through unchanged, and leaves out what the file left out', () => {
    const odd = [42, 'text', { id: 'a', owner: { kind: 'participant', participantId: 7 } }];
    expect(migrateVersion3To4(versionThreeWith(odd))['actions']).toEqual(odd);
    expect(migrateVersion3To4(versionThreeWith('not a list'))['actions']).toBe('not a list');
    expect(migrateVersion3To4({ schemaVersion: 3, id: 'w' })).toEqual({ schemaVersion: 4, id: 'w' });
  });

  it('does not change its input', () => {
    const input = versionThreeWith([{ id: 'a', owner: { kind: 'participant', participantId: 'p' } }]);
    const copy = structuredClone(input);
    migrateVersion3To4(input);
    expect(input).toEqual(copy);
  });

  it('gives a minimal version 3 file an empty plan: no risks, milestones or sign-off yet', () => {
    const result = parseWorkshopFile(
      JSON.stringify({
        schemaVersion: 3,
        id: 'w',
        createdAt: '2025-03-18T09:00:00.000Z',
        updatedAt: '2025-03-18T09:00:00.000Z',
        actions: [{ id: 'a', title: 'Do it' }],
      }),
      'minimal.readyroom',
    );

    if (!result.ok) throw new Error(result.problem.message);
    expect(result.migratedFrom).toBe(3);
    expect(result.workshop.risks).toEqual([]);
    expect(result.workshop.milestones).toEqual({ goNoGoDate: '', others: [] });
    expect(result.workshop.signOff).toEqual({ sponsorName: '', date: '', agreement: '' });
    expect(result.workshop.actions[0]).toMatchObject({
      raci: { accountable: null, responsible: [], consulted: [], informed: [] },
      addresses: [],
      agreedInRoom: false,
    });
  });
});

describe.each([
  ['legacy-v1.readyroom', 1],
  ['legacy-v2.readyroom', 2],
  ['legacy-v3.readyroom', 3],
])('the version %s sample file', (name, version) => {
  const text = fixture(name);

  it(`is a version ${version} file that opens in format ${CURRENT_SCHEMA_VERSION}`, () => {
    expect((JSON.parse(text) as JsonRecord)['schemaVersion']).toBe(version);
    const result = parseWorkshopFile(text, name);

    if (!result.ok) throw new Error(result.problem.message);
    expect(result.migratedFrom).toBe(version);
    expect(result.workshop.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(WorkshopSchema.parse(result.workshop)).toEqual(result.workshop);
  });

  it('makes each action owned by a person its Accountable, and nobody else', () => {
    const workshop = opened(name);

    expect(workshop.actions.length).toBeGreaterThan(0);
    for (const action of workshop.actions) {
      const person = personOfOwner(action.owner);
      if (person === null) expect(action.raci.accountable).toBeNull();
      else expect(action.raci.accountable !== null && samePerson(action.raci.accountable, person)).toBe(true);
      expect(action.raci).toMatchObject({ responsible: [], consulted: [], informed: [] });
      expect(action.addresses).toEqual([]);
      expect(action.agreedInRoom).toBe(false);
    }
  });
});

describe('the version 3 sample file', () => {
  it('keeps everything it had, unchanged', () => {
    const before = JSON.parse(fixture('legacy-v3.readyroom')) as JsonRecord;
    const after = opened('legacy-v3.readyroom');
    // The plan (version 4) and the sessions (version 5).
    const planKeys = new Set([
      'raci',
      'addresses',
      'agreedInRoom',
      'risks',
      'milestones',
      'signOff',
      'sessions',
      'sessionId',
      // What the room writes, and how sure voters were, in version 6.
      'roomActivities',
      'askConfidence',
    ]);
    const withoutPlan = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value, (key, entry: unknown) => (planKeys.has(key) ? undefined : entry)));

    expect(withoutPlan({ ...after, schemaVersion: 3 })).toEqual(before);
  });
});
