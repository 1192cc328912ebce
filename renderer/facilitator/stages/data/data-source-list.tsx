import { useCallback } from 'react';
import { text } from '../../../../shared/text';
import { newId, type DataSourceId } from '../../../../shared/workshop/ids';
import { useAppStore } from '../../../app/store/store-context';
import { useRecordList, type RecordListRules } from '../shared/record-list-focus';
import { RecordListSection } from '../shared/record-list-section';
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
    <RecordListSection
      heading={text('stage.data.productionDataSources')}
      empty={ids.length === 0 ? text('stage.data.noDataSources') : null}
      addPlace={ADD_SOURCE}
      addLabel={text('stage.data.addDataSource')}
      onAdd={addSource}
      summary={text('stage.data.sourcesSummary', {
        sources: text('stage.data.sourceCount', { count: ids.length }),
        ready: readyCount,
        manual: manualCount,
      })}
    >
      <StageTable caption={text('stage.data.productionDataSources')} columns={COLUMNS}>
        {ids.map((id, position) => (
          <DataSourceRows
            key={id}
            {...list.rowProps(id, position)}
            onAdd={addSource}
            isLast={position === ids.length - 1}
          />
        ))}
      </StageTable>
    </RecordListSection>
  );
}
