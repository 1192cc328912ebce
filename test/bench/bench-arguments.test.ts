import { describe, expect, it } from 'vitest';
import { BenchArgumentError, parseBenchArguments } from './bench-arguments';

const groups = ['startup', 'canvas', 'docx', 'votes', 'autosave'];

describe('parseBenchArguments', () => {
  it('runs every group, as a table, without checking budgets by default', () => {
    expect(parseBenchArguments([], groups)).toEqual({ groups, json: false, check: false, help: false });
  });

  it('reads --json and --check anywhere on the line', () => {
    const parsed = parseBenchArguments(['startup', '--check', '--json'], groups);
    expect(parsed).toMatchObject({ groups: ['startup'], json: true, check: true });
  });

  it('runs named groups in registry order, once each', () => {
    expect(parseBenchArguments(['autosave', 'startup', 'autosave'], groups).groups).toEqual([
      'startup',
      'autosave',
    ]);
  });

  it('refuses an unknown group and names the known ones', () => {
    expect(() => parseBenchArguments(['startpu'], groups)).toThrow(BenchArgumentError);
    expect(() => parseBenchArguments(['startpu'], groups)).toThrow(/startup, canvas, docx, votes, autosave/);
  });

  it('refuses an unknown option', () => {
    expect(() => parseBenchArguments(['--jsno'], groups)).toThrow(/Unknown option "--jsno"/);
  });

  it('recognises --help and -h', () => {
    expect(parseBenchArguments(['--help'], groups).help).toBe(true);
    expect(parseBenchArguments(['-h'], groups).help).toBe(true);
  });
});
