import { z } from 'zod';
import { migrateToCurrent } from './migrations';
import { describeValueProblem, firstValueProblem } from './value-problems';
import type { Workshop } from './workshop';
import { CURRENT_SCHEMA_VERSION, WorkshopSchema } from './workshop';

/** The file name extension of workshop files. */
export const WORKSHOP_FILE_EXTENSION = '.readyroom';

/** Why a file could not be opened. */
export type FileProblemKind = 'not-json' | 'not-a-workshop' | 'too-new' | 'invalid';

/** Why a file could not be opened, in words a facilitator can act on. */
export interface FileProblem {
  readonly kind: FileProblemKind;
  /** A complete message naming the file, what is wrong and where, and what to do. */
  readonly message: string;
  /** The path of the wrong value, for example `stakeholders[3].impact`; always set for `invalid`. */
  readonly field?: string;
}

/** The result of reading a workshop file. */
export type ParseWorkshopResult =
  | {
      readonly ok: true;
      readonly workshop: Workshop;
      /** The format version the file had, when it was older than the current one and was upgraded. */
      readonly migratedFrom?: number;
    }
  | { readonly ok: false; readonly problem: FileProblem };

/**
 * Writes a workshop as the text of a `.readyroom` file: JSON indented by two spaces, keys in
 * the order the schema declares them (keys of maps, such as canvas positions, sorted), and a
 * final newline. The same document always gives the same text, however it was built.
 */
export function serialiseWorkshop(workshop: Workshop): string {
  return `${JSON.stringify(orderLikeSchema(workshop, WorkshopSchema), null, 2)}\n`;
}

/**
 * Reads the text of a `.readyroom` file, upgrading older formats. Never throws: anything that
 * is not a valid workshop comes back as a problem whose message names `fileLabel`.
 */
export function parseWorkshopFile(text: string, fileLabel: string): ParseWorkshopResult {
  const file = quoteFileLabel(fileLabel);
  try {
    return parseText(text, file);
  } catch {
    // Nothing above is expected to throw; this keeps the promise if something does.
    return refuse(
      'not-a-workshop',
      `${file} could not be read because of an unexpected problem. Check that it is a ReadyRoom workshop file, or open a backup copy.`,
    );
  }
}

