/**
 * The portfolio's rows, worked out from the library listing the host already sends (no
 * workshop file is opened here): one row per readable workshop, its overdue actions counted
 * for today, sorted by any column and filtered by words and verdict.
 */
import type { LibraryEntry } from '../../../shared/host-api/documents-contract';
import type { PortfolioRow } from '../../../shared/host-api/export-contract';
import { QUESTION_IDS } from '../../../shared/workshop/choices';
import type { QuestionId } from '../../../shared/workshop/readiness';
import { countOverdue } from '../../../shared/workshop/summary';

/** A row of the portfolio, with the file it comes from. */
export interface PortfolioEntry extends PortfolioRow {
  readonly path: string;
}

/** The columns the portfolio can be sorted by. */
export type PortfolioColumn = 'title' | 'organisation' | 'verdict' | QuestionId | 'lastSession' | 'overdue';

/** Every column, in the table's order. */
export const PORTFOLIO_COLUMNS: readonly PortfolioColumn[] = [
  'title',
  'organisation',
  'verdict',
  ...QUESTION_IDS,
  'lastSession',
  'overdue',
];

/** Which way a column is sorted. */
export type SortDirection = 'ascending' | 'descending';

/** A verdict to filter by, or every verdict. */
export type VerdictFilter = PortfolioRow['verdict'] | 'all';

/** Today as `yyyy-mm-dd` in this computer's time zone. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** One row per workshop the library could read, its overdue actions counted on `today`. */
export function portfolioEntries(entries: readonly LibraryEntry[], today: string): PortfolioEntry[] {
  return entries.flatMap((entry) => {
    const summary = entry.summary;
    if (summary === null) return [];
    return [
      {
        path: entry.path,
        title: summary.title,
        organisation: summary.organisation,
        verdict: summary.verdict,
        answers: summary.answers,
        lastSessionDate: summary.lastSessionDate,
        overdue: countOverdue(summary.openDueDates, today),
      },
    ];
  });
}

/** Answers from the best: yes, partly, no, then not voted. */
const ANSWER_ORDER = { yes: 0, partly: 1, no: 2, none: 3 } as const;
/** Verdicts from the best: ready, not ready, then not finished. */
const VERDICT_ORDER = { ready: 0, 'not-ready': 1, incomplete: 2 } as const;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Compares two rows by one column, ascending; ties keep the title order. */
function compareBy(column: PortfolioColumn, first: PortfolioEntry, second: PortfolioEntry): number {
  switch (column) {
    case 'title':
      return collator.compare(first.title, second.title);
    case 'organisation':
      return (
        emptyLast(first.organisation, second.organisation) ??
        collator.compare(first.organisation, second.organisation)
      );
    case 'verdict':
      return VERDICT_ORDER[first.verdict] - VERDICT_ORDER[second.verdict];
    case 'lastSession':
      return (
        emptyLast(first.lastSessionDate, second.lastSessionDate) ??
        first.lastSessionDate.localeCompare(second.lastSessionDate)
      );
    case 'overdue':
      return first.overdue - second.overdue;
    default:
      return ANSWER_ORDER[first.answers[column] ?? 'none'] - ANSWER_ORDER[second.answers[column] ?? 'none'];
  }
}

/** Empty values sort after the others whichever way; undefined when neither is empty. */
function emptyLast(first: string, second: string): number | undefined {
  if (first === '' && second === '') return 0;
  if (first === '') return Number.POSITIVE_INFINITY;
  if (second === '') return Number.NEGATIVE_INFINITY;
  return undefined;
}

/** The rows sorted by a column; rows that tie stay in title order. */
export function sortPortfolio(
  rows: readonly PortfolioEntry[],
  column: PortfolioColumn,
  direction: SortDirection,
): PortfolioEntry[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((first, second) => {
    const order = compareBy(column, first, second);
    // Empty dates and organisations stay at the end in both directions.
    const signed = Number.isFinite(order) ? order * sign : Math.sign(order);
    return signed !== 0 ? signed : collator.compare(first.title, second.title);
  });
}

/** The rows whose title or organisation holds every word of `query`, with the chosen verdict. */
export function filterPortfolio(
  rows: readonly PortfolioEntry[],
  query: string,
  verdict: VerdictFilter,
): PortfolioEntry[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (verdict !== 'all' && row.verdict !== verdict) return false;
    const haystack = `${row.title} ${row.organisation}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
