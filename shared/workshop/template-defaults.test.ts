/**
 * The template writes a new workshop's starting values by hand (it is not derived from the
 * zod schema). This test keeps the two in step: the new workshop parses unchanged, and every
 * value the schema would fill in by itself (a `.default()` or `.prefault()`) is the value the
 * template wrote, except the few the template fills on purpose (listed below).
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createWorkshopFromTemplate } from './template';
import { WorkshopSchema } from './workshop';

/** Where the template puts something other than the schema's default, and why (`[]`: any item). */
const FILLED_ON_PURPOSE: Readonly<Record<string, string>> = {
  'meta.title': 'the title the facilitator typed',
  'meta.date': 'the day the workshop is created',
  agenda: 'the standard agenda of ten stages',
  'agenda[].title': 'each stage’s title from the text catalogue',
  sessions: 'the workshop’s own first session',
};

const filledOnPurpose = (path: string) => path.replace(/\[\d+\]/g, '[]') in FILLED_ON_PURPOSE;

/** A place where the template's value and the schema's default disagree. */
interface Disagreement {
  readonly path: string;
  readonly template: unknown;
  readonly schemaDefault: unknown;
}

type Schema = z.core.$ZodType;

const NO_DEFAULT = Symbol('no default');

/** What the schema makes of a missing value: its default, or {@link NO_DEFAULT}. */
function defaultOf(schema: Schema): unknown {
  const parsed = (schema as z.ZodType).safeParse(undefined);
  return parsed.success && parsed.data !== undefined ? parsed.data : NO_DEFAULT;
}

/** The schema under defaults, optionals and other wrappers that do not change the shape. */
function unwrapped(schema: Schema): Schema {
  const def = schema._zod.def as { type: string; innerType?: Schema; in?: Schema };
  if (def.innerType !== undefined) return unwrapped(def.innerType);
  if (def.type === 'pipe' && def.in !== undefined) return unwrapped(def.in);
  return schema;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Walks `value` alongside `schema` and lists every place where the schema gives a default
 * that `value` does not hold. Objects are compared field by field, so that a default made of
 * defaults (`prefault({})`) is checked at its leaves; lists are compared whole, then item by
 * item against the item schema.
 */
function disagreements(schema: Schema, value: unknown, path: string): Disagreement[] {
  const inner = unwrapped(schema);
  const def = inner._zod.def as {
    type: string;
    shape?: Readonly<Record<string, Schema>>;
    element?: Schema;
    options?: readonly Schema[];
  };
  if (def.type === 'object' && def.shape !== undefined && isRecord(value)) {
    return Object.entries(def.shape).flatMap(([key, field]) =>
      disagreements(field, value[key], path === '' ? key : `${path}.${key}`),
    );
  }
  if (def.type === 'union' && def.options !== undefined) {
    const option = def.options.find((candidate) => (candidate as z.ZodType).safeParse(value).success);
    return option === undefined ? [] : disagreements(option, value, path);
  }
  const found: Disagreement[] = [];
  const schemaDefault = defaultOf(schema);
  if (schemaDefault !== NO_DEFAULT && !filledOnPurpose(path) && !isDeepStrictEqual(value, schemaDefault))
    found.push({ path, template: value, schemaDefault });
  if (def.type === 'array' && def.element !== undefined && Array.isArray(value)) {
    const element = def.element;
    found.push(...value.flatMap((item, index) => disagreements(element, item, `${path}[${index}]`)));
  }
  return found;
}

/** Every path below `schema` where the schema gives a default (`[]` for any item of a list). */
function pathsWithDefaults(schema: Schema, path: string): string[] {
  const def = unwrapped(schema)._zod.def as {
    type: string;
    shape?: Readonly<Record<string, Schema>>;
    element?: Schema;
    options?: readonly Schema[];
  };
  const below = (field: Schema, key: string) =>
    pathsWithDefaults(field, path === '' ? key : `${path}.${key}`);
  return [
    ...(defaultOf(schema) === NO_DEFAULT ? [] : [path]),
    ...Object.entries(def.shape ?? {}).flatMap(([key, field]) => below(field, key)),
    ...(def.element === undefined ? [] : pathsWithDefaults(def.element, `${path}[]`)),
    ...(def.options ?? []).flatMap((option) => pathsWithDefaults(option, path)),
  ];
}

describe('the new-workshop template and the schema', () => {
  const workshop = createWorkshopFromTemplate({ title: 'Claims triage', now: new Date(2025, 2, 18, 8, 45) });

  it('the schema reads a new workshop back unchanged', () => {
    expect(WorkshopSchema.parse(workshop)).toStrictEqual(workshop);
  });

  it('every value the schema would fill in is the template’s, except what the template fills on purpose', () => {
    expect(disagreements(WorkshopSchema, workshop, '')).toEqual([]);
  });

  it('the walk reaches the schema’s defaults (and the exceptions are real defaults)', () => {
    const paths = pathsWithDefaults(WorkshopSchema, '');
    expect(paths).toEqual(expect.arrayContaining(Object.keys(FILLED_ON_PURPOSE)));
    expect(paths).toEqual(
      expect.arrayContaining([
        'facilitatorNotes',
        'retrospective.whatItProved',
        'readiness.rounds',
        'layout',
      ]),
    );
  });

  it('finds a value the template wrote differently from the schema', () => {
    const drifted = { ...workshop, retrospective: { ...workshop.retrospective, whatItProved: 'Proved' } };
    expect(disagreements(WorkshopSchema, drifted, '')).toEqual([
      { path: 'retrospective.whatItProved', template: 'Proved', schemaDefault: '' },
    ]);
  });
});
