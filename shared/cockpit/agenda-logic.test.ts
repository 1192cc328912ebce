import { describe, expect, it } from 'vitest';
import { agendaTotals, moveItem, nextStageId, previousStageId, type AgendaStageLike } from './agenda-logic';

function stage(
  id: string,
  timeboxMinutes: number,
  overrides: Partial<AgendaStageLike> = {},
): AgendaStageLike {
  return { id, timeboxMinutes, status: 'planned', actualStart: null, actualEnd: null, ...overrides };
}

describe('agenda logic', () => {
  const stages = [
    stage('a', 10, {
      status: 'done',
      actualStart: '2026-11-25T09:00:00Z',
      actualEnd: '2026-11-25T09:14:00Z',
    }),
    stage('b', 20, { status: 'skipped' }),
    stage('c', 30, { status: 'active', actualStart: '2026-11-25T09:14:00Z' }),
    stage('d', 15),
  ];

  it('sums planned and actual minutes, skipping skipped stages', () => {
    const totals = agendaTotals(stages, new Date('2026-11-25T09:24:00Z'));
    expect(totals.map((total) => total.plannedTotalMinutes)).toEqual([10, 10, 40, 55]);
    expect(totals.map((total) => total.actualMinutes)).toEqual([14, null, 10, null]);
    expect(totals.map((total) => total.actualTotalMinutes)).toEqual([14, 14, 24, 39]);
  });

  it('moves to the next and previous stage, stepping over skipped ones', () => {
    expect(nextStageId(stages, 'a')).toBe('c');
    expect(nextStageId(stages, 'd')).toBeNull();
    expect(nextStageId(stages, null)).toBe('a');
    expect(previousStageId(stages, 'c')).toBe('a');
    expect(previousStageId(stages, 'a')).toBeNull();
  });

  it('reorders without losing or duplicating items', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 1, 99)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });
});
