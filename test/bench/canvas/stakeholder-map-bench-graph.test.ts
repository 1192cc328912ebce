import { describe, expect, it } from 'vitest';
import { generateLargeWorkshop } from '../../fixtures/large-workshop';
import type { CanvasGraph } from '../baselines/bare-reactflow/graph';
import { CANVAS_BENCH_GRAPH, canvasGraphOf, dragCandidates } from './stakeholder-map-bench-graph';

describe('canvasGraphOf', () => {
  const workshop = generateLargeWorkshop(CANVAS_BENCH_GRAPH);
  const graph = canvasGraphOf(workshop);

  it('has every stakeholder at its saved position and every relationship as an edge', () => {
    expect(graph.nodes).toHaveLength(500);
    expect(graph.edges).toHaveLength(800);
    const [first] = workshop.stakeholders;
    expect(graph.nodes[0]).toEqual({
      id: first?.id,
      name: first?.name,
      role: first?.role,
      ...workshop.layout.stakeholders.positions[first?.id ?? ''],
    });
    expect(graph.viewport).toEqual(workshop.layout.stakeholders.viewport);
  });

  it('labels an edge with its relationship type in words when it has no label', () => {
    const [relationship] = workshop.relationships;
    if (relationship === undefined) throw new Error('The fixture has no relationships.');
    const unlabelled = {
      ...workshop,
      relationships: [{ ...relationship, label: '', type: 'dependsOn' as const }],
    };

    expect(canvasGraphOf(unlabelled).edges[0]?.label).toBe('depends on');
  });

  it('refuses a stakeholder without a saved position', () => {
    const { positions } = workshop.layout.stakeholders;
    const [first] = workshop.stakeholders;
    const withoutFirst = Object.fromEntries(Object.entries(positions).filter(([id]) => id !== first?.id));
    const unplaced = {
      ...workshop,
      layout: {
        ...workshop.layout,
        stakeholders: { ...workshop.layout.stakeholders, positions: withoutFirst },
      },
    };

    expect(() => canvasGraphOf(unplaced)).toThrow(/no saved position/);
  });
});

describe('dragCandidates', () => {
  const graph: CanvasGraph = {
    nodes: [
      { id: 'far', name: 'Far', role: '', x: 3000, y: 3000 },
      { id: 'middle', name: 'Middle', role: '', x: 900, y: 500 },
      { id: 'near', name: 'Near', role: '', x: 700, y: 500 },
    ],
    edges: [],
    viewport: { x: -100, y: 0, zoom: 0.5 },
  };

  it('orders nodes by their distance from the middle of the canvas, through the viewport', () => {
    // A 400 × 500 canvas at zoom 0.5 shifted 100 px left: its middle is at (600, 500) in canvas units.
    expect(dragCandidates(graph, { width: 400, height: 500 })).toEqual(['near', 'middle', 'far']);
  });

  it('starts a drag path its radius above the middle, so the path stays clear of the edges', () => {
    const column: CanvasGraph = {
      nodes: [
        { id: 'middle', name: 'Middle', role: '', x: 400, y: 500 },
        { id: 'above', name: 'Above', role: '', x: 400, y: 260 },
      ],
      edges: [],
      viewport: { x: 0, y: 0, zoom: 0.5 },
    };
    // Middle at (400, 500) in canvas units; 120 px above it is 240 units at zoom 0.5.
    expect(dragCandidates(column, { width: 400, height: 500 })).toEqual(['middle', 'above']);
    expect(dragCandidates(column, { width: 400, height: 500 }, 120)).toEqual(['above', 'middle']);
  });
});

describe('viewportShift', () => {
  it('measures how far the viewport moved, and calls an unreadable change endless', async () => {
    const { viewportShift } = await import('./drag-measurement');
    expect(
      viewportShift('translate(113px, 142px) scale(0.75)', 'translate(114.5px, 142px) scale(0.75)'),
    ).toBe(1.5);
    expect(
      viewportShift('translate(65px, -61px) scale(0.75)', 'translate(65px, -235.7px) scale(0.75)'),
    ).toBeCloseTo(174.7);
    expect(viewportShift('', '')).toBe(0);
    expect(viewportShift('translate(1px, 1px)', 'none')).toBe(Infinity);
  });
});
