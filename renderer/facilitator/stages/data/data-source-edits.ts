import type { Draft } from 'immer';
import { withoutKeys } from '../../canvas/without-keys';
import {
  newId,
  type DataSource,
  type DataSourceId,
  type Position,
  type Workshop,
} from '../../../../shared/workshop';

/**
 * What the data list and the data map do to the document. Both edit the same records, so a
 * source added on the map is a row of the list, and a row removed from the list leaves the map.
 */

/** A data source with nothing filled in yet. */
export function emptyDataSource(id: DataSourceId): DataSource {
  const contrast = { pilot: '', scale: '' };
  return {
    id,
    system: '',
    owner: { kind: 'none' },
    contrasts: {
      curatedVsLive: contrast,
      singleVsMany: contrast,
      staticVsRealtime: contrast,
      controlledVsEdgeCases: contrast,
    },
    feedType: 'other',
    automated: false,
    readiness: 'unknown',
    notes: '',
  };
}

/** Adds an empty source at the end of the list; on the map at `position` when given. */
export function addDataSource(
  draft: Draft<Workshop>,
  position?: Position,
  id = newId<DataSourceId>(),
): DataSourceId {
  draft.dataSources.push(emptyDataSource(id));
  if (position !== undefined) draft.layout.dataMap.positions[id] = { x: position.x, y: position.y };
  return id;
}

/** Removes sources and their places on the map. */
export function removeDataSources(draft: Draft<Workshop>, ids: ReadonlySet<string>): void {
  if (ids.size === 0) return;
  draft.dataSources = draft.dataSources.filter((source) => !ids.has(source.id));
  draft.layout.dataMap.positions = withoutKeys(draft.layout.dataMap.positions, ids);
}
