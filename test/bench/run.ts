/**
 * `npm run bench -- [--json] [--check] [group ...]`: runs benchmark groups and prints a
 * table, or with `--json` exactly one JSON object (metric name → number) on stdout.
 * Everything else (progress, build output, warnings) goes to stderr.
 *
 * Exit codes: 0 normally (budget misses included); 1 when a group failed, or with `--check`
 * when a measured metric missed its budget; 2 for a command line it cannot follow.
 */
import { benchUsage, BenchArgumentError, parseBenchArguments } from './bench-arguments';
import { GROUPS } from './groups/index';
import { budgetMisses, formatReportTable, roundedMetrics, type GroupResult } from './report';
import { createBenchContext } from './registry';

/**
 * Sends everything that would reach stdout to stderr instead (libraries that log with
 * `console.log`, tools that write progress) and returns the one writer left to stdout.
 */
function reserveStdout(): (text: string) => void {
  const writeToStdout = process.stdout.write.bind(process.stdout);
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  return (text) => {
    writeToStdout(text);
  };
}

async function main(): Promise<number> {
  const groupNames = GROUPS.map((group) => group.name);
  let parsed;
  try {
    parsed = parseBenchArguments(process.argv.slice(2), groupNames);
  } catch (error) {
    if (!(error instanceof BenchArgumentError)) throw error;
    process.stderr.write(`${error.message}\n\n${benchUsage(groupNames)}\n`);
    return 2;
  }
  if (parsed.help) {
    // With --json, stdout carries JSON only.
    (parsed.json ? process.stderr : process.stdout).write(`${benchUsage(groupNames)}\n`);
    return 0;
  }
  const writeResult = reserveStdout();
  const context = createBenchContext();

  const results: GroupResult[] = [];
  const values: Record<string, number> = {};
  for (const name of parsed.groups) {
    const group = GROUPS.find((candidate) => candidate.name === name);
    if (group === undefined) continue;
    context.log(`group ${name}…`);
    const started = performance.now();
    try {
      const outcome = await group.run(context);
      const metrics = roundedMetrics(name, outcome.metrics);
      Object.assign(values, metrics);
      results.push({ group: name, outcome: { kind: 'measured', metrics } });
      context.log(`group ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      context.log(`group ${name} FAILED: ${message}`);
      results.push({ group: name, failure: message });
    }
  }

  writeResult(parsed.json ? `${JSON.stringify(values)}\n` : `${formatReportTable(results)}\n`);

  const misses = budgetMisses(values);
  for (const missed of misses) context.log(`budget missed: ${missed.name}`);
  if (results.some((result) => 'failure' in result)) return 1;
  return parsed.check && misses.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
