import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS } from './metrics';
import { REPOSITORY_ROOT } from './registry';

/** The text of the root README's "Benchmarks" section (up to the next second-level heading). */
function benchmarksSection(readme: string): string {
  const start = readme.indexOf('\n## Benchmarks\n');
  if (start < 0) throw new Error('README.md has no "## Benchmarks" section.');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

const read = (relativePath: string) => readFileSync(path.join(REPOSITORY_ROOT, relativePath), 'utf8');

describe('every metric the benchmarks may print', () => {
  const names = METRICS.map((metric) => metric.name);

  it('is in the table of the root README’s Benchmarks section', () => {
    const section = benchmarksSection(read('README.md'));
    expect(names.filter((name) => !section.includes(`| \`${name}\``))).toEqual([]);
  });

  it('is in the table of test/bench/README.md', () => {
    const readme = read('test/bench/README.md');
    expect(names.filter((name) => !readme.includes(`| \`${name}\``))).toEqual([]);
  });
});
