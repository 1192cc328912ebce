import { CURRENT_SCHEMA_VERSION } from './workshop';

/**
 * Migrations bring an older document up to the current format, one version at a time.
 *
 * They run on the raw JSON, before validation, so they must accept anything without
 * throwing: a value they do not recognise is passed through unchanged, and validation of the
 * current format then names the field that is wrong. Each migration is pure (it returns a new
 * object and never changes its input).
 */

/** A parsed JSON object whose shape is not known yet. */
export type JsonRecord = { readonly [key: string]: unknown };

/** Turns a document of version n into a document of version n + 1. */
export type Migration = (document: JsonRecord) => JsonRecord;

/** The result of bringing a raw document up to the current version. */
export type MigrationOutcome =
  | {
      readonly kind: 'current';
      readonly document: JsonRecord;
      /** The version the document had before migrating; undefined when it was already current. */
      readonly migratedFrom: number | undefined;
    }
  /** Not a JSON object with a `schemaVersion`. */
  | { readonly kind: 'not-a-workshop' }
  /** `schemaVersion` is there but is not a version this app knows. */
  | { readonly kind: 'unknown-version'; readonly version: unknown }
  /** Written by a newer app. */
  | { readonly kind: 'too-new'; readonly version: number };

// Written out rather than imported: a migration describes the formats of its time and must not
// change when the current model does. The same goes for the empty version 2 canvas below.
const POST_LAUNCH_QUESTION_KEYS = [
  'modelUpkeep',
  'qualityMonitoring',
  'overrideDecisions',
  'incidentAccountability',
] as const;

function emptyVersion2Canvas(): JsonRecord {
  return { positions: {}, viewport: { x: 0, y: 0, zoom: 1 } };
}

/**
 * Version 1 (ReadyRoom 0.x) wrote every owner (of actions, data sources, metrics, workflow
 * steps and the four post-launch questions) as plain text and kept no canvas layout.
 * Version 2 writes owners as an `OwnerRef` and keeps the layout of each canvas.
 *
 * An owner text that matches exactly one participant's name (ignoring case and extra spaces)
 * becomes a reference to that participant; other text becomes a named owner; empty text
 * becomes "no owner yet".
 */
export function migrateVersion1To2(document: JsonRecord): JsonRecord {
  const participantIdsByName = indexParticipantsByName(document['participants']);
  const toOwner = (value: unknown): unknown => ownerFromVersion1Text(value, participantIdsByName);
  const withOwnerConverted = (item: JsonRecord): JsonRecord =>
    Object.hasOwn(item, 'owner') ? { ...item, owner: toOwner(item['owner']) } : item;
  const withPostLaunchOwnersConverted = (owners: JsonRecord): JsonRecord => {
    const converted: Record<string, unknown> = { ...owners };
    for (const question of POST_LAUNCH_QUESTION_KEYS) {
      if (Object.hasOwn(owners, question)) {
        converted[question] = toOwner(owners[question]);
      }
    }
    return converted;
  };

  const migrated: Record<string, unknown> = { ...document, schemaVersion: 2 };
  // Parts the file leaves out stay left out: the current schema fills in their defaults.
  for (const key of ['actions', 'dataSources', 'metrics'] as const) {
    if (Object.hasOwn(document, key)) {
      migrated[key] = mapRecords(document[key], withOwnerConverted);
    }
  }
  if (Object.hasOwn(document, 'workflow')) {
    migrated['workflow'] = mapRecord(document['workflow'], (workflow) =>
      Object.hasOwn(workflow, 'steps')
        ? { ...workflow, steps: mapRecords(workflow['steps'], withOwnerConverted) }
        : workflow,
    );
  }
  if (Object.hasOwn(document, 'ownership')) {
    migrated['ownership'] = mapRecord(document['ownership'], (ownership) =>
      Object.hasOwn(ownership, 'postLaunchOwners')
        ? {
            ...ownership,
            postLaunchOwners: mapRecord(ownership['postLaunchOwners'], withPostLaunchOwnersConverted),
          }
        : ownership,
    );
  }
  if (!Object.hasOwn(document, 'layout')) {
    migrated['layout'] = {
      stakeholders: emptyVersion2Canvas(),
      influenceGrid: emptyVersion2Canvas(),
      workflow: emptyVersion2Canvas(),
      dataMap: emptyVersion2Canvas(),
    };
  }
  return migrated;
}

