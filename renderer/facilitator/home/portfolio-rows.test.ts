import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../../shared/host-api/documents-contract';
import { filterPortfolio, portfolioEntries, sortPortfolio } from './portfolio-rows';

function entry(title: string, summary: Partial<NonNullable<LibraryEntry['summary']>> = {}): LibraryEntry {
  return {
    path: `/library/${title}.readyroom`,
    fileName: `${title}.readyroom`,
    modifiedAt: '2025-04-01T00:00:00.000Z',
    sizeBytes: 100,
    problem: null,
    summary: {
      id: title,
      title,
      organisation: '',
      updatedAt: '2025-04-01T00:00:00.000Z',
      verdict: 'incomplete',
      answers: { ownership: null, data: null, buyIn: null, metrics: null },
      lastSessionDate: '',
      openDueDates: [],
      ...summary,
    },
  };
}

const library = [
  entry('Claims triage', {
    organisation: 'Harbour Mutual',
    verdict: 'not-ready',
    answers: { ownership: 'yes', data: 'no', buyIn: 'partly', metrics: 'yes' },
    lastSessionDate: '2025-03-18',
    openDueDates: ['2025-03-01', '2025-03-30', '2025-06-01'],
  }),
  entry('Fraud alerts', {
    organisation: 'Northwind Insurance',
    verdict: 'ready',
    answers: { ownership: 'yes', data: 'yes', buyIn: 'yes', metrics: 'yes' },
    lastSessionDate: '2025-02-01',
  }),
  entry('Agent assist', { organisation: '', lastSessionDate: '' }),
  { ...entry('broken'), summary: null, problem: 'Damaged' },
];

const today = '2025-04-02';
const titles = (rows: readonly { title: string }[]) => rows.map((row) => row.title);

describe('the portfolio rows', () => {
  it('has one row per readable workshop, its overdue actions counted for today', () => {
    const rows = portfolioEntries(library, today);
    expect(titles(rows)).toEqual(['Claims triage', 'Fraud alerts', 'Agent assist']);
    expect(rows.map((row) => row.overdue)).toEqual([2, 0, 0]);
  });

  it('sorts by each column both ways, empty dates and organisations last either way', () => {
    const rows = portfolioEntries(library, today);
    expect(titles(sortPortfolio(rows, 'title', 'ascending'))).toEqual([
      'Agent assist',
      'Claims triage',
      'Fraud alerts',
    ]);
    expect(titles(sortPortfolio(rows, 'title', 'descending'))).toEqual([
      'Fraud alerts',
      'Claims triage',
      'Agent assist',
    ]);
    expect(titles(sortPortfolio(rows, 'verdict', 'ascending'))).toEqual([
      'Fraud alerts',
      'Claims triage',
      'Agent assist',
    ]);
    expect(titles(sortPortfolio(rows, 'data', 'ascending'))).toEqual([
      'Fraud alerts',
      'Claims triage',
      'Agent assist',
    ]);
    expect(titles(sortPortfolio(rows, 'data', 'descending'))).toEqual([
      'Agent assist',
      'Claims triage',
      'Fraud alerts',
    ]);
    expect(titles(sortPortfolio(rows, 'overdue', 'descending'))).toEqual([
      'Claims triage',
      'Agent assist',
      'Fraud alerts',
    ]);
    expect(titles(sortPortfolio(rows, 'lastSession', 'ascending'))).toEqual([
      'Fraud alerts',
      'Claims triage',
      'Agent assist',
    ]);
    expect(titles(sortPortfolio(rows, 'lastSession', 'descending'))).toEqual([
      'Claims triage',
      'Fraud alerts',
      'Agent assist',
    ]);
    expect(titles(sortPortfolio(rows, 'organisation', 'descending'))).toEqual([
      'Fraud alerts',
      'Claims triage',
      'Agent assist',
    ]);
  });

  it('filters by every word of the text in title or organisation, and by verdict', () => {
    const rows = portfolioEntries(library, today);
    expect(titles(filterPortfolio(rows, 'harbour', 'all'))).toEqual(['Claims triage']);
    expect(titles(filterPortfolio(rows, 'insurance alerts', 'all'))).toEqual(['Fraud alerts']);
    expect(titles(filterPortfolio(rows, '', 'ready'))).toEqual(['Fraud alerts']);
    expect(titles(filterPortfolio(rows, 'claims', 'ready'))).toEqual([]);
  });
});
