import { z } from 'zod';

/**
 * Small schema factories for the leaf values of a workshop document.
 *
 * Every factory attaches a plain-English expectation ("a whole number from 1 to 5") as the
 * zod error, so that a refused file can be explained to a facilitator as
 * "`stakeholders[3].impact` must be a whole number from 1 to 5".
 *
 * Text the facilitator types is never required to be non-empty: the document is saved while
 * people type, and a half-filled form must always save and load again.
 */

/** Longest text, in characters, for names, titles, roles, teams and other one-line values. */
export const SHORT_TEXT_LIMIT = 300;
/** Longest text, in characters, for concerns, notes, definitions and other free text. */
export const LONG_TEXT_LIMIT = 20_000;
/** Longest text, in characters, for the facilitator's private notes. */
export const NOTES_TEXT_LIMIT = 100_000;

/** Largest distance from the origin, in canvas units, that a node or viewport may have. */
export const COORDINATE_LIMIT = 10_000_000;

/** The part of a zod issue that the expectation messages look at. */
interface IssueInput {
  readonly input?: unknown;
}

/**
 * zod error settings that phrase every problem with a value as one predicate that reads well
 * after the field path: "is missing (it should be …)" or "must be …".
 */
export function expecting(expectation: string): { error: (issue: IssueInput) => string } {
  return {
    error: (issue) =>
      issue.input === undefined ? `is missing (it should be ${expectation})` : `must be ${expectation}`,
  };
}

/**
 * Like {@link expecting}, for a union told apart by its `kind`: an unknown kind is reported
 * with the kinds that are allowed.
 */
export function expectingVariant(expectation: string): {
  error: (issue: IssueInput & { readonly code?: string }) => string;
} {
  const fallback = expecting(expectation).error;
  return {
    error: (issue) =>
      issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)
        ? `must be one of ${issue.options.map((option: unknown) => JSON.stringify(option)).join(', ')}`
        : fallback(issue),
  };
}

/** The fields of each variant of a union told apart by `kind`, by kind. */
type VariantFields = Readonly<Record<string, z.ZodRawShape>>;

/** The variants of a {@link kindUnion}: for each kind, an object with that kind and its fields. */
type Variants<Fields extends VariantFields> = {
  [Kind in keyof Fields & string]: z.ZodObject<{ kind: z.ZodLiteral<Kind> } & Fields[Kind], z.core.$strict>;
}[keyof Fields & string];

/**
 * A union of objects told apart by `kind`: one variant per entry of `variants`, with that
 * kind and the entry's fields. A value that fits none is told what was expected, written
 * from the variants themselves (`a person: {"kind": "participant", "participantId": …} or
 * {"kind": "stakeholder", "stakeholderId": …}`), so the message never lags behind them.
 */
export function kindUnion<const Fields extends VariantFields>(what: string, variants: Fields) {
  const entries = Object.entries(variants);
  const options = entries.map(([kind, fields]) => z.strictObject({ kind: z.literal(kind), ...fields }));
  const shapes = entries.map(
    ([kind, fields]) =>
      `{${[`"kind": "${kind}"`, ...Object.keys(fields).map((name) => `"${name}": …`)].join(', ')}}`,
  );
  const listed =
    shapes.length < 2 ? shapes.join('') : `${shapes.slice(0, -1).join(', ')} or ${shapes.at(-1)}`;
  return z.discriminatedUnion(
    'kind',
    options as unknown as [Variants<Fields>, ...Variants<Fields>[]],
    expectingVariant(`${what}: ${listed}`),
  );
}

/** Required text of at most `limit` characters. */
export function textUpTo(limit: number) {
  const expectation = expecting(`text of at most ${limit.toLocaleString('en-GB')} characters`);
  return z.string(expectation).max(limit, expectation);
}

/** One-line text, empty when not filled in yet. */
export function shortText() {
  return textUpTo(SHORT_TEXT_LIMIT).default('');
}

/** Free text, empty when not filled in yet. */
export function longText() {
  return textUpTo(LONG_TEXT_LIMIT).default('');
}

/** An integer within an inclusive range. */
export function wholeNumber(minimum: number, maximum: number) {
  const expectation = expecting(`a whole number from ${minimum} to ${maximum}`);
  return z.number(expectation).int(expectation).min(minimum, expectation).max(maximum, expectation);
}

/** A finite number within an inclusive range. */
export function numberBetween(minimum: number, maximum: number) {
  const expectation = expecting(`a number from ${minimum} to ${maximum}`);
  return z.number(expectation).min(minimum, expectation).max(maximum, expectation);
}

/** A position on a canvas axis. */
export function coordinate() {
  return numberBetween(-COORDINATE_LIMIT, COORDINATE_LIMIT);
}

/** A yes/no value. */
export function flag() {
  return z.boolean(expecting('true or false'));
}

/** One value out of a fixed list. */
export function choice<const Values extends readonly [string, ...string[]]>(values: Values) {
  const listed = values.map((value) => `"${value}"`).join(', ');
  return z.enum(values, expecting(`one of ${listed}`));
}

// zod's own calendar-date pattern (it knows month lengths and leap years), made optional so
// that an empty string means "no date yet".
const calendarDateOrEmptyPattern = new RegExp(`^(?:${z.regexes.date.source.slice(1, -1)})?$`);

/** A calendar date written `yyyy-mm-dd`, or an empty string when there is no date yet. */
export function calendarDateOrEmpty() {
  const expectation = expecting('a date written as yyyy-mm-dd (for example 2025-03-14), or empty');
  return z.string(expectation).regex(calendarDateOrEmptyPattern, expectation).default('');
}

const timestampExample = 'a date and time such as 2025-03-14T09:30:00Z';

/** An ISO 8601 date and time with `Z` or an offset, for example `2025-03-14T09:30:00.000Z`. */
export function timestamp() {
  return z.iso.datetime({ offset: true, ...expecting(timestampExample) });
}

/** An ISO 8601 date and time, or `null` when the moment has not happened yet. */
export function timestampOrNull() {
  return z.iso.datetime({ offset: true, ...expecting(`${timestampExample}, or null`) }).nullable();
}

/**
 * Names the built-in suggestion an entry was added from (for example `time-saved-per-workflow`),
 * or null. Kept as text, not a fixed list, so that suggestions can change without making
 * older files invalid.
 */
export function suggestionReference() {
  const expectation = expecting('the name of a suggestion (up to 100 letters, digits and "-"), or null');
  return z
    .string(expectation)
    .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, expectation)
    .nullable()
    .default(null);
}

/** A list of items; an absent list reads as empty. */
export function listOf<Item extends z.ZodType>(item: Item) {
  return z.array(item, expecting('a list written in square brackets')).default(() => []);
}

/**
 * One `schema` value for each of a fixed list of ids (the four questions, the pilot's
 * conditions, the data contrasts), keyed by id in the list's order; each value and the whole
 * object start empty.
 */
export function onePerId<const Id extends string, Schema extends z.ZodType>(
  ids: readonly Id[],
  schema: Schema,
) {
  const shape = Object.fromEntries(ids.map((id) => [id, schema.prefault({} as z.input<Schema>)]));
  const object = z.strictObject(shape as { [Key in Id]: z.ZodPrefault<Schema> });
  return object.prefault({} as z.input<typeof object>);
}