/**
 * Version 2 recorded a stage's actual time only while its countdown ran, as one
 * `actualStart`/`actualEnd` pair. Version 3 records every time the stage was on as `visits`
 * (and lets the facilitator correct the minutes), and adds fields that have defaults: where a
 * metric or action came from a suggestion, the participant a stakeholder is, and owners that
 * are stakeholders.
 *
 * A pair with a start becomes one visit. Its end is kept; a missing end stays open only on
 * the stage that was running (`status: "active"`), elsewhere the visit ends where it began,
 * because nobody can tell how long it lasted. A stage with no start gets no visits.
 */
export function migrateVersion2To3(document: JsonRecord): JsonRecord {
  return withEachRecordOf(document, 3, 'agenda', visitsFromVersion2Times);
}

function visitsFromVersion2Times(stage: JsonRecord): JsonRecord {
  const start = stage['actualStart'] ?? null;
  const end = stage['actualEnd'] ?? null;
  // Anything but text or null is left for validation to name.
  if ((start !== null && typeof start !== 'string') || (end !== null && typeof end !== 'string')) {
    return stage;
  }
  const { actualStart: _start, actualEnd: _end, ...rest } = stage;
  if (start === null) {
    return { ...rest, visits: [] };
  }
  const running = stage['status'] === 'active';
  return { ...rest, visits: [{ start, end: end ?? (running ? null : start) }] };
}

/**
 * Version 4 adds the plan a sponsor signs: per action a RACI, what it addresses and whether
 * the room agreed it; a risk register, milestones and a sign-off. All of them have defaults;
 * the one thing carried over is the owner of each action: an owner who is a participant or a
 * stakeholder becomes the action's Accountable. A typed name or no owner leaves it empty.
 */
export function migrateVersion3To4(document: JsonRecord): JsonRecord {
  return withEachRecordOf(document, 4, 'actions', accountableFromVersion3Owner);
}

function accountableFromVersion3Owner(action: JsonRecord): JsonRecord {
  const owner = action['owner'];
  if (Object.hasOwn(action, 'raci') || !isJsonRecord(owner)) return action;
  const person =
    owner['kind'] === 'participant' && typeof owner['participantId'] === 'string'
      ? { kind: 'participant', participantId: owner['participantId'] }
      : owner['kind'] === 'stakeholder' && typeof owner['stakeholderId'] === 'string'
        ? { kind: 'stakeholder', stakeholderId: owner['stakeholderId'] }
        : null;
  return person === null ? action : { ...action, raci: { accountable: person } };
}

/** The id version 5 gives the first session of a file written before sessions. */
export const MIGRATED_FIRST_SESSION_ID = 'workshop-session';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Version 5 keeps every session held on a workshop: the workshop itself, then follow-ups.
 * An older file gets one session, the workshop, dated from the workshop's date (or, when that
 * is empty, the day it was created), and each of its voting rounds names that session. The
 * actions' new fields (`originalDueDate`, `progress`, `reviewNote`) have defaults, and the
 * stored status `todo` keeps its meaning (not started).
 */
export function migrateVersion4To5(document: JsonRecord): JsonRecord {
  const migrated: Record<string, unknown> = { ...document, schemaVersion: 5 };
  if (!Object.hasOwn(document, 'sessions')) {
    migrated['sessions'] = [
      { id: MIGRATED_FIRST_SESSION_ID, kind: 'workshop', date: firstSessionDate(document) },
    ];
  }
  if (Object.hasOwn(document, 'readiness')) {
    migrated['readiness'] = mapRecord(document['readiness'], (readiness) =>
      Object.hasOwn(readiness, 'rounds')
        ? {
            ...readiness,
            rounds: mapRecords(readiness['rounds'], (round) =>
              Object.hasOwn(round, 'sessionId') ? round : { ...round, sessionId: MIGRATED_FIRST_SESSION_ID },
            ),
          }
        : readiness,
    );
  }
  return migrated;
}

