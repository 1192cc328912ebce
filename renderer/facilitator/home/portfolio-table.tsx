import { text, type MessageId } from '../../../shared/text';
import { READINESS_QUESTIONS } from '../../../shared/workshop/choices';
import { useAppStore } from '../../app/store/store-context';
import type { PortfolioColumn, PortfolioEntry, SortDirection } from './portfolio-rows';
import { PORTFOLIO_COLUMNS } from './portfolio-rows';

const VERDICT_LABELS = {
  ready: 'choice.verdict.ready',
  'not-ready': 'choice.verdict.not-ready',
  incomplete: 'choice.verdict.incomplete',
} as const satisfies Record<PortfolioEntry['verdict'], MessageId>;

const ANSWER_LABELS = {
  yes: 'choice.answer.yes',
  partly: 'choice.answer.partly',
  no: 'choice.answer.no',
} as const satisfies Record<'yes' | 'partly' | 'no', MessageId>;

const COLUMN_LABELS: Readonly<Record<PortfolioColumn, string>> = {
  title: text('portfolio.column.title'),
  organisation: text('portfolio.column.organisation'),
  verdict: text('portfolio.column.verdict'),
  ...(Object.fromEntries(READINESS_QUESTIONS.map((question) => [question.id, question.label])) as Record<
    (typeof READINESS_QUESTIONS)[number]['id'],
    string
  >),
  lastSession: text('portfolio.column.lastSession'),
  overdue: text('portfolio.column.overdue'),
};

function sessionDate(date: string): string {
  if (date === '') return text('portfolio.noDate');
  return new Date(`${date}T12:00:00`).toLocaleDateString([], { dateStyle: 'medium' });
}

/** The sort state of the table and how to change it. */
export interface PortfolioSort {
  readonly column: PortfolioColumn;
  readonly direction: SortDirection;
  onSort(column: PortfolioColumn): void;
}

/** A column heading that sorts by its column; the sorted one says which way in `aria-sort`. */
function SortHeading({ column, sort }: { column: PortfolioColumn; sort: PortfolioSort }) {
  const sorted = sort.column === column;
  return (
    <th scope="col" aria-sort={sorted ? sort.direction : 'none'} className={`portfolio__head--${column}`}>
      <button type="button" className="portfolio__sort" onClick={() => sort.onSort(column)}>
        {COLUMN_LABELS[column]}
        <span aria-hidden="true" className="portfolio__sort-mark">
          {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** The portfolio table: one row per workshop, answers and verdicts in words on their colour. */
export function PortfolioTable({
  rows,
  sort,
  caption,
  captionId,
}: {
  rows: readonly PortfolioEntry[];
  sort: PortfolioSort;
  caption: string;
  captionId: string;
}) {
  const openWorkshop = useAppStore((state) => state.openWorkshop);
  return (
    <table className="portfolio__table">
      <caption id={captionId} className="portfolio__caption">
        {caption}
      </caption>
      <thead>
        <tr>
          {PORTFOLIO_COLUMNS.map((column) => (
            <SortHeading key={column} column={column} sort={sort} />
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.path} data-portfolio-path={row.path}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => void openWorkshop(row.path)}>
                {row.title}
              </button>
            </th>
            <td>{row.organisation}</td>
            <td className={`portfolio__verdict portfolio__verdict--${row.verdict}`}>
              {text(VERDICT_LABELS[row.verdict])}
            </td>
            {READINESS_QUESTIONS.map((question) => {
              const answer = row.answers[question.id];
              return (
                <td key={question.id} className={`portfolio__answer portfolio__answer--${answer ?? 'none'}`}>
                  {answer === null ? text('portfolio.notVoted') : text(ANSWER_LABELS[answer])}
                </td>
              );
            })}
            <td>{sessionDate(row.lastSessionDate)}</td>
            <td
              className={
                row.overdue > 0 ? 'portfolio__overdue portfolio__overdue--some' : 'portfolio__overdue'
              }
            >
              {row.overdue}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
