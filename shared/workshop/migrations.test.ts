import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkshopFile } from './file';
import type { JsonRecord } from './migrations';
import { migrateToCurrent, migrateVersion1To2, migrateVersion2To3, migrations } from './migrations';
import { CURRENT_SCHEMA_VERSION, WorkshopSchema } from './workshop';

const legacyText = readFileSync(new URL('../../test/fixtures/legacy-v1.readyroom', import.meta.url), 'utf8');
const legacyDocument = JSON.parse(legacyText) as JsonRecord;
const legacyVersion2Text = readFileSync(
  new URL('../../test/fixtures/legacy-v2.readyroom', import.meta.url),
  'utf8',
);

const participants = [
  { id: 'p-ruth', name: 'Ruth Adams' },
  { id: 'p-imran', name: 'Imran Shah' },
];

function versionOneWith(parts: JsonRecord): JsonRecord {
  return { schemaVersion: 1, id: 'w', participants, ...parts };
}

describe('migrations', () => {
  it('has one migration for every older version, in sequence', () => {
    const fromVersions = Object.keys(migrations).map(Number);

    expect(fromVersions).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_unused, index) => index + 1),
    );
  });
});

describe('migrateVersion1To2', () => {
  it('turns an owner that names one participant into a reference to that participant', () => {
    const migrated = migrateVersion1To2(versionOneWith({ actions: [{ id: 'a', owner: 'Ruth Adams' }] }));

    expect(migrated['actions']).toEqual([
      { id: 'a', owner: { kind: 'participant', participantId: 'p-ruth' } },
    ]);
  });

  it('matches participant names ignoring case and extra spaces', () => {
    const migrated = migrateVersion1To2(versionOneWith({ metrics: [{ id: 'm', owner: '  imran   SHAH ' }] }));

    expect(migrated['metrics']).toEqual([
      { id: 'm', owner: { kind: 'participant', participantId: 'p-imran' } },
    ]);
  });

  it('keeps any other owner as a typed name, tidied of extra spaces', () => {
    const migrated = migrateVersion1To2(
      versionOneWith({ dataSources: [{ id: 'd', owner: ' Finance   team ' }] }),
    );

    expect(migrated['dataSources']).toEqual([{ id: 'd', owner: { kind: 'named', name: 'Finance team' } }]);
  });

  it('turns an empty owner into no owner', () => {
    const migrated = migrateVersion1To2(versionOneWith({ actions: [{ id: 'a', owner: '   ' }] }));

    expect(migrated['actions']).toEqual([{ id: 'a', owner: { kind: 'none' } }]);
  });

  it('does not guess between two participants with the same name', () => {
    const twins = [
      { id: 'p-1', name: 'Sam Lee' },
      { id: 'p-2', name: 'Sam Lee' },
    ];

    const migrated = migrateVersion1To2({
      schemaVersion: 1,
      participants: twins,
      actions: [{ id: 'a', owner: 'Sam Lee' }],
    });

    expect(migrated['actions']).toEqual([{ id: 'a', owner: { kind: 'named', name: 'Sam Lee' } }]);
  });

  it('converts the owners of workflow steps and of the post-launch questions', () => {
    const migrated = migrateVersion1To2(
      versionOneWith({
        workflow: { steps: [{ id: 's', owner: 'Ruth Adams' }], changes: [] },
        ownership: {
          postLaunchOwners: { modelUpkeep: 'Imran Shah', incidentAccountability: '' },
          notes: 'n',
        },
      }),
    );

    expect(migrated['workflow']).toEqual({
      steps: [{ id: 's', owner: { kind: 'participant', participantId: 'p-ruth' } }],
      changes: [],
    });
    expect(migrated['ownership']).toEqual({
      postLaunchOwners: {
        modelUpkeep: { kind: 'participant', participantId: 'p-imran' },
        incidentAccountability: { kind: 'none' },
      },
      notes: 'n',
    });
  });

  it('adds an empty layout and sets the new version', () => {
    const migrated = migrateVersion1To2(versionOneWith({}));

    expect(migrated['schemaVersion']).toBe(2);
    expect(migrated['layout']).toEqual({
      stakeholders: { positions: {}, viewport: { x: 0, y: 0, zoom: 1 } },
      influenceGrid: { positions: {}, viewport: { x: 0, y: 0, zoom: 1 } },
      workflow: { positions: {}, viewport: { x: 0, y: 0, zoom: 1 } },
      dataMap: { positions: {}, viewport: { x: 0, y: 0, zoom: 1 } },
    });
  });

  it('leaves out the parts the old file left out', () => {
    const migrated = migrateVersion1To2({ schemaVersion: 1, id: 'w' });

    expect(Object.keys(migrated).sort()).toEqual(['id', 'layout', 'schemaVersion']);
  });

  it('passes values it does not recognise through unchanged, for validation to report', () => {
    const strange = versionOneWith({
      actions: 'not a list',
      dataSources: [42, { id: 'd', owner: 7 }],
      workflow: null,
    });

    const migrated = migrateVersion1To2(strange);

    expect(migrated['actions']).toBe('not a list');
    expect(migrated['dataSources']).toEqual([42, { id: 'd', owner: 7 }]);
    expect(migrated['workflow']).toBeNull();
  });

  it('does not change its input', () => {
    const input = versionOneWith({ actions: [{ id: 'a', owner: 'Ruth Adams' }] });
    const before = structuredClone(input);

    migrateVersion1To2(input);

    expect(input).toEqual(before);
  });
});

