import type { z } from 'zod';

/**
 * Turns zod issues into plain predicates about a field ("must be a list written in square
 * brackets") and field paths into the dotted form people can find in the file
 * (`stakeholders[3].impact`).
 *
 * Leaf values carry their own expectation (see `fields.ts`); this covers everything else.
 */

/** A problem with one value of a document. */
export interface ValueProblem {
  /** Where the value is, for example `stakeholders[3].impact`. */
  readonly field: string;
  /** What is wrong, to be read after the field, for example "must be a whole number from 1 to 5". */
  readonly predicate: string;
}

const expectedTypeNames: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list written in square brackets',
  object: 'a group of named values written in curly brackets',
  record: 'a group of named values written in curly brackets',
  null: 'null',
};

/**
 * A zod error map for parsing documents: phrases every issue as a predicate about the field.
 * Pass it as `schema.safeParse(value, { error: describeValueProblem })`.
 */
export function describeValueProblem(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedTypeNames[issue.expected] ?? `of type ${issue.expected}`;
      return issue.input === undefined ? `is missing (it should be ${expected})` : `must be ${expected}`;
    }
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${String(issue.maximum)} characters long`
        : issue.origin === 'array'
          ? `must have at most ${String(issue.maximum)} items`
          : `must be at most ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `must be at least ${String(issue.minimum)} characters long`
        : issue.origin === 'array'
          ? `must have at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
          : `must be at least ${String(issue.minimum)}`;
    case 'invalid_format':
      return `is not written in the expected form (${issue.format})`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return 'is not a field ReadyRoom knows';
    case 'invalid_union':
      return issue.discriminator !== undefined && 'options' in issue && Array.isArray(issue.options)
        ? `must be one of ${issue.options.map((option) => JSON.stringify(option)).join(', ')}`
        : 'does not match any of the allowed forms';
    case 'invalid_key':
      return 'is not a valid id to use as a key';
    case 'invalid_element':
      return 'has an element that is not valid';
    case 'invalid_value':
      return `must be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    case 'custom':
      return typeof issue.message === 'string' && issue.message !== '' ? issue.message : 'is not valid';
    default:
      return 'is not valid';
  }
}

const identifierPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const longestShownKey = 60;

/** Writes a path as it reads in code: `stakeholders[3].impact`, `layout.workflow.positions["a b"]`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      text += `[${segment}]`;
    } else {
      const key = String(segment);
      if (identifierPattern.test(key) && key.length <= longestShownKey) {
        text += text === '' ? key : `.${key}`;
      } else {
        const shown = key.length > longestShownKey ? `${key.slice(0, longestShownKey)}…` : key;
        text += `[${JSON.stringify(shown)}]`;
      }
    }
  }
  return text === '' ? '(the whole document)' : text;
}

/** The first problem among zod's issues, with the path of an unknown field pointing at that field. */
export function firstValueProblem(issues: readonly z.core.$ZodIssue[]): ValueProblem | undefined {
  const issue = issues[0];
  if (issue === undefined) {
    return undefined;
  }
  if (issue.code === 'unrecognized_keys') {
    const [firstKey, ...otherKeys] = issue.keys;
    const field = formatFieldPath(firstKey === undefined ? issue.path : [...issue.path, firstKey]);
    const others = otherKeys.length === 0 ? '' : ` (nor are ${otherKeys.length} other fields next to it)`;
    return { field, predicate: `${issue.message}${others}` };
  }
  return { field: formatFieldPath(issue.path), predicate: issue.message };
}
