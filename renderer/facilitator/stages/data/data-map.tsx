import { MarkerType, type Edge, type Node, type NodeProps, type NodeTypes } from '@xyflow/react';
import { memo, useCallback, useMemo } from 'react';
import {
  AI_SYSTEM_NODE_ID,
  defaultAiSystemPosition,
  defaultSourcePosition,
  ownerLabel,
} from '../../../../shared/canvases/canvas-graph';
import type { Workshop } from '../../../../shared/workshop';
import { aiSystemTitle, lineName, systemName } from '../../../../shared/canvases/accessible-names';
import { FOCUS_PLACES } from '../../../app/focus/focus-places';
import { useAppStore } from '../../../app/store/store-context';
import { AiSystemCard, DataSourceCard } from '../../../canvases/cards';
import { CanvasSurface } from '../../canvas/canvas-surface';
import { CanvasToolbar } from '../../canvas/canvas-toolbar';
import { freeSpotNear } from '../../canvas/free-spot';
import { useCanvasNodes } from '../../canvas/canvas-elements';
import { placeInLayout, useCanvasEditing, type CanvasEditRules } from '../shared/canvas-editing';
import { CanvasWorkspace } from '../shared/canvas-area';
import { useCanvasStage } from '../shared/canvas-stage';
import { useListIds, useListItem } from '../shared/use-workshop';
import { addDataSource, removeDataSources } from './data-source-edits';
import { DataSourceRecord } from './data-source-record';
import { tidyDataMap } from './tidy-data-map';
import { text } from '../../../../shared/text';

type SourceNode = Node<Record<string, never>, 'source'>;
type AiNode = Node<Record<string, never>, 'ai'>;
type DataMapNode = SourceNode | AiNode;

const selectSources = (workshop: Workshop) => workshop.dataSources;
const NO_SOURCES: Workshop['dataSources'] = [];

const NOTHING_SELECTED: readonly string[] = [];
const onlySource = (id: string): readonly string[] => [id];

/** How the data map writes the workshop: moves, new sources, deletions (the lines follow). */
const DATA_MAP_RULES: CanvasEditRules = {
  place: placeInLayout('dataMap'),
  add: (draft, position) => addDataSource(draft, position),
  remove: removeDataSources,
};

const SourceNodeView = memo(function SourceNodeView({ id }: NodeProps<SourceNode>) {
  const source = useListItem(selectSources, id);
  const owner = useAppStore((state) =>
    source === undefined || state.workshop === null ? '' : ownerLabel(source.owner, state.workshop),
  );
  return source === undefined ? null : <DataSourceCard card={{ ...source, owner }} connectable={false} />;
});

const AiNodeView = memo(function AiNodeView() {
  const title = useAppStore(
    (state) => state.workshop?.meta.initiative.trim() || text('stage.data.theAiSystem'),
  );
  return <AiSystemCard card={{ id: AI_SYSTEM_NODE_ID, title }} />;
});

const NODE_TYPES: NodeTypes = { source: SourceNodeView, ai: AiNodeView };

/** A source card and the gap around it, in canvas units. */
const CARD_ROOM = { width: 240, height: 120 } as const;

/**
 * The data map: each production data source flows into the AI system, with its readiness on
 * the card. Sources added, edited or removed here are the rows of the list, and the other way
 * round.
 */
export function DataMapView() {
  const ids = useListIds(selectSources);
  const positions = useAppStore((state) => state.workshop?.layout.dataMap.positions);
  // The lines are named after what they connect ("Claims system feeds …").
  const sources = useAppStore((state) => state.workshop?.dataSources ?? NO_SOURCES);
  const initiative = useAppStore((state) => state.workshop?.meta.initiative ?? '');
  const {
    store,
    selection: selected,
    setSelection: setSelected,
    focusRequest,
    fitRequest,
    show,
    tidyWith,
  } = useCanvasStage(NOTHING_SELECTED, onlySource);
  const nodeState = useCanvasNodes<DataMapNode>([ids, positions], [focusRequest], (chosen) => [
    ...ids.map((id, index) => ({
      id,
      type: 'source' as const,
      position: positions?.[id] ?? defaultSourcePosition(index),
      data: {},
      selected: chosen.has(id),
    })),
    {
      id: AI_SYSTEM_NODE_ID,
      type: 'ai' as const,
      position: positions?.[AI_SYSTEM_NODE_ID] ?? defaultAiSystemPosition(ids.length),
      data: {},
      deletable: false,
      selected: chosen.has(AI_SYSTEM_NODE_ID),
    },
  ]);

  const edges = useMemo<Edge[]>(
    () =>
      sources.map((source) => ({
        id: `flow-${source.id}`,
        source: source.id,
        target: AI_SYSTEM_NODE_ID,
        ariaLabel: lineName('flow', systemName(source.system), '', aiSystemTitle(initiative)),
        className: 'canvas-edge canvas-edge--flow',
        markerEnd: { type: MarkerType.ArrowClosed },
        selectable: false,
        deletable: false,
        focusable: false,
      })),
    [sources, initiative],
  );

  const editing = useCanvasEditing<DataMapNode, Edge>(DATA_MAP_RULES, nodeState, [edges, null], {
    onAdded: show,
    cardType: 'source',
    onSelect: setSelected,
    fitRequest,
  });
  const addAt = editing.onPaneDoubleClick;

  const addInView = useCallback(() => {
    const workshop = store.getState().workshop;
    if (workshop === null) return;
    const { positions: saved } = workshop.layout.dataMap;
    const taken = workshop.dataSources.map(
      (source, index) => saved[source.id] ?? defaultSourcePosition(index),
    );
    // Under the lowest source, where the list would put it.
    const lowest = Math.max(-CARD_ROOM.height, ...taken.map((position) => position.y));
    const id = addAt(freeSpotNear({ x: 0, y: lowest + CARD_ROOM.height }, taken, CARD_ROOM));
    store.getState().requestFocus({ kind: 'created', place: FOCUS_PLACES.record(id) });
  }, [addAt, store]);

  const only = selected.length === 1 ? selected[0] : undefined;
  const panel =
    only !== undefined ? (
      <DataSourceRecord key={only} id={only} onRemoved={() => setSelected([])} />
    ) : (
      <p className="hint">{text('stage.data.selectASource')}</p>
    );

  return (
    <>
      <CanvasToolbar canvas="dataMap" onTidy={tidyWith(tidyDataMap)}>
        <button type="button" className="button" onClick={addInView}>
          {text('stage.data.addDataSource')}
        </button>
      </CanvasToolbar>
      <CanvasWorkspace panelLabel={text('stage.data.selectedOnThe')} panel={panel}>
        <CanvasSurface canvas="dataMap" nodeTypes={NODE_TYPES} {...editing} itemCount={ids.length} />
      </CanvasWorkspace>
    </>
  );
}
