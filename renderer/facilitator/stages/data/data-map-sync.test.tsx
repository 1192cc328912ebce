import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AI_SYSTEM_NODE_ID, canvasGraph } from '../../../../shared/canvases/canvas-graph';
import { openTestWorkshop, type TestWorkshop } from '../../../../test/support/workshop-store';
import { DataStageEditor } from './data-stage-editor';
import { addDataSource, removeDataSources } from './data-source-edits';

/**
 * The data list and the data map edit the same records: what one adds, edits or removes,
 * the other shows. The map's own edits are the recipes in data-source-edits.ts, applied here
 * through the real store exactly as the map applies them.
 */
describe('data map and data list', () => {
  let workshop: TestWorkshop;

  beforeEach(async () => {
    workshop = await openTestWorkshop();
  });
  afterEach(() => workshop.dispose());

  const state = () => workshop.store.getState();
  const dataMap = () => {
    const current = state().workshop;
    if (current === null) throw new Error('no workshop open');
    return canvasGraph(current, 'dataMap');
  };

  it('draws a source typed into the list on the map, flowing into the AI system, with its readiness', () => {
    workshop.render(<DataStageEditor />);
    fireEvent.click(screen.getByRole('button', { name: 'Add data source' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'System of data source 1' }), {
      target: { value: 'Claims history' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Readiness of Claims history' }), {
      target: { value: 'not-ready' },
    });

    const graph = dataMap();
    const source = graph.nodes.find((node) => node.type === 'dataSource');
    expect(source).toMatchObject({ system: 'Claims history', readiness: 'not-ready' });
    expect(graph.edges).toEqual([
      expect.objectContaining({ source: source?.id, target: AI_SYSTEM_NODE_ID, kind: 'flow' }),
    ]);
  });

  it('lists a source added on the map, at the place it was dropped, and forgets it when removed there', () => {
    workshop.render(<DataStageEditor />);
    let id = '';
    act(() => {
      state().editWorkshop((draft) => {
        id = addDataSource(draft, { x: 320, y: 480 });
      });
    });
    expect(screen.getByRole('textbox', { name: 'System of data source 1' })).toBeTruthy();
    expect(state().workshop?.layout.dataMap.positions[id]).toEqual({ x: 320, y: 480 });
    expect(dataMap().nodes.find((node) => node.id === id)).toMatchObject({ x: 320, y: 480 });

    act(() => {
      state().editWorkshop((draft) => removeDataSources(draft, new Set([id])));
    });
    expect(screen.queryByRole('textbox', { name: 'System of data source 1' })).toBeNull();
    expect(state().workshop?.layout.dataMap.positions[id]).toBeUndefined();
    expect(dataMap().nodes.map((node) => node.type)).toEqual(['aiSystem']);
  });

  it('forgets the map place of a source removed from the list', () => {
    let id = '';
    act(() => {
      state().editWorkshop((draft) => {
        id = addDataSource(draft, { x: 16, y: 32 });
      });
    });
    workshop.render(<DataStageEditor />);
    fireEvent.change(screen.getByRole('textbox', { name: 'System of data source 1' }), {
      target: { value: 'CRM' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Remove CRM' }));
    expect(state().workshop?.dataSources).toEqual([]);
    expect(state().workshop?.layout.dataMap.positions[id]).toBeUndefined();
  });

  it('offers the list and the map as two views of the stage', () => {
    workshop.render(<DataStageEditor />);
    const views = screen.getByRole('group', { name: 'Data views' });
    expect(screen.getByRole('button', { name: 'List', pressed: true })).toBeTruthy();
    expect(views.textContent).toContain('Map');
  });
});