function firstSessionDate(document: JsonRecord): unknown {
  const meta = document['meta'];
  const date = isJsonRecord(meta) ? meta['date'] : undefined;
  if (typeof date === 'string' && DAY_PATTERN.test(date)) return date;
  const createdAt = document['createdAt'];
  // Anything else is left for validation to name.
  return typeof createdAt === 'string' ? createdAt.slice(0, 10) : createdAt;
}

/** Version 6 adds the room's writing rounds and dot votes (empty here) and how sure voters were (defaults). */
export function migrateVersion5To6(document: JsonRecord): JsonRecord {
  return { roomActivities: [], ...document, schemaVersion: 6 };
}

/** The migration from each version to the next, keyed by the version it starts from. */
export const migrations: Readonly<Record<number, Migration>> = {
  1: migrateVersion1To2,
  2: migrateVersion2To3,
  3: migrateVersion3To4,
  4: migrateVersion4To5,
  5: migrateVersion5To6,
};

/** Reads `schemaVersion` from a raw document and runs the migrations it needs, in order. */
export function migrateToCurrent(raw: unknown): MigrationOutcome {
  if (!isJsonRecord(raw) || !Object.hasOwn(raw, 'schemaVersion')) {
    return { kind: 'not-a-workshop' };
  }
  const version = raw['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'unknown-version', version };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return { kind: 'too-new', version };
  }
  let document: JsonRecord = raw;
  for (let from = version; from < CURRENT_SCHEMA_VERSION; from += 1) {
    const migration = migrations[from];
    if (migration === undefined) {
      return { kind: 'unknown-version', version };
    }
    document = migration(document);
  }
  return {
    kind: 'current',
    document,
    migratedFrom: version === CURRENT_SCHEMA_VERSION ? undefined : version,
  };
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `document` at `version`, with each record of its list `key` (when it has one) changed by `change`. */
function withEachRecordOf(
  document: JsonRecord,
  version: number,
  key: string,
  change: (record: JsonRecord) => JsonRecord,
): JsonRecord {
  const migrated: Record<string, unknown> = { ...document, schemaVersion: version };
  if (Object.hasOwn(document, key)) migrated[key] = mapRecords(document[key], change);
  return migrated;
}

function mapRecord(value: unknown, change: (record: JsonRecord) => JsonRecord): unknown {
  return isJsonRecord(value) ? change(value) : value;
}

function mapRecords(value: unknown, change: (record: JsonRecord) => JsonRecord): unknown {
  return Array.isArray(value) ? value.map((item: unknown) => mapRecord(item, change)) : value;
}

function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

function indexParticipantsByName(participants: unknown): ReadonlyMap<string, string | null> {
  // null marks a name shared by several participants, which cannot be resolved.
  const idsByName = new Map<string, string | null>();
  if (!Array.isArray(participants)) {
    return idsByName;
  }
  for (const participant of participants) {
    if (!isJsonRecord(participant)) continue;
    const { id, name } = participant;
    if (typeof id !== 'string' || typeof name !== 'string' || name.trim() === '') continue;
    const key = normaliseName(name);
    idsByName.set(key, idsByName.has(key) ? null : id);
  }
  return idsByName;
}

function ownerFromVersion1Text(
  value: unknown,
  participantIdsByName: ReadonlyMap<string, string | null>,
): unknown {
  if (typeof value !== 'string') {
    return value;
  }
  const name = value.trim().replace(/\s+/g, ' ');
  if (name === '') {
    return { kind: 'none' };
  }
  const participantId = participantIdsByName.get(normaliseName(name));
  return typeof participantId === 'string' ? { kind: 'participant', participantId } : { kind: 'named', name };
}
