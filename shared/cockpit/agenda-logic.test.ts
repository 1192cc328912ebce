import { describe, expect, it } from 'vitest';
import {
  agendaRecord,
  agendaSummarySentence,
  moveItem,
  nextStageId,
  previousStageId,
  stageActualMinutes,
  type AgendaStageLike,
} from './agenda-logic';

function stage(
  id: string,
  timeboxMinutes: number,
  overrides: Partial<AgendaStageLike> = {},
): AgendaStageLike {
  return { id, timeboxMinutes, status: 'planned', visits: [], correctedMinutes: null, ...overrides };
}

const at = (clock: string) => `2026-11-25T${clock}:00.000Z`;

describe('agenda logic', () => {
  const stages = [
    stage('a', 10, { status: 'done', visits: [{ start: at('09:00'), end: at('09:14') }] }),
    stage('b', 20, { status: 'skipped' }),
    stage('c', 30, { status: 'active', visits: [{ start: at('09:14'), end: null }] }),
    stage('d', 15),
  ];

  it('counts a running stage at its timebox until it runs over, so starting it does not shrink the forecast', () => {
    const justStarted = agendaRecord(stages, new Date(at('09:15')));
    // a took 14 (done), b is skipped, c is running (1 of 30 minutes), d is still planned.
    expect(justStarted.plannedMinutes).toBe(55);
    expect(justStarted.forecastMinutes).toBe(14 + 30 + 15);
    expect(justStarted.stages.map((entry) => entry.actualMinutes)).toEqual([14, null, 1, null]);

    const runningOver = agendaRecord(stages, new Date(at('09:54')));
    expect(runningOver.forecastMinutes).toBe(14 + 40 + 15);
    expect(runningOver.actualMinutes).toBe(14 + 40);
  });

  it('adds up every visit to a stage, and a correction replaces what was recorded', () => {
    const revisited = stage('a', 10, {
      status: 'done',
      visits: [
        { start: at('09:00'), end: at('09:12') },
        { start: at('10:00'), end: at('10:03') },
      ],
    });
    expect(stageActualMinutes(revisited, new Date(at('11:00')))).toBe(15);
    expect(stageActualMinutes({ ...revisited, correctedMinutes: 20 }, new Date(at('11:00')))).toBe(20);
    expect(stageActualMinutes(stage('x', 10), new Date(at('11:00')))).toBeNull();

    const record = agendaRecord(
      [{ ...revisited, correctedMinutes: 20 }, stage('d', 15)],
      new Date(at('11:00')),
    );
    expect(record.stages[0]).toMatchObject({ actualMinutes: 20, recordedMinutes: 15, corrected: true });
    expect(record.forecastMinutes).toBe(35);
  });

  it('gives running planned and forecast totals stage by stage', () => {
    const record = agendaRecord(stages, new Date(at('09:24')));
    expect(record.stages.map((entry) => entry.plannedTotalMinutes)).toEqual([10, 10, 40, 55]);
    expect(record.stages.map((entry) => entry.forecastTotalMinutes)).toEqual([14, 14, 44, 59]);
  });

  it('says in one sentence where the day stands', () => {
    expect(agendaSummarySentence(agendaRecord([stage('a', 10), stage('b', 20)], new Date(at('09:00'))))).toBe(
      'Planned: 30 min. Nothing has run yet.',
    );
    expect(agendaSummarySentence(agendaRecord(stages, new Date(at('09:24'))))).toBe(
      'Planned: 55 min. So far: 24 min. On track for 59 min.',
    );
    const finished = [
      stage('a', 10, { status: 'done', visits: [{ start: at('09:00'), end: at('09:14') }] }),
      stage('b', 20, { status: 'skipped' }),
    ];
    expect(agendaSummarySentence(agendaRecord(finished, new Date(at('12:00'))))).toBe(
      'Planned: 10 min. Took: 14 min.',
    );
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