describe('migrateVersion2To3', () => {
  const at = (clock: string) => `2025-03-18T${clock}:00.000Z`;
  const versionTwoWith = (agenda: unknown): JsonRecord => ({ schemaVersion: 2, id: 'w', agenda });

  it('turns the start and end of a stage into its first visit', () => {
    const migrated = migrateVersion2To3(
      versionTwoWith([
        { id: 's1', status: 'done', actualStart: at('09:00'), actualEnd: at('09:12') },
        { id: 's2', status: 'active', actualStart: at('09:12'), actualEnd: null },
        { id: 's3', status: 'planned', actualStart: null, actualEnd: null },
        { id: 's4', status: 'skipped' },
      ]),
    );

    expect(migrated).toEqual({
      schemaVersion: 3,
      id: 'w',
      agenda: [
        { id: 's1', status: 'done', visits: [{ start: at('09:00'), end: at('09:12') }] },
        { id: 's2', status: 'active', visits: [{ start: at('09:12'), end: null }] },
        { id: 's3', status: 'planned', visits: [] },
        { id: 's4', status: 'skipped', visits: [] },
      ],
    });
  });

  it('closes a visit without an end where it began, unless its stage was the one running', () => {
    const migrated = migrateVersion2To3(
      versionTwoWith([{ id: 's1', status: 'done', actualStart: at('09:00'), actualEnd: null }]),
    );

    expect(migrated['agenda']).toEqual([
      { id: 's1', status: 'done', visits: [{ start: at('09:00'), end: at('09:00') }] },
    ]);
  });

  it('passes values it does not recognise through unchanged, and leaves out what the file left out', () => {
    const odd = { id: 's1', actualStart: 42 };
    expect(migrateVersion2To3(versionTwoWith([odd, 'text']))['agenda']).toEqual([odd, 'text']);
    expect(migrateVersion2To3(versionTwoWith('not a list'))['agenda']).toBe('not a list');
    expect(migrateVersion2To3({ schemaVersion: 2, id: 'w' })).toEqual({ schemaVersion: 3, id: 'w' });
  });

  it('does not change its input', () => {
    const input = versionTwoWith([{ id: 's1', actualStart: at('09:00'), actualEnd: at('09:05') }]);
    const copy = structuredClone(input);
    migrateVersion2To3(input);
    expect(input).toEqual(copy);
  });
});

describe('the version 2 sample file', () => {
  it('opens, upgraded to the current format, with the time of each stage kept as one visit', () => {
    const before = JSON.parse(legacyVersion2Text) as { agenda: { actualStart: string; actualEnd: string }[] };
    const result = parseWorkshopFile(legacyVersion2Text, 'legacy-v2.readyroom');

    if (!result.ok) throw new Error(result.problem.message);
    expect(result.migratedFrom).toBe(2);
    expect(result.workshop.agenda.map((stage) => stage.visits)).toEqual(
      before.agenda.map((stage) => [{ start: stage.actualStart, end: stage.actualEnd }]),
    );
    expect(result.workshop.agenda.every((stage) => stage.correctedMinutes === null)).toBe(true);
  });
});

