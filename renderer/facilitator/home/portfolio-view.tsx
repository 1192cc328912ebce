import './portfolio.css';
import { useId, useMemo, useState } from 'react';
import { text } from '../../../shared/text';
import { useAppStore } from '../../app/store/store-context';
import {
  filterPortfolio,
  localToday,
  type PortfolioColumn,
  portfolioEntries,
  type SortDirection,
  sortPortfolio,
  type VerdictFilter,
} from './portfolio-rows';
import { PortfolioTable } from './portfolio-table';
import { QuietButton } from '../../app/components/quiet-button';
import { SearchField } from '../../app/components/search-field';

const VERDICT_OPTIONS = [
  ['all', 'portfolio.filter.anyVerdict'],
  ['ready', 'choice.verdict.ready'],
  ['not-ready', 'choice.verdict.not-ready'],
  ['incomplete', 'choice.verdict.incomplete'],
] as const;

const EXPORT_BUTTONS = [
  ['csv', text('portfolio.export.csv')],
  ['docx', text('portfolio.export.docx')],
] as const;

/** The export buttons and what became of the last export. */
function PortfolioExport({ onExport }: { onExport: (format: 'csv' | 'docx') => void }) {
  const status = useAppStore((state) => state.portfolioExport);
  return (
    <div className="portfolio__export" role="group" aria-label={text('portfolio.export.group')}>
      {EXPORT_BUTTONS.map(([format, label]) => (
        <QuietButton key={format} disabled={status.state === 'working'} onClick={() => onExport(format)}>
          {label}
        </QuietButton>
      ))}
      <span role="status" aria-live="polite">
        {status.state === 'working' ? text('portfolio.export.preparing') : null}
        {status.state === 'saved' ? text('portfolio.export.saved') : null}
        {status.state === 'downloaded'
          ? text('portfolio.export.downloading', { fileName: status.fileName })
          : null}
      </span>
      {status.state === 'failed' ? (
        <p className="portfolio__problem" role="alert">
          {status.message}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The portfolio across initiatives: every workshop of the library as a row, sortable by each
 * column and filtered by words and verdict, exported as CSV or a one-page Word summary. It is
 * built from the library listing the host sends, so it opens no workshop file itself.
 */
export function PortfolioView() {
  const verdictId = useId();
  const captionId = useId();
  const library = useAppStore((state) => state.library);
  const exportPortfolio = useAppStore((state) => state.exportPortfolio);
  const [query, setQuery] = useState('');
  const [verdict, setVerdict] = useState<VerdictFilter>('all');
  const [sort, setSort] = useState<{ column: PortfolioColumn; direction: SortDirection }>({
    column: 'title',
    direction: 'ascending',
  });
  const today = localToday();
  const all = useMemo(() => portfolioEntries(library?.workshops ?? [], today), [library, today]);
  const rows = useMemo(
    () => sortPortfolio(filterPortfolio(all, query, verdict), sort.column, sort.direction),
    [all, query, verdict, sort],
  );
  if (library === null || library.workshops.length === 0) return null;
  const unreadable = library.workshops.length - all.length;
  return (
    <section aria-labelledby="portfolio-heading" className="portfolio">
      <h2 id="portfolio-heading">{text('portfolio.heading')}</h2>
      <p className="hint">{text('portfolio.lead')}</p>
      <div className="portfolio__filters">
        <SearchField label={text('portfolio.filter.text')} value={query} onValueChange={setQuery} />
        <div className="field field--inline">
          <label htmlFor={verdictId}>{text('portfolio.filter.verdict')}</label>
          <select
            id={verdictId}
            value={verdict}
            onChange={(event) => setVerdict(event.target.value as VerdictFilter)}
          >
            {VERDICT_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {text(label)}
              </option>
            ))}
          </select>
        </div>
        <PortfolioExport
          onExport={(format) => void exportPortfolio({ format, rows, libraryCount: all.length, today })}
        />
      </div>
      {unreadable > 0 ? <p className="hint">{text('portfolio.unreadable', { count: unreadable })}</p> : null}
      {rows.length === 0 ? (
        <p>{text('portfolio.noMatch')}</p>
      ) : (
        <div className="portfolio__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <PortfolioTable
            rows={rows}
            captionId={captionId}
            caption={text('portfolio.caption', { count: rows.length, total: all.length })}
            sort={{
              ...sort,
              onSort: (column) =>
                setSort((current) => ({
                  column,
                  direction:
                    current.column === column && current.direction === 'ascending'
                      ? 'descending'
                      : 'ascending',
                })),
            }}
          />
        </div>
      )}
    </section>
  );
}
