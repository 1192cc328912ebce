import { lazy, Suspense, useState } from 'react';
import { text } from '../../../../shared/text';
import { ViewSwitch, type View } from '../../canvas/view-switch';
import { StagePrompt } from '../shared/stage-prompt';
import { DataSourceList } from './data-source-list';
import '../stages.css';

type DataView = 'list' | 'map';

const VIEWS: readonly View<DataView>[] = [
  { id: 'list', label: text('stage.data.list') },
  { id: 'map', label: text('stage.data.map') },
];

/**
 * Data stage: every production data source, and how its reality at scale differs from the
 * pilot — as a list, or as a map of sources flowing into the AI. Both edit the same records.
 */
export function DataStageEditor() {
  const [view, setView] = useState<DataView>('list');
  return (
    <div className="stage-editor">
      <StagePrompt>{text('stage.data.listEverySystem')}</StagePrompt>
      <ViewSwitch label={text('stage.data.dataViews')} views={VIEWS} value={view} onChange={setView} />
      {view === 'list' ? (
        <DataSourceList />
      ) : (
        <Suspense fallback={<p className="hint">{text('stage.data.openingTheMap')}</p>}>
          <DataMapView />
        </Suspense>
      )}
    </div>
  );
}

// React Flow loads only when someone opens the map.
const DataMapView = lazy(() => import('./data-map').then((module) => ({ default: module.DataMapView })));
