import type { FocusEventHandler, ReactNode } from 'react';

/** One column of a stage table: its header, and a class for its width. */
export interface StageTableColumn {
  readonly label: ReactNode;
  /** A `stage-table__column--…` class that sets the column's width. */
  readonly className?: string;
  /** Hides the header visually (a column of buttons); it stays for assistive technology. */
  readonly hideLabel?: boolean;
}

/**
 * The table a list editor shows its records in: it scrolls sideways on a narrow pane, has a
 * caption for assistive technology and one header per column. The rows (one `<tbody>`, or one
 * per record) are its children.
 */
export function StageTable({
  caption,
  columns,
  className,
  onFocus,
  children,
}: {
  readonly caption: string;
  readonly columns: readonly StageTableColumn[];
  /** More classes for the table, after `stage-table`. */
  readonly className?: string;
  /** Told which control inside the table took focus. */
  readonly onFocus?: FocusEventHandler<HTMLDivElement>;
  readonly children: ReactNode;
}) {
  return (
    <div className="stage-table-scroll" onFocus={onFocus}>
      <table className={className === undefined ? 'stage-table' : `stage-table ${className}`}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          {columns.map((column, index) => (
            <col key={index} className={column.className} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column.hideLabel === true ? (
                  <span className="visually-hidden">{column.label}</span>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