describe('migrateToCurrent', () => {
  it('leaves a current document as it is', () => {
    const document = { schemaVersion: CURRENT_SCHEMA_VERSION, id: 'w' };

    expect(migrateToCurrent(document)).toEqual({ kind: 'current', document, migratedFrom: undefined });
  });

  it('runs the migrations from the version of the document', () => {
    const outcome = migrateToCurrent(versionOneWith({}));

    expect(outcome).toMatchObject({
      kind: 'current',
      migratedFrom: 1,
      document: { schemaVersion: CURRENT_SCHEMA_VERSION },
    });
  });

  it.each([[null], [[]], ['text'], [{ id: 'w' }]])('says %j is not a workshop', (raw) => {
    expect(migrateToCurrent(raw)).toEqual({ kind: 'not-a-workshop' });
  });

  it.each([[0], [-3], [1.5], ['1'], [null]])('does not know version %j', (version) => {
    expect(migrateToCurrent({ schemaVersion: version })).toEqual({ kind: 'unknown-version', version });
  });

  it('says a document from a newer app is too new', () => {
    expect(migrateToCurrent({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toEqual({
      kind: 'too-new',
      version: CURRENT_SCHEMA_VERSION + 1,
    });
  });
});

describe('the version 1 sample file', () => {
  it('is a version 1 file', () => {
    expect(legacyDocument['schemaVersion']).toBe(1);
    expect(WorkshopSchema.safeParse(legacyDocument).success).toBe(false);
  });

  it('opens, upgraded to the current format', () => {
    const result = parseWorkshopFile(legacyText, 'legacy-v1.readyroom');

    if (!result.ok) throw new Error(result.problem.message);
    expect(result.migratedFrom).toBe(1);
    expect(result.workshop.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(WorkshopSchema.parse(result.workshop)).toEqual(result.workshop);
  });

  it('keeps who owns what', () => {
    const result = parseWorkshopFile(legacyText, 'legacy-v1.readyroom');

    if (!result.ok) throw new Error(result.problem.message);
    const { workshop } = result;
    expect(workshop.actions.map((action) => action.owner)).toEqual([
      { kind: 'participant', participantId: 'p-ruth' },
      { kind: 'participant', participantId: 'p-george' },
      { kind: 'participant', participantId: 'p-claire' },
      { kind: 'named', name: 'Finance team' },
      { kind: 'none' },
    ]);
    expect(workshop.dataSources.map((source) => source.owner)).toEqual([
      { kind: 'participant', participantId: 'p-george' },
      { kind: 'named', name: 'Outsourced scanning supplier' },
      { kind: 'none' },
    ]);
    expect(workshop.ownership.postLaunchOwners).toEqual({
      modelUpkeep: { kind: 'participant', participantId: 'p-maya' },
      qualityMonitoring: { kind: 'participant', participantId: 'p-imran' },
      overrideDecisions: { kind: 'named', name: 'Senior underwriters' },
      incidentAccountability: { kind: 'none' },
    });
    expect(workshop.layout.stakeholders.positions).toEqual({});
  });

  it('keeps everything that did not change between the versions', () => {
    const result = parseWorkshopFile(legacyText, 'legacy-v1.readyroom');

    if (!result.ok) throw new Error(result.problem.message);
    const { layout: _layout, schemaVersion: _version, ...unchangedParts } = result.workshop;
    // Owners changed in version 2; the agenda's times and the fields with defaults in version 3.
    const changedKeys = new Set([
      'owner',
      'postLaunchOwners',
      'actualStart',
      'actualEnd',
      'visits',
      'correctedMinutes',
      'fromSuggestion',
      'participantId',
      // The plan a sponsor signs, in version 4.
      'raci',
      'addresses',
      'agreedInRoom',
      'risks',
      'milestones',
      'signOff',
      // The sessions held on the workshop, in version 5.
      'sessions',
      'sessionId',
      // What the room writes, and how sure voters were, in version 6.
      'roomActivities',
      'askConfidence',
    ]);
    const withoutOwners = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value, (key, entry: unknown) => (changedKeys.has(key) ? undefined : entry)));
    expect(withoutOwners(unchangedParts)).toEqual(
      withoutOwners({ ...legacyDocument, schemaVersion: undefined }),
    );
  });
});
