import type { Draft } from 'immer';
import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { useAppStore } from '../../../app/store/store-context';

/**
 * One empty list for selectors to fall back on while no workshop is open: always the same
 * array, so a component does not re-render for a new, equally empty one.
 */
export const NO_ITEMS: readonly never[] = [];

/**
 * The ids of one list of the open workshop. Re-renders only when the ids themselves change
 * (an item added, removed or moved), not when a field of an item is edited: each row then
 * subscribes to its own item by id.
 */
export function useListIds<Id extends string>(
  selectList: (workshop: Workshop) => readonly { readonly id: Id }[],
): readonly Id[] {
  return useAppStore(
    useShallow((state) =>
      state.workshop === null ? NO_ITEMS : selectList(state.workshop).map((item) => item.id),
    ),
  );
}

/** The store's `editWorkshop`: applies an immer recipe to the open workshop. */
export function useEditWorkshop(): (recipe: (draft: Draft<Workshop>) => void) => void {
  return useAppStore((state) => state.editWorkshop);
}

const indexes = new WeakMap<readonly { readonly id: string }[], Map<string, unknown>>();

/** Looks an item up by id in constant time; the index is built once per version of the list. */
export function findById<Item extends { readonly id: string }>(
  list: readonly Item[],
  id: string,
): Item | undefined {
  let index = indexes.get(list);
  if (index === undefined) {
    index = new Map(list.map((item) => [item.id, item]));
    indexes.set(list, index);
  }
  return index.get(id) as Item | undefined;
}

/**
 * One item of a list of the open workshop, by id. Re-renders only when that item changes,
 * so a canvas of hundreds of cards redraws one card when one person is edited.
 */
export function useListItem<Item extends { readonly id: string }>(
  selectList: (workshop: Workshop) => readonly Item[],
  id: string,
): Item | undefined {
  return useAppStore((state) =>
    state.workshop === null ? undefined : findById(selectList(state.workshop), id),
  );
}

/** Changes the item `id` of a list in a draft, if it is still there. */
export function changeById<Item extends { readonly id: string }>(
  list: Item[],
  id: string,
  change: (item: Item) => void,
): void {
  const item = list.find((candidate) => candidate.id === id);
  if (item !== undefined) change(item);
}

/**
 * Changes one item of a list of the open workshop, found by id in the draft; does nothing
 * if it has been removed meanwhile. `selectList` picks the list from the draft, e.g.
 * `(draft) => draft.actions`; declare it once, outside the component.
 */
export function useEditListItem<Item extends { readonly id: string }>(
  selectList: (draft: Draft<Workshop>) => Item[],
  id: string,
): (change: (item: Item) => void) => void {
  const editWorkshop = useEditWorkshop();
  return useCallback(
    (change: (item: Item) => void) => editWorkshop((draft) => changeById(selectList(draft), id, change)),
    [editWorkshop, selectList, id],
  );
}
