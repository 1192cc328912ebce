import { useCallback, useId } from 'react';
import { text } from '../../../../shared/text';
import { newId, type DataSourceId } from '../../../../shared/workshop/ids';
import { useAppStore } from '../../../app/store/store-context';
import { AddButton, useRecordList, type RecordListRules } from '../shared/record-list-focus';
import { StageTable, type StageTableColumn } from '../shared/stage-table';
import { useListIds } from '../shared/use-workshop';
import { addDataSource, removeDataSources } from './data-source-edits';
import { DataSourceRows } from './data-source-rows';

/** The focus place of "Add data source", where focus goes when the list empties. */
const ADD_SOURCE = 'add-data-source';

const SOURCE_LIST: RecordListRules<DataSourceId> = {
  emptyPlace: ADD_SOURCE,
  remove: (draft, id) => removeDataSources(draft, new Set([id])),
};

const COLUMNS: readonly StageTableColumn[] = [
  { label: text('stage.data.system') },
  { label: text('stage.data.owner'), className: 'stage-table__column--owner' },
  { label: text('stage.data.readiness'), className: 'stage-table__column--choices' },
];

/** The list of production data sources, with the pilot-to-scale details of each. */
export function DataSourceList() {
  const headingId = useId();
  const ids = useListIds((workshop) => workshop.dataSources);
  const readyCount = useAppStore(
    (state) => state.workshop?.dataSources.filter((source) => source.readiness === 'ready').length ?? 0,
  );
  const manualCount = useAppStore(
    (state) => state.workshop?.dataSources.filter((source) => !source.automated).length ?? 0,
  );
  const list = useRecordList(ids, SOURCE_LIST);

  const addSource = useCallback(() => {
    const id = newId<DataSourceId>();
    list.create(id, (draft) => void addDataSource(draft, undefined, id));
  }, [list]);

  return (
    <section className="panel stage-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{text('stage.data.productionDataSources')}</h3>
      {ids.length === 0 ? (
        <p className="hint">{text('stage.data.noDataSources')}</p>
      ) : (
        <StageTable caption={text('stage.data.productionDataSources')} columns={COLUMNS}>
          {ids.map((id, position) => (
            <DataSourceRows
              key={id}
              id={id}
              position={position}
              onAdd={addSource}
              onRemove={list.remove}
              isLast={position === ids.length - 1}
            />
          ))}
        </StageTable>
      )}
      <div className="stage-toolbar">
        <AddButton place={ADD_SOURCE} onClick={addSource}>
          {text('stage.data.addDataSource')}
        </AddButton>
        <p className="hint">
          {text('stage.data.sourcesSummary', {
            sources: text('stage.data.sourceCount', { count: ids.length }),
            ready: readyCount,
            manual: manualCount,
          })}
        </p>
      </div>
    </section>
  );
}
