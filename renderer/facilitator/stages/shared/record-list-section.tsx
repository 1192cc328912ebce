import type { ReactNode } from 'react';
import { AddButton } from './record-list-focus';
import { StageSection } from './stage-section';

/**
 * The section of a list editor: its heading, what comes before the records (filters,
 * suggestions), the records or a hint while there are none, and the Add button (named as the
 * focus place the list falls back to) with a summary beside it.
 */
export function RecordListSection({
  heading,
  before,
  empty,
  addPlace,
  addLabel,
  onAdd,
  summary,
  after,
  children,
}: {
  readonly heading: ReactNode;
  readonly before?: ReactNode;
  /** The hint shown instead of the records, or null while there are records to show. */
  readonly empty: ReactNode;
  readonly addPlace: string;
  readonly addLabel: ReactNode;
  readonly onAdd: () => void;
  readonly summary?: ReactNode;
  readonly after?: ReactNode;
  readonly children: ReactNode;
}) {
  return (
    <StageSection heading={heading}>
      {before}
      {empty === null ? children : <p className="hint">{empty}</p>}
      <div className="stage-toolbar">
        <AddButton place={addPlace} onClick={onAdd}>
          {addLabel}
        </AddButton>
        {summary === undefined ? null : <p className="hint">{summary}</p>}
      </div>
      {after}
    </StageSection>
  );
}

/** What every row or card of a list editor is given. */
export interface RecordRowProps<Id extends string> {
  readonly id: Id;
  /** Its place in the list as shown, from 0: a record with no name yet is called by its number. */
  readonly position: number;
  readonly onRemove: (id: Id) => void;
}
