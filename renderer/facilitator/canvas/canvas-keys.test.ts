import type { Edge, Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { cardMovedByKey, deletedByKey } from './canvas-keys';

function card(id: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'react-flow__node';
  element.dataset.id = id;
  return element;
}

function press(
  key: string,
  target: EventTarget,
  more: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) {
  return { key, target, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, ...more };
}

const cardA: Node = { id: 'a', position: { x: 0, y: 0 }, data: {}, selected: true };
const lockedB: Node = { id: 'b', position: { x: 0, y: 0 }, data: {}, selected: true, deletable: false };
const cardC: Node = { id: 'c', position: { x: 0, y: 0 }, data: {} };
const lineAC: Edge = { id: 'a-c', source: 'a', target: 'c', selected: true };
const lineBC: Edge = { id: 'b-c', source: 'b', target: 'c' };
const nodes = [cardA, lockedB, cardC];
const edges = [lineAC, lineBC];

describe('canvas keys', () => {
  it('names the card an arrow key moves, and nothing for other keys or targets', () => {
    expect(cardMovedByKey(press('ArrowLeft', card('a')))).toBe('a');
    expect(cardMovedByKey(press('Enter', card('a')))).toBeNull();
    expect(cardMovedByKey(press('ArrowLeft', document.createElement('input')))).toBeNull();
  });

  it('deletes the selected cards and lines that may be deleted', () => {
    const deleted = deletedByKey(press('Delete', card('a')), nodes, edges);
    expect(deleted?.nodes.map((node) => node.id)).toEqual(['a']);
    expect(deleted?.edges.map((edge) => edge.id)).toEqual(['a-c']);
    expect(deletedByKey(press('Backspace', card('a')), nodes, edges)?.nodes).toHaveLength(1);
  });

  it('never deletes while typing, with a modifier, or with nothing deletable selected', () => {
    expect(deletedByKey(press('Delete', document.createElement('textarea')), nodes, edges)).toBeNull();
    expect(deletedByKey(press('Backspace', card('a'), { metaKey: true }), nodes, edges)).toBeNull();
    expect(deletedByKey({ ...press('Delete', card('a')), defaultPrevented: true }, nodes, edges)).toBeNull();
    expect(deletedByKey(press('Delete', card('c')), [lockedB, cardC], [lineBC])).toBeNull();
  });
});
