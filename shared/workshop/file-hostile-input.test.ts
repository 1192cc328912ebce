import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { aDataSource, anAction, aParticipant, aStakeholder, aWorkshop } from '../../test/fixtures/builders';
import { buildSampleWorkshop } from '../../test/fixtures/build-sample-workshop';
import type { FileProblemKind } from './file';
import { parseWorkshopFile, serialiseWorkshop } from './file';
import { CURRENT_SCHEMA_VERSION } from './workshop';

/**
 * Throws hostile text at parseWorkshopFile: random text, random JSON, valid files with values
 * replaced, removed or added at random places, files cut short, numbers too big for JSON, and
 * prototype-polluting keys. It must never throw, and every refusal must be explained.
 */

const fileLabel = 'hostile.readyroom';
const problemKinds: readonly FileProblemKind[] = ['not-json', 'not-a-workshop', 'too-new', 'invalid'];

const legacyText = readFileSync(new URL('../../test/fixtures/legacy-v1.readyroom', import.meta.url), 'utf8');
const smallWorkshop = aWorkshop({
  participants: [aParticipant(), aParticipant()],
  stakeholders: [aStakeholder(), aStakeholder()],
  dataSources: [aDataSource()],
  actions: [anAction(), anAction()],
});
const validTexts = [serialiseWorkshop(smallWorkshop), serialiseWorkshop(buildSampleWorkshop()), legacyText];
const validDocuments: readonly unknown[] = validTexts.map((text): unknown => JSON.parse(text));

// Mostly the small document, so that each case stays cheap; the large ones still come up.
const baseIndex = fc.oneof(
  { weight: 6, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.constant(1) },
  { weight: 2, arbitrary: fc.constant(2) },
);

const trickyKeys = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'schemaVersion',
  'id',
  'kind',
  'toString',
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    -1,
    0.5,
    6,
    '',
    'x'.repeat(400),
    null,
    true,
    [],
    {},
  ),
  fc.dictionary(fc.oneof(trickyKeys, fc.string({ maxLength: 8 })), fc.jsonValue({ maxDepth: 1 }), {
    maxKeys: 3,
  }),
  fc
    .integer({ min: 1, max: 3000 })
    .map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown),
);

type Change =
  | { readonly kind: 'replace'; readonly value: unknown }
  | { readonly kind: 'remove' }
  | { readonly kind: 'add'; readonly key: string; readonly value: unknown };

const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 3, arbitrary: hostileValue.map((value): Change => ({ kind: 'replace', value })) },
  { weight: 1, arbitrary: fc.constant<Change>({ kind: 'remove' }) },
  {
    weight: 1,
    arbitrary: fc
      .record({ key: fc.oneof(trickyKeys, fc.string({ maxLength: 8 })), value: hostileValue })
      .map(({ key, value }): Change => ({ kind: 'add', key, value })),
  },
);

/** Copies `value` along a path chosen by `choices`, applying `change` where the path ends. */
function mutate(value: unknown, choices: readonly number[], edit: Change): unknown {
  const [choice, ...rest] = choices;
  const isArray = Array.isArray(value);
  const isObject = typeof value === 'object' && value !== null;
  const keys = isObject ? Object.keys(value) : [];
  if (choice === undefined || !isObject || keys.length === 0) {
    if (edit.kind === 'add' && isObject && !isArray) {
      return Object.fromEntries([...Object.entries(value), [edit.key, edit.value]]);
    }
    return edit.kind === 'replace' ? edit.value : undefined;
  }
  const key = keys[choice % keys.length] ?? '';
  const entries = Object.entries(value);
  if (isArray) {
    const items = [...(value as readonly unknown[])];
    const index = Number(key);
    const changed = mutate(items[index], rest, edit);
    if (changed === undefined) items.splice(index, 1);
    else items[index] = changed;
    return items;
  }
  return Object.fromEntries(
    entries.flatMap(([entryKey, entry]) => {
      if (entryKey !== key) return [[entryKey, entry]];
      const changed = mutate(entry, rest, edit);
      return changed === undefined ? [] : [[entryKey, changed]];
    }),
  );
}

const mutatedDocumentText = fc
  .record({
    base: baseIndex,
    choices: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
    edit: change,
  })
  .map(
    ({ base, choices, edit }) => JSON.stringify(mutate(validDocuments[base], choices, edit)) ?? 'undefined',
  );

