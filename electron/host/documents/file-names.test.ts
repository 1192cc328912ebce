import { describe, expect, it } from 'vitest';
import {
  describeMoment,
  fileStamp,
  isoFromFileStamp,
  localDay,
  nameKey,
  slugFromFileName,
  slugFromTitle,
  uniqueWorkshopNames,
} from './file-names';

describe('file names from titles', () => {
  it.each([
    ['Q3 Claims Pilot', 'q3-claims-pilot'],
    ['  Claims / triage: phase 2?  ', 'claims-triage-phase-2'],
    ['Café Société', 'cafe-societe'],
    ['Überprüfung der Anträge', 'uberprufung-der-antrage'],
    ['Пилот ИИ', 'пилот-ии'],
    ['???', 'workshop'],
    ['', 'workshop'],
    ['con', 'con-workshop'],
    ['LPT1', 'lpt1-workshop'],
    ['a'.repeat(80), 'a'.repeat(60)],
    [`${'a'.repeat(59)} b`, 'a'.repeat(59)],
  ])('makes %j into %j', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it('makes an imported file name safe, whatever path came with it', () => {
    expect(slugFromFileName('C:\\Users\\dana\\Q3 Pilot.readyroom')).toBe('q3-pilot');
    expect(slugFromFileName('../../etc/passwd')).toBe('passwd');
  });

  it('skips taken names, comparing them as case-insensitive systems do', () => {
    const taken = new Set(['Pilot.readyroom', 'pilot-2.readyroom'].map(nameKey));
    const names = uniqueWorkshopNames('pilot', taken);
    expect([names.next().value, names.next().value]).toEqual(['pilot-3.readyroom', 'pilot-4.readyroom']);
  });
});

describe('stamps', () => {
  it('writes moments that sort in time order and reads them back', () => {
    const moment = new Date('2025-06-02T08:09:10.011Z');
    expect(fileStamp(moment)).toBe('2025-06-02T08-09-10-011Z');
    expect(isoFromFileStamp(fileStamp(moment))).toBe(moment.toISOString());
    expect(
      fileStamp(new Date('2025-06-02T10:00:00Z')) > fileStamp(new Date('2025-06-02T09:59:59.999Z')),
    ).toBe(true);
  });

  it('names days in local time and moments in plain English', () => {
    expect(localDay(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
    expect(describeMoment(new Date(2025, 5, 2, 14, 5))).toBe('2 Jun 2025, 14:05');
    expect(describeMoment(new Date(Number.NaN))).toBe('an unknown time');
  });
});
