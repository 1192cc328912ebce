/** The words the portfolio's CSV and Word summary use for its columns and values, from the text catalogue. */
import type { PortfolioRow } from '../../../../shared/host-api/export-contract';
import { choiceLabels, text } from '../../../../shared/text';
import { ANSWERS } from '../../../../shared/workshop';
import { formatCalendarDate } from '../plan/format';
import { QUESTION_LABELS } from '../plan/labels';

const ANSWER_LABELS = choiceLabels('answer', ANSWERS);

/** A verdict in words, as the app's library shows it. */
export const VERDICT_LABELS: Readonly<Record<PortfolioRow['verdict'], string>> = {
  ready: text('choice.verdict.ready'),
  'not-ready': text('choice.verdict.not-ready'),
  incomplete: text('choice.verdict.incomplete'),
};

/** An answer in words; "Not voted" while nobody answered. */
export function answerLabel(answer: PortfolioRow['answers'][keyof PortfolioRow['answers']]): string {
  return answer === null ? text('portfolio.notVoted') : ANSWER_LABELS[answer];
}

/** The column headings, in the table's order. */
export const PORTFOLIO_HEADINGS = [
  text('portfolio.column.title'),
  text('portfolio.column.organisation'),
  text('portfolio.column.verdict'),
  QUESTION_LABELS.ownership,
  QUESTION_LABELS.data,
  QUESTION_LABELS.buyIn,
  QUESTION_LABELS.metrics,
  text('portfolio.column.lastSession'),
  text('portfolio.column.overdue'),
] as const;

/** A session date as "4 Apr 2025", or "No date". */
export function sessionDateLabel(date: string): string {
  return formatCalendarDate(date) || text('portfolio.noDate');
}