const hugeNumbers = [
  '1e400',
  '-1e400',
  '1e-400',
  '123456789012345678901234567890',
  '-0',
  '0.1e1',
  '9007199254740993',
];

const textWithHugeNumber = fc
  .record({ base: baseIndex, occurrence: fc.nat(), number: fc.constantFrom(...hugeNumbers) })
  .map(({ base, occurrence, number }) => {
    const text = validTexts[base] ?? '';
    const matches = [...text.matchAll(/: (-?\d+(?:\.\d+)?)/g)];
    const match = matches[occurrence % Math.max(matches.length, 1)];
    if (match?.index === undefined) return text;
    return `${text.slice(0, match.index)}: ${number}${text.slice(match.index + match[0].length)}`;
  });

const textWithCharacterChanged = fc
  .record({
    base: baseIndex,
    position: fc.nat(),
    character: fc.string({ minLength: 1, maxLength: 2, unit: 'binary' }),
  })
  .map(({ base, position, character }) => {
    const text = validTexts[base] ?? '';
    const index = position % text.length;
    return `${text.slice(0, index)}${character}${text.slice(index + 1)}`;
  });

const workshopLikeJson = fc
  .record({
    schemaVersion: fc.oneof(
      fc.constant<unknown>(CURRENT_SCHEMA_VERSION),
      fc.constant<unknown>(1),
      hostileValue,
    ),
    parts: fc.dictionary(
      fc.oneof(trickyKeys, fc.constantFrom('meta', 'stakeholders', 'actions', 'layout', 'readiness')),
      hostileValue,
      { maxKeys: 4 },
    ),
  })
  .map(({ schemaVersion, parts }) => JSON.stringify({ ...parts, schemaVersion }));

const anythingAsJson = fc
  .anything({ key: fc.oneof(trickyKeys, fc.string({ maxLength: 6 })), maxDepth: 3, withNullPrototype: true })
  .map((value) => {
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  });

type HostileCase = { readonly text: string; readonly cutShort: boolean };

const hostileCase: fc.Arbitrary<HostileCase> = fc.oneof(
  fc.string({ maxLength: 200, unit: 'binary' }).map((text) => ({ text, cutShort: false })),
  anythingAsJson.map((text) => ({ text, cutShort: false })),
  workshopLikeJson.map((text) => ({ text, cutShort: false })),
  { weight: 4, arbitrary: mutatedDocumentText.map((text) => ({ text, cutShort: false })) },
  textWithHugeNumber.map((text) => ({ text, cutShort: false })),
  textWithCharacterChanged.map((text) => ({ text, cutShort: false })),
  fc
    .record({ base: baseIndex, fraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }) })
    .map(({ base, fraction }) => {
      const text = (validTexts[base] ?? '').trimEnd();
      return { text: text.slice(0, 1 + Math.floor(fraction * (text.length - 1))), cutShort: true };
    }),
);

describe('parseWorkshopFile with hostile input', () => {
  afterAll(() => {
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('x');
  });

  it('never throws, and explains every refusal', () => {
    const outcomes = new Map<string, number>();
    fc.assert(
      fc.property(hostileCase, ({ text, cutShort }) => {
        const result = parseWorkshopFile(text, fileLabel);
        const outcome = result.ok ? 'opened' : result.problem.kind;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);

        if (result.ok) {
          expect(result.workshop.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
          return;
        }
        const { problem } = result;
        expect(problemKinds).toContain(problem.kind);
        expect(problem.message).toContain(`"${fileLabel}"`);
        if (problem.kind === 'invalid') {
          expect(typeof problem.field).toBe('string');
          expect(problem.field).not.toBe('');
          expect(problem.message).toContain(problem.field);
        }
        if (cutShort) {
          expect(problem.kind).toBe('not-json');
          expect(problem.message).toContain('cut short');
        }
      }),
      { numRuns: 10_000 },
    );
    // The mix must reach every kind of outcome, or the fuzz is not testing what it claims.
    expect([...outcomes.keys()].sort()).toEqual([
      'invalid',
      'not-a-workshop',
      'not-json',
      'opened',
      'too-new',
    ]);
  });
});
