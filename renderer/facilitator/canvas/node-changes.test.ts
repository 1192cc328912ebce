import type { Node, NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { committedPositions } from './node-changes';

describe('committedPositions', () => {
  it('keeps the end of a drag and a keyboard move, rounded to whole units', () => {
    const changes: NodeChange<Node>[] = [
      { id: 'dropped', type: 'position', position: { x: 10.4, y: -20.6 }, dragging: false },
      { id: 'nudged', type: 'position', position: { x: 105.5, y: 7 } },
    ];
    expect(committedPositions(changes)).toEqual(
      new Map([
        ['dropped', { x: 10, y: -21 }],
        ['nudged', { x: 106, y: 7 }],
      ]),
    );
  });

  it('leaves out positions reported while the card is still being dragged', () => {
    const changes: NodeChange<Node>[] = [
      { id: 'moving', type: 'position', position: { x: 1, y: 1 }, dragging: true },
      { id: 'moving', type: 'position', position: { x: 2, y: 2 }, dragging: true },
    ];
    expect(committedPositions(changes).size).toBe(0);
  });

  it('saves a drag once, where it ended', () => {
    const changes: NodeChange<Node>[] = [
      { id: 'card', type: 'position', position: { x: 1, y: 1 }, dragging: true },
      { id: 'card', type: 'position', position: { x: 50, y: 60 }, dragging: false },
    ];
    expect(committedPositions(changes)).toEqual(new Map([['card', { x: 50, y: 60 }]]));
  });

  it('ignores a drag end that carries no position', () => {
    const changes: NodeChange<Node>[] = [{ id: 'card', type: 'position', dragging: false }];
    expect(committedPositions(changes).size).toBe(0);
  });

  it('ignores sizes, selections and removals', () => {
    const changes: NodeChange<Node>[] = [
      { id: 'a', type: 'dimensions', dimensions: { width: 200, height: 80 } },
      { id: 'b', type: 'select', selected: true },
      { id: 'c', type: 'remove' },
      { id: 'd', type: 'position', position: { x: 3, y: 4 }, dragging: false },
    ];
    expect([...committedPositions(changes).keys()]).toEqual(['d']);
  });

  it('answers an empty map for no changes', () => {
    expect(committedPositions([])).toEqual(new Map());
  });
});
