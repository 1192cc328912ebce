import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkshopFile } from './file';
import type { JsonRecord } from './migrations';
import { migrateToCurrent, migrateVersion1To2, migrations } from './migrations';
import { CURRENT_SCHEMA_VERSION, WorkshopSchema } from './workshop';

const legacyText = readFileSync(new URL('../../test/fixtures/legacy-v1.readyroom', import.meta.url), 'utf8');
const legacyDocument = JSON.parse(legacyText) as JsonRecord;

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

describe('migrateToCurrent', () => {
  it('leaves a current document as it is', () => {
    const document = { schemaVersion: CURRENT_SCHEMA_VERSION, id: 'w' };

    expect(migrateToCurrent(document)).toEqual({ kind: 'current', document, migratedFrom: undefined });
  });

  it('runs the migrations from the version of the document', () => {
    const outcome = migrateToCurrent(versionOneWith({}));

    expect(outcome).toMatchObject({ kind: 'current', migratedFrom: 1, document: { schemaVersion: 2 } });
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
    const withoutOwners = (value: unknown): unknown =>
      JSON.parse(
        JSON.stringify(value, (key, entry: unknown) =>
          key === 'owner' || key === 'postLaunchOwners' ? undefined : entry,
        ),
      );
    expect(withoutOwners(unchangedParts)).toEqual(
      withoutOwners({ ...legacyDocument, schemaVersion: undefined }),
    );
  });
});
