import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyWorkshop } from '../../test/fixtures/arbitraries';
import { aStakeholder, aWorkshop, FIXED_TIME } from '../../test/fixtures/builders';
import { buildSampleWorkshop } from '../../test/fixtures/build-sample-workshop';
import type { ParseWorkshopResult } from './file';
import { parseWorkshopFile, serialiseWorkshop } from './file';
import { CURRENT_SCHEMA_VERSION, type Workshop } from './workshop';

const fileLabel = 'Claims pilot.readyroom';

function problemOf(result: ParseWorkshopResult) {
  if (result.ok) {
    throw new Error('expected the file to be refused');
  }
  return result.problem;
}

function workshopOf(result: ParseWorkshopResult): Workshop {
  if (!result.ok) {
    throw new Error(`expected the file to open, got: ${result.problem.message}`);
  }
  return result.workshop;
}

/** The same value with the keys of every object in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, entry]) => [key, reverseKeys(entry)]),
  );
}

describe('serialiseWorkshop', () => {
  it('writes indented JSON with a final newline', () => {
    const text = serialiseWorkshop(aWorkshop());

    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe(`  "schemaVersion": ${CURRENT_SCHEMA_VERSION},`);
  });

  it('writes keys in the order the schema declares them', () => {
    const text = serialiseWorkshop(aWorkshop({ stakeholders: [aStakeholder()] }));
    const topLevelKeys = [...text.matchAll(/^ {2}"(\w+)":/gm)].map((match) => match[1]);

    expect(topLevelKeys.slice(0, 5)).toEqual(['schemaVersion', 'id', 'createdAt', 'updatedAt', 'meta']);
    expect(topLevelKeys.at(-1)).toBe('layout');
    expect(text.indexOf('"name"')).toBeLessThan(text.indexOf('"impact"'));
  });

  it('writes the same text however the document was built', () => {
    const workshop = buildSampleWorkshop();

    expect(serialiseWorkshop(reverseKeys(workshop) as Workshop)).toBe(serialiseWorkshop(workshop));
  });

  it('sorts the keys of canvas positions', () => {
    const workshop = aWorkshop();
    const layout = {
      ...workshop.layout,
      dataMap: { ...workshop.layout.dataMap, positions: { zeta: { x: 1, y: 1 }, alpha: { x: 2, y: 2 } } },
    };

    const text = serialiseWorkshop({ ...workshop, layout });

    expect(text.indexOf('"alpha"')).toBeLessThan(text.indexOf('"zeta"'));
  });
});

describe('parseWorkshopFile', () => {
  it('reads back what it wrote', () => {
    const workshop = buildSampleWorkshop();

    expect(workshopOf(parseWorkshopFile(serialiseWorkshop(workshop), fileLabel))).toEqual(workshop);
  });

  it('reads any valid workshop back unchanged, and writes it the same way again', () => {
    fc.assert(
      fc.property(anyWorkshop(), (workshop) => {
        const text = serialiseWorkshop(workshop);
        const readBack = workshopOf(parseWorkshopFile(text, fileLabel));

        expect(readBack).toEqual(workshop);
        expect(serialiseWorkshop(readBack)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it('does not report a migration for a current file', () => {
    const result = parseWorkshopFile(serialiseWorkshop(aWorkshop()), fileLabel);

    expect(result).toEqual({ ok: true, workshop: aWorkshop() });
  });

  it('accepts a byte order mark at the start', () => {
    expect(parseWorkshopFile(`\uFEFF${serialiseWorkshop(aWorkshop())}`, fileLabel).ok).toBe(true);
  });

  it.each(['', '   \n', '\uFEFF'])('says an empty file (%j) is empty', (text) => {
    const problem = problemOf(parseWorkshopFile(text, fileLabel));

    expect(problem.kind).toBe('not-json');
    expect(problem.message).toContain('"Claims pilot.readyroom" is empty');
  });

  it('says a file cut short is cut short or damaged', () => {
    const text = serialiseWorkshop(buildSampleWorkshop());

    const problem = problemOf(parseWorkshopFile(text.slice(0, text.length / 2), fileLabel));

    expect(problem).toEqual({
      kind: 'not-json',
      message: expect.stringContaining('"Claims pilot.readyroom" is cut short or damaged'),
    });
    expect(problem.message).toContain('Open a backup');
  });

  it('says a file padded with zero bytes is damaged', () => {
    const problem = problemOf(parseWorkshopFile(`{"schemaVersion": 3\u0000\u0000\u0000`, fileLabel));

    expect(problem.message).toContain('cut short or damaged');
  });

  it('says text that is not JSON is not a workshop file, and where it goes wrong', () => {
    const problem = problemOf(parseWorkshopFile('{\n  "schemaVersion": 3,\n  oops\n}\n', fileLabel));

    expect(problem.kind).toBe('not-json');
    expect(problem.message).toContain('is not a ReadyRoom workshop file');
    expect(problem.message).toContain('line 3');
  });

  it.each([
    ['an array', '[1, 2, 3]'],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"workshop"'],
    ['an object without schemaVersion', '{"name": "readyroom", "version": "0.1.0"}'],
  ])('says %s does not look like a workshop', (_description, text) => {
    const problem = problemOf(parseWorkshopFile(text, fileLabel));

    expect(problem.kind).toBe('not-a-workshop');
    expect(problem.message).toContain('"Claims pilot.readyroom" does not look like a ReadyRoom workshop');
  });

  it.each([CURRENT_SCHEMA_VERSION + 1, 99, 1e308])(
    'asks to update the app for format version %d',
    (version) => {
      const problem = problemOf(parseWorkshopFile(JSON.stringify({ schemaVersion: version }), fileLabel));

      expect(problem.kind).toBe('too-new');
      expect(problem.message).toContain('made by a newer ReadyRoom');
      expect(problem.message).toContain('Update the app');
    },
  );

  it.each([['"2"'], ['0'], ['-1'], ['1.5'], ['1e400'], ['null']])(
    'refuses the format version %s',
    (version) => {
      const problem = problemOf(parseWorkshopFile(`{"schemaVersion": ${version}}`, fileLabel));

      expect(problem).toEqual({
        kind: 'invalid',
        field: 'schemaVersion',
        message: expect.stringContaining(
          `schemaVersion must be a whole number from 1 to ${CURRENT_SCHEMA_VERSION}`,
        ),
      });
    },
  );

  it('names the file, the field, what is wrong and what to do', () => {
    const workshop = aWorkshop({
      stakeholders: [aStakeholder(), aStakeholder(), aStakeholder(), aStakeholder()],
    });
    const text = serialiseWorkshop(workshop).replace(
      /"impact": 3/g,
      (match, offset: number, whole: string) =>
        whole.lastIndexOf('"impact": 3') === offset ? '"impact": 9' : match,
    );

    const problem = problemOf(parseWorkshopFile(text, fileLabel));

    expect(problem).toEqual({
      kind: 'invalid',
      field: 'stakeholders[3].impact',
      message:
        '"Claims pilot.readyroom" could not be opened: stakeholders[3].impact must be a whole number from 1 to 5. ' +
        '(Items in a list are counted from 0.) The file may have been edited by hand or damaged. ' +
        'Open a backup copy, or correct that value in a text editor and try again.',
    });
  });

  it('points at an unknown field by its full path', () => {
    const text = JSON.stringify({ ...aWorkshop(), meta: { ...aWorkshop().meta, colour: 'blue' } });

    const problem = problemOf(parseWorkshopFile(text, fileLabel));

    expect(problem.field).toBe('meta.colour');
    expect(problem.message).toContain('meta.colour is not a field ReadyRoom knows');
  });

  it('counts the other problems it found', () => {
    const text = JSON.stringify({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: 'w',
      createdAt: 'soon',
      updatedAt: 'later',
    });

    const problem = problemOf(parseWorkshopFile(text, fileLabel));

    expect(problem.field).toBe('createdAt');
    expect(problem.message).toContain('ReadyRoom found 1 other problem after this one.');
  });

  it('refuses a __proto__ key instead of letting it change any prototype', () => {
    const text = `{"schemaVersion": ${CURRENT_SCHEMA_VERSION}, "id": "w", "createdAt": "${FIXED_TIME}", "updatedAt": "${FIXED_TIME}", "__proto__": {"polluted": true}}`;

    const problem = problemOf(parseWorkshopFile(text, fileLabel));

    expect(problem.field).toBe('__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('ignores a __proto__ key among canvas positions without changing any prototype', () => {
    const workshop = aWorkshop();
    const text = serialiseWorkshop(workshop).replace(
      '"positions": {}',
      '"positions": {"__proto__": {"x": 1, "y": 2}, "constructor": {"x": 3, "y": 4}}',
    );

    const opened = workshopOf(parseWorkshopFile(text, fileLabel));

    expect(Object.getPrototypeOf(opened.layout.stakeholders.positions)).toBe(Object.prototype);
    expect(Object.keys(opened.layout.stakeholders.positions)).toEqual(['constructor']);
  });

  it('survives very deep nesting', () => {
    const depth = 100_000;

    for (const text of [
      '['.repeat(depth) + ']'.repeat(depth),
      '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
    ]) {
      const problem = problemOf(parseWorkshopFile(text, fileLabel));
      expect(['not-json', 'not-a-workshop']).toContain(problem.kind);
    }
    const nestedInPart = `{"schemaVersion": ${CURRENT_SCHEMA_VERSION}, "id": "w", "createdAt": "${FIXED_TIME}", "updatedAt": "${FIXED_TIME}", "meta": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expect(problemOf(parseWorkshopFile(nestedInPart, fileLabel)).field).toBe('meta');
  });

  it('uses a neutral label when no file name is given', () => {
    expect(problemOf(parseWorkshopFile('', '')).message).toMatch(/^The file is empty/);
  });
});