function parseText(text: string, file: string): ParseWorkshopResult {
  // trim() also removes a byte order mark.
  if (typeof text !== 'string' || text.trim() === '') {
    return refuse(
      'not-json',
      `${file} is empty, so there is no workshop in it. This can happen when saving was interrupted. Open a backup or an earlier copy of the workshop.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return refuse('not-json', describeUnreadableText(text, error, file));
  }

  const migration = migrateToCurrent(raw);
  switch (migration.kind) {
    case 'not-a-workshop':
      return refuse(
        'not-a-workshop',
        `${file} does not look like a ReadyRoom workshop: it has no "schemaVersion". Check that you picked a ${WORKSHOP_FILE_EXTENSION} file made by ReadyRoom.`,
      );
    case 'too-new':
      return refuse(
        'too-new',
        `${file} was made by a newer ReadyRoom (file format ${migration.version}; this app reads up to format ${CURRENT_SCHEMA_VERSION}). Update the app to open it; the file itself is fine.`,
      );
    case 'unknown-version':
      return refuseInvalid(file, {
        field: 'schemaVersion',
        predicate: `must be a whole number from 1 to ${CURRENT_SCHEMA_VERSION}`,
      });
    case 'current':
      break;
  }

  const result = WorkshopSchema.safeParse(migration.document, { error: describeValueProblem });
  if (!result.success) {
    const problem = firstValueProblem(result.error.issues) ?? {
      field: '(the whole document)',
      predicate: 'is not valid',
    };
    return refuseInvalid(file, problem, result.error.issues.length - 1);
  }
  return migration.migratedFrom === undefined
    ? { ok: true, workshop: result.data }
    : { ok: true, workshop: result.data, migratedFrom: migration.migratedFrom };
}

function refuse(kind: FileProblemKind, message: string): ParseWorkshopResult {
  return { ok: false, problem: { kind, message } };
}

function refuseInvalid(
  file: string,
  problem: { readonly field: string; readonly predicate: string },
  otherProblemCount = 0,
): ParseWorkshopResult {
  const others =
    otherProblemCount <= 0
      ? ''
      : ` ReadyRoom found ${otherProblemCount} other problem${otherProblemCount === 1 ? '' : 's'} after this one.`;
  const counting = /\[\d+\]/.test(problem.field) ? ' (Items in a list are counted from 0.)' : '';
  return {
    ok: false,
    problem: {
      kind: 'invalid',
      field: problem.field,
      message:
        `${file} could not be opened: ${problem.field} ${problem.predicate}.${counting}${others} ` +
        'The file may have been edited by hand or damaged. Open a backup copy, or correct that value in a text editor and try again.',
    },
  };
}

const longestShownLabel = 120;

function quoteFileLabel(fileLabel: string): string {
  const label = typeof fileLabel === 'string' && fileLabel.trim() !== '' ? fileLabel.trim() : 'The file';
  if (label === 'The file') {
    return label;
  }
  return `"${label.length > longestShownLabel ? `${label.slice(0, longestShownLabel)}…` : label}"`;
}

function describeUnreadableText(text: string, error: unknown, file: string): string {
  if (text.includes('\u0000') || endsInsideJson(text)) {
    return `${file} is cut short or damaged: it ends before the workshop is complete. This can happen when saving was interrupted or a copy did not finish. Open a backup or an earlier copy of the workshop.`;
  }
  const place = describeErrorPlace(text, error);
  return `${file} is not a ReadyRoom workshop file: its text is not valid JSON${place}. Check that you picked the right file, or open a backup copy.`;
}

/** True when the text stops inside a string, object or array, as a file cut short does. */
function endsInsideJson(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (inString) {
      if (escaped) escaped = false;
      else if (character === '\\') escaped = true;
      else if (character === '"') inString = false;
    } else if (character === '"') {
      inString = true;
    } else if (character === '{' || character === '[') {
      depth += 1;
    } else if (character === '}' || character === ']') {
      depth -= 1;
    }
  }
  return inString || depth > 0;
}

function describeErrorPlace(text: string, error: unknown): string {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  const position = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  if (!Number.isSafeInteger(position) || position < 0 || position > text.length) {
    return '';
  }
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return ` (the problem is near line ${line}, column ${column})`;
}

/**
 * Rebuilds a value with object keys in the order the schema declares them; keys the schema
 * does not know, and keys of maps, follow in sorted order.
 */
function orderLikeSchema(value: unknown, schema: z.ZodType | undefined): unknown {
  if (
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodOptional
  ) {
    return orderLikeSchema(value, schema.unwrap() as z.ZodType);
  }
  if (Array.isArray(value)) {
    const itemSchema = schema instanceof z.ZodArray ? (schema.element as z.ZodType) : undefined;
    return value.map((item: unknown) => orderLikeSchema(item, itemSchema));
  }
  if (typeof value !== 'object' || value === null) {
    return value;
  }
  const record = value as Readonly<Record<string, unknown>>;
  const keys = Object.keys(record);
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Readonly<Record<string, z.ZodType>>;
    const declared = Object.keys(shape).filter((key) => Object.hasOwn(record, key));
    const undeclared = keys.filter((key) => !Object.hasOwn(shape, key)).sort();
    return Object.fromEntries(
      [...declared, ...undeclared].map((key) => [key, orderLikeSchema(record[key], shape[key])]),
    );
  }
  if (schema instanceof z.ZodDiscriminatedUnion) {
    return orderLikeSchema(value, matchingOption(schema, record));
  }
  const entrySchema = schema instanceof z.ZodRecord ? (schema.valueType as z.ZodType) : undefined;
  return Object.fromEntries(keys.sort().map((key) => [key, orderLikeSchema(record[key], entrySchema)]));
}

function matchingOption(
  union: z.ZodDiscriminatedUnion,
  record: Readonly<Record<string, unknown>>,
): z.ZodType | undefined {
  const discriminator = union.def.discriminator;
  return union.options.find((option): option is z.ZodObject => {
    if (!(option instanceof z.ZodObject)) return false;
    const tag: unknown = (option.shape as Readonly<Record<string, unknown>>)[discriminator];
    return tag instanceof z.ZodLiteral && tag.values.has(record[discriminator] as z.core.util.Literal);
  });
}
