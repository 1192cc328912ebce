import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Position } from '../../../shared/workshop';
import { autoLayout, type LayoutEdge, type LayoutNode } from './auto-layout';

const CARD = { width: 200, height: 90 };

function cards(ids: readonly string[], size = CARD): LayoutNode[] {
  return ids.map((id) => ({ id, ...size }));
}

function line(source: string, target: string): LayoutEdge {
  return { id: `${source}->${target}`, source, target };
}

function at(positions: ReadonlyMap<string, Position>, id: string): Position {
  const position = positions.get(id);
  if (position === undefined) throw new Error(`${id} was not placed`);
  return position;
}

function expectNoOverlap(nodes: readonly LayoutNode[], positions: ReadonlyMap<string, Position>): void {
  for (const [index, first] of nodes.entries()) {
    for (const second of nodes.slice(index + 1)) {
      const a = at(positions, first.id);
      const b = at(positions, second.id);
      const apart =
        a.x + first.width <= b.x ||
        b.x + second.width <= a.x ||
        a.y + first.height <= b.y ||
        b.y + second.height <= a.y;
      expect(apart, `${first.id} at ${JSON.stringify(a)} overlaps ${second.id} at ${JSON.stringify(b)}`).toBe(
        true,
      );
    }
  }
}

describe('autoLayout', () => {
  it('places every card, in whole units, without overlaps, whatever their sizes', async () => {
    const nodes: LayoutNode[] = [
      { id: 'ceo', width: 260, height: 120 },
      { id: 'coo', width: 180, height: 70 },
      { id: 'claims', width: 220, height: 100 },
      { id: 'finance', width: 200, height: 90 },
      { id: 'loner', width: 300, height: 200 },
      ...cards(['team-1', 'team-2', 'team-3', 'team-4']),
    ];
    const edges = [
      line('coo', 'ceo'),
      line('claims', 'coo'),
      line('finance', 'coo'),
      line('team-1', 'claims'),
      line('team-2', 'claims'),
      line('team-3', 'finance'),
      line('team-4', 'finance'),
    ];
    const positions = await autoLayout(nodes, edges, { direction: 'DOWN' });
    expect([...positions.keys()].sort()).toEqual(nodes.map((node) => node.id).sort());
    for (const position of positions.values()) {
      expect(Number.isInteger(position.x)).toBe(true);
      expect(Number.isInteger(position.y)).toBe(true);
    }
    expectNoOverlap(nodes, positions);
  });

  it('keeps many unconnected cards apart', async () => {
    const nodes = cards(Array.from({ length: 30 }, (_, index) => `card-${index}`));
    const positions = await autoLayout(nodes, [], { direction: 'RIGHT' });
    expect(positions.size).toBe(30);
    expectNoOverlap(nodes, positions);
  });

  it('with direction DOWN, puts each source above its target along a chain', async () => {
    const ids = ['a', 'b', 'c', 'd'];
    const positions = await autoLayout(cards(ids), [line('a', 'b'), line('b', 'c'), line('c', 'd')], {
      direction: 'DOWN',
    });
    for (const [source, target] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ] as const) {
      expect(at(positions, source).y + CARD.height).toBeLessThanOrEqual(at(positions, target).y);
    }
  });

  it('with direction RIGHT, puts each source left of its target along a chain', async () => {
    const positions = await autoLayout(cards(['a', 'b', 'c']), [line('a', 'b'), line('b', 'c')], {
      direction: 'RIGHT',
    });
    expect(at(positions, 'a').x + CARD.width).toBeLessThanOrEqual(at(positions, 'b').x);
    expect(at(positions, 'b').x + CARD.width).toBeLessThanOrEqual(at(positions, 'c').x);
  });

  it('ignores lines to unknown cards and lines from a card to itself', async () => {
    const nodes = cards(['a', 'b']);
    const edges = [line('a', 'b'), line('a', 'ghost'), line('ghost', 'b'), line('a', 'a')];
    const positions = await autoLayout(nodes, edges, { direction: 'DOWN' });
    expect([...positions.keys()].sort()).toEqual(['a', 'b']);
    expect(at(positions, 'a').y).toBeLessThan(at(positions, 'b').y);
    expectNoOverlap(nodes, positions);
  });

  it('answers an empty map for an empty canvas', async () => {
    expect(await autoLayout([], [], { direction: 'DOWN' })).toEqual(new Map());
  });

  it('keeps the given order within a layer when asked', async () => {
    // One source and five targets in one layer; the targets are given in an order that is
    // not alphabetical, and the lines are listed in yet another order.
    const order = ['step-e', 'step-b', 'step-d', 'step-a', 'step-c'];
    const nodes = cards(['start', ...order]);
    const edges = ['step-a', 'step-c', 'step-e', 'step-b', 'step-d'].map((target) => line('start', target));
    const positions = await autoLayout(nodes, edges, { direction: 'DOWN', keepOrder: true });
    const layer = order.map((id) => at(positions, id));
    expect(new Set(layer.map((position) => position.y)).size).toBe(1);
    const byX = [...order].sort((left, right) => at(positions, left).x - at(positions, right).x);
    expect(byX).toEqual(order);
  });

  it('keeps the order of a lane of steps with their changes, as the workflow asks', async () => {
    const current = ['c-1', 'c-2', 'c-3', 'c-4', 'c-5'];
    const future = ['f-1', 'f-2', 'f-3', 'f-4', 'f-5'];
    const nodes: LayoutNode[] = [
      ...current.map((id) => ({ id, ...CARD, partition: 0 })),
      ...future.map((id) => ({ id, ...CARD, partition: 1 })),
    ];
    // Changes cross over: the first current step becomes the last future step, and so on.
    const edges = [line('c-1', 'f-5'), line('c-2', 'f-4'), line('c-5', 'f-1')];
    const positions = await autoLayout(nodes, edges, { direction: 'DOWN', keepOrder: true });
    for (const lane of [current, future]) {
      const xs = lane.map((id) => at(positions, id).x);
      expect(xs).toEqual([...xs].sort((left, right) => left - right));
    }
    expectNoOverlap(nodes, positions);
  });

  it('keeps both lanes in order and apart for any changes between them', async () => {
    const lane = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, index) => `${prefix}-${index}`);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 7 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
        async (currentCount, futureCount, links) => {
          const current = lane('c', currentCount);
          const future = lane('f', futureCount);
          const nodes: LayoutNode[] = [
            ...current.map((id) => ({ id, ...CARD, partition: 0 })),
            ...future.map((id) => ({ id, ...CARD, partition: 1 })),
          ];
          const edges = links.map(([from, to], index) => ({
            id: `change-${index}`,
            source: `c-${from % currentCount}`,
            target: `f-${to % futureCount}`,
          }));
          const positions = await autoLayout(nodes, edges, { direction: 'DOWN', keepOrder: true });
          for (const steps of [current, future]) {
            const xs = steps.map((id) => at(positions, id).x);
            xs.slice(1).forEach((x, index) => {
              expect(x).toBeGreaterThanOrEqual((xs[index] ?? Infinity) + CARD.width);
            });
          }
          const lowestCurrent = Math.max(...current.map((id) => at(positions, id).y + CARD.height));
          expect(lowestCurrent).toBeLessThanOrEqual(Math.min(...future.map((id) => at(positions, id).y)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('with partitions and direction DOWN, puts partition 0 above partition 1', async () => {
    // With no lines the cards would all share one layer; partitions still stack them. The
    // future steps come first in the list, so only the partition can put them below.
    const nodes: LayoutNode[] = [
      ...cards(['f-1', 'f-2', 'f-3']).map((node) => ({ ...node, partition: 1 })),
      ...cards(['c-1', 'c-2', 'c-3']).map((node) => ({ ...node, partition: 0 })),
    ];
    const positions = await autoLayout(nodes, [], { direction: 'DOWN' });
    const lowestCurrent = Math.max(...['c-1', 'c-2', 'c-3'].map((id) => at(positions, id).y + CARD.height));
    const highestFuture = Math.min(...['f-1', 'f-2', 'f-3'].map((id) => at(positions, id).y));
    expect(lowestCurrent).toBeLessThanOrEqual(highestFuture);
    expectNoOverlap(nodes, positions);
  });

  it('with partitions, keeps partition 0 above even when a line runs from partition 1 to 0', async () => {
    const nodes: LayoutNode[] = [
      { id: 'current', ...CARD, partition: 0 },
      { id: 'future', ...CARD, partition: 1 },
    ];
    const positions = await autoLayout(nodes, [line('future', 'current')], { direction: 'DOWN' });
    expect(at(positions, 'current').y + CARD.height).toBeLessThanOrEqual(at(positions, 'future').y);
  });
});
