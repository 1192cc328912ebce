import type { Draft } from 'immer';
import { useShallow } from 'zustand/react/shallow';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { useAppStore } from '../../../app/store/store-context';

const NO_IDS: readonly never[] = [];

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
      state.workshop === null ? NO_IDS : selectList(state.workshop).map((item) => item.id),
    ),
  );
}

/** The store's `editWorkshop`: applies an immer recipe to the open workshop. */
export function useEditWorkshop(): (recipe: (draft: Draft<Workshop>) => void) => void {
  return useAppStore((state) => state.editWorkshop);
}
