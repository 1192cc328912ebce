import type { Draft } from 'immer';
import { useCallback, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { FOCUS_PLACES, place } from '../../../app/focus/focus-places';
import { useAppStore } from '../../../app/store/store-context';
import type { RecordRowProps } from './record-list-section';
import { useEditWorkshop } from './use-workshop';

/**
 * The first field of a record on screen (a row, a card or a panel marked `data-record-id`):
 * the field wrapped in `first-field`, else the record's first text input.
 */
export function recordFirstField(id: string): readonly string[] {
  const record = FOCUS_PLACES.record(id);
  return [`${record} .first-field input`, `${record} .first-field select`, `${record} input`];
}

/** What a list editor asks of focus, by the app's focus rule (`app/focus/focus-rule.ts`). */
export interface RecordListFocus<Id extends string> {
  /** After adding `id`: its first field, once it is on screen. */
  readonly created: (id: Id) => void;
  /**
   * After removing `id` from the list `ids` as shown: the next record's first field, else the
   * previous one's, else the list's Add button (or another place named `emptyPlace`).
   */
  readonly removed: (id: Id) => void;
  /** Moves to the first field of `id` (Enter in a row goes on to the next one). */
  readonly moveTo: (id: Id) => void;
}

/**
 * Focus for a list editor with "Add …" and "Remove …": asks the store (`requestFocus`), and
 * the window's `FocusKeeper` moves focus once the screen shows the place. `emptyPlace` names
 * where focus goes when the list empties, usually the list's Add button (see {@link AddButton});
 * `placesOf` says where a record takes focus, by default its first field.
 */
export function useRecordListFocus<Id extends string>(
  ids: readonly Id[],
  emptyPlace: string,
  placesOf: (id: Id) => readonly string[] = recordFirstField,
): RecordListFocus<Id> {
  const requestFocus = useAppStore((state) => state.requestFocus);
  const created = useCallback(
    (id: Id) => requestFocus({ kind: 'created', place: FOCUS_PLACES.record(id) }),
    [requestFocus],
  );
  const removed = useCallback(
    (id: Id) => {
      const position = ids.indexOf(id);
      const neighbours = [ids[position + 1], ids[position - 1]].filter(
        (neighbour): neighbour is Id => neighbour !== undefined && position >= 0,
      );
      requestFocus({
        kind: 'removed',
        places: [...neighbours.flatMap(placesOf), place(emptyPlace)],
      });
    },
    [ids, emptyPlace, placesOf, requestFocus],
  );
  const moveTo = useCallback(
    (id: Id) => requestFocus({ kind: 'opened', places: placesOf(id) }),
    [placesOf, requestFocus],
  );
  return useMemo(() => ({ created, removed, moveTo }), [created, removed, moveTo]);
}

/** A list's "Add …" button, marked as the place focus goes to when the list empties. */
export function AddButton({
  place: focusPlace,
  onClick,
  children,
}: {
  /** Its name among the focus places (`data-focus-place`). */
  readonly place: string;
  readonly onClick: () => void;
  readonly children: ReactNode;
}) {
  return (
    <button type="button" className="button" data-focus-place={focusPlace} onClick={onClick}>
      {children}
    </button>
  );
}

/**
 * A key handler for the fields of a row: Enter (not while composing text) calls `onEnter`,
 * for example to go on to the next row, or to add one after the last.
 */
export function onEnterKey(onEnter: () => void): (event: KeyboardEvent<HTMLInputElement>) => void {
  return (event) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    onEnter();
  };
}

/** How a list editor changes its list, declared once per list, outside the component. */
export interface RecordListRules<Id extends string> {
  /** The focus place of the list's Add button: where focus goes when the list empties. */
  readonly emptyPlace: string;
  /** Takes the record out of the workshop. */
  readonly remove: (draft: Draft<Workshop>, id: Id) => void;
  /** Where a record takes focus, when not its first field. */
  readonly placesOf?: (id: Id) => readonly string[];
}

/**
 * A list editor's commands with the focus rule: `create(id, recipe)` writes a new record and
 * focuses its first field; `remove(id)` takes one out and focuses the stated place (see
 * {@link useRecordListFocus}); `moveTo(id)` goes to a record's first field. `rowProps(id,
 * position)` is what each row or card of the list is given.
 */
export function useRecordList<Id extends string>(ids: readonly Id[], rules: RecordListRules<Id>) {
  const editWorkshop = useEditWorkshop();
  const focus = useRecordListFocus(ids, rules.emptyPlace, rules.placesOf);
  const create = useCallback(
    (id: Id, recipe: (draft: Draft<Workshop>) => void) => {
      editWorkshop(recipe);
      focus.created(id);
    },
    [editWorkshop, focus],
  );
  const remove = useCallback(
    (id: Id) => {
      editWorkshop((draft) => rules.remove(draft, id));
      focus.removed(id);
    },
    [editWorkshop, focus, rules],
  );
  const rowProps = (id: Id, position: number): RecordRowProps<Id> => ({ id, position, onRemove: remove });
  return { create, remove, moveTo: focus.moveTo, rowProps };
}
