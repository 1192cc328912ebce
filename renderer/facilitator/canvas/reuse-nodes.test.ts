import type { Edge, Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { reuseUnchangedEdges, reuseUnchangedNodes } from './reuse-nodes';

const node = (id: string, x: number, selected = false): Node => ({
  id,
  type: 'card',
  position: { x, y: 0 },
  data: {},
  selected,
});

describe('reuseUnchangedNodes', () => {
  it('keeps the objects of nodes that did not move, and takes the moved ones', () => {
    const previous = [node('a', 0), node('b', 10), node('c', 20)];
    const next = reuseUnchangedNodes(previous, [node('a', 0), node('b', 99), node('c', 20)]);
    expect(next[0]).toBe(previous[0]);
    expect(next[1]).not.toBe(previous[1]);
    expect(next[1]?.position.x).toBe(99);
    expect(next[2]).toBe(previous[2]);
  });

  it('answers the very same array when nothing changed', () => {
    const previous = [node('a', 0), node('b', 10)];
    expect(reuseUnchangedNodes(previous, [node('a', 0), node('b', 10)])).toBe(previous);
  });

  it('takes a new object when the selection or the data changed, and follows added and removed nodes', () => {
    const previous = [node('a', 0), node('b', 10)];
    const next = reuseUnchangedNodes(previous, [
      node('a', 0, true),
      { ...node('b', 10), data: { lane: 'x' } },
      node('c', 5),
    ]);
    expect(next[0]).not.toBe(previous[0]);
    expect(next[0]?.selected).toBe(true);
    expect(next[1]).not.toBe(previous[1]);
    expect(next.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    const fewer = reuseUnchangedNodes(previous, [node('b', 10)]);
    expect(fewer).toHaveLength(1);
    expect(fewer[0]).toBe(previous[1]);
  });
});

describe('reuseUnchangedEdges', () => {
  it('keeps unchanged edges and replaces relabelled ones', () => {
    const edge = (id: string, label: string): Edge => ({ id, source: 'a', target: 'b', label });
    const previous = [edge('1', 'reports to'), edge('2', 'influences')];
    const next = reuseUnchangedEdges(previous, [edge('1', 'reports to'), edge('2', 'depends on')]);
    expect(next[0]).toBe(previous[0]);
    expect(next[1]?.label).toBe('depends on');
  });
});
