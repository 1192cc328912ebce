/**
 * Command-line arguments of `npm run bench`: group names, `--json`, `--check`, `--help`.
 * Pure, so it is unit-tested without starting anything.
 */

/** What the runner was asked to do. */
export interface BenchArguments {
  /** Groups to run, in registry order; every registered group when none was named. */
  readonly groups: readonly string[];
  /** Print exactly one JSON object (metric name → number) on stdout and nothing else. */
  readonly json: boolean;
  /** Exit non-zero when a measured metric misses its budget. */
  readonly check: boolean;
  readonly help: boolean;
}

/** A command line the runner cannot follow; the message says what to type instead. */
export class BenchArgumentError extends Error {
  override readonly name = 'BenchArgumentError';
}

/** Usage text printed by `--help` and after an argument error. */
export function benchUsage(knownGroups: readonly string[]): string {
  return [
    'Usage: npm run bench -- [--json] [--check] [group ...]',
    '',
    `Groups: ${knownGroups.join(', ')} (none named: all of them).`,
    '  --json   print one JSON object, metric name → number, on stdout (logs go to stderr)',
    '  --check  exit with code 1 when a measured metric misses its budget',
    '  --help   show this text',
  ].join('\n');
}

/**
 * Parses `argv` (without the node and script paths) against the registered group names.
 * Named groups run in registry order whatever order they were typed in; duplicates are ignored.
 */
export function parseBenchArguments(argv: readonly string[], knownGroups: readonly string[]): BenchArguments {
  let json = false;
  let check = false;
  let help = false;
  const named = new Set<string>();
  for (const argument of argv) {
    if (argument === '--json') json = true;
    else if (argument === '--check') check = true;
    else if (argument === '--help' || argument === '-h') help = true;
    else if (argument.startsWith('-')) {
      throw new BenchArgumentError(`Unknown option "${argument}".`);
    } else if (knownGroups.includes(argument)) named.add(argument);
    else {
      throw new BenchArgumentError(
        `There is no benchmark group called "${argument}". Known groups: ${knownGroups.join(', ')}.`,
      );
    }
  }
  const groups = named.size === 0 ? [...knownGroups] : knownGroups.filter((name) => named.has(name));
  return { groups, json, check, help };
}
