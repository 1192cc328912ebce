import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSampleWorkshop } from '../../test/fixtures/build-sample-workshop';
import { serialiseWorkshop } from './file';
import { buildWorkshopJsonSchemaText } from './json-schema';

const committedSchemaFile = new URL('./workshop.schema.json', import.meta.url);

// Run with UPDATE_SCHEMA=1 to rewrite workshop.schema.json after changing the schema.
const updating = process.env['UPDATE_SCHEMA'] === '1';

describe('workshop.schema.json', () => {
  it.runIf(updating)('is rewritten from the schema', () => {
    writeFileSync(committedSchemaFile, buildWorkshopJsonSchemaText(), 'utf8');
  });

  it('matches the schema in the code (run with UPDATE_SCHEMA=1 to regenerate it)', () => {
    expect(readFileSync(committedSchemaFile, 'utf8')).toBe(buildWorkshopJsonSchemaText());
  });

  it('describes a written workshop file', () => {
    const schema = JSON.parse(buildWorkshopJsonSchemaText()) as {
      readonly properties: Readonly<Record<string, unknown>>;
      readonly required: readonly string[];
    };
    const written = JSON.parse(serialiseWorkshop(buildSampleWorkshop())) as Readonly<Record<string, unknown>>;

    expect(Object.keys(schema.properties)).toEqual(Object.keys(written));
    expect(schema.required).toEqual(['schemaVersion', 'id', 'createdAt', 'updatedAt']);
  });
});
