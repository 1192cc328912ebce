/**
 * The portfolio as CSV, like the actions CSV: UTF-8 with a byte order mark, CRLF line ends,
 * RFC 4180 quoting and formula-looking cells defused. Dates stay `yyyy-mm-dd` so spreadsheets
 * read them as dates; answers and verdicts are in words.
 */
import type { PortfolioRow } from '../../../../shared/host-api/export-contract';
import { QUESTION_IDS } from '../../../../shared/workshop';
import { csvCell } from '../actions-csv';
import { answerLabel, PORTFOLIO_HEADINGS, VERDICT_LABELS } from './portfolio-labels';

/** The rows as CSV text, in the order given (the order the home screen shows). */
export function portfolioToCsv(rows: readonly PortfolioRow[]): string {
  const lines = [
    [...PORTFOLIO_HEADINGS],
    ...rows.map((row) => [
      row.title,
      row.organisation,
      VERDICT_LABELS[row.verdict],
      ...QUESTION_IDS.map((question) => answerLabel(row.answers[question])),
      row.lastSessionDate,
      String(row.overdue),
    ]),
  ];
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
