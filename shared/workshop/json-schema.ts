import { z } from 'zod';
import { WorkshopSchema } from './workshop';

/**
 * The committed `workshop.schema.json` describes what a file may contain, so it is generated
 * from the input side of the schema: parts with defaults may be left out. Files written by
 * the app always contain every part.
 */
export const JSON_SCHEMA_IO = 'input';

/** The JSON Schema of the current file format, as the text of `workshop.schema.json`. */
export function buildWorkshopJsonSchemaText(): string {
  const schema = z.toJSONSchema(WorkshopSchema, { io: JSON_SCHEMA_IO, target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
