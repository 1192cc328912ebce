import type { Draft } from 'immer';
import { useMemo } from 'react';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { useAppStore } from '../../../app/store/store-context';
import { findById, useEditListItem, useEditWorkshop } from './use-workshop';

/** A text, date or select field bound to a record: what `TextField` and `SelectField` take. */
export interface FieldBinding<Value> {
  readonly value: Value;
  readonly onValueChange: (value: Value) => void;
}

/** A checkbox bound to a record: what `CheckboxField` takes. */
export interface CheckBinding {
  readonly checked: boolean;
  readonly onCheckedChange: (checked: boolean) => void;
}

/** Keys of `Item` whose values are booleans. */
type FlagKey<Item> = { [Key in keyof Item]: Item[Key] extends boolean ? Key : never }[keyof Item];

/** One record of a list of the open workshop, and the field binding that edits it. */
export interface BoundRecord<Item> {
  /** The record, or undefined once it has been removed. */
  readonly item: Item | undefined;
  /** Changes the record in the open workshop (does nothing once it has been removed). */
  readonly edit: (change: (draft: Item) => void) => void;
  /** A field's value and the change that writes it: `<TextField {...bind('title')} />`. */
  readonly bind: <Key extends keyof Item>(key: Key) => FieldBinding<Item[Key]>;
  /** A yes/no field's value and the change that writes it: `<CheckboxField {...bindCheck('automated')} />`. */
  readonly bindCheck: (key: FlagKey<Item>) => CheckBinding;
}

/** What a bound field writes: one field of the record, with its new value. */
export type WriteField<Item> = <Key extends keyof Item>(key: Key, value: Item[Key]) => void;

/**
 * Binds the fields of `item` to controls, each change written through `write`. For a record
 * whose changes must go through a rule (a person's name, role and team, which the matching
 * participant or stakeholder follow), pass that rule as `write`; {@link useRecord} binds the
 * plain fields of a list item.
 */
export function bindFields<Item>(
  item: Item | undefined,
  write: WriteField<Item>,
): Pick<BoundRecord<Item>, 'bind' | 'bindCheck'> {
  return {
    bind: (key) => ({ value: item?.[key] as Item[typeof key], onValueChange: (value) => write(key, value) }),
    bindCheck: (key) => ({
      checked: item?.[key] === true,
      onCheckedChange: (checked) => write(key, checked as Item[typeof key]),
    }),
  };
}

/**
 * The field binding of the stage editors: one record of a list of the open workshop, by id,
 * and its fields bound to controls, so a row writes `{...bind('dueDate')}` instead of a
 * `value` and an `edit((draft) => { draft.dueDate = dueDate })` for every field.
 * `selectList` picks the list, e.g. `(workshop) => workshop.actions`; declare it once,
 * outside the component. The row re-renders only when its own record changes.
 */
export function useRecord<Item extends { readonly id: string }>(
  selectList: (workshop: Draft<Workshop>) => Item[],
  id: string,
): BoundRecord<Item> {
  // Reading through the draft's type is safe: the selector only picks a list.
  const item = useAppStore((state) =>
    state.workshop === null ? undefined : findById(selectList(state.workshop as Draft<Workshop>), id),
  );
  const edit = useEditListItem(selectList, id);
  const fields = useMemo(
    () =>
      bindFields(item, (key, value) =>
        edit((draft) => {
          draft[key] = value;
        }),
      ),
    [item, edit],
  );
  return { item, edit, ...fields };
}

/**
 * The field binding for one part of the open workshop that is not a list item (the ownership
 * notes, the product owner, the retrospective): `selectPart` picks it, e.g.
 * `(workshop) => workshop.ownership.productOwner`; declare it once, outside the component.
 */
export function usePart<Part extends object>(
  selectPart: (workshop: Draft<Workshop>) => Part,
): Pick<BoundRecord<Part>, 'item' | 'bind' | 'bindCheck'> {
  // Reading through the draft's type is safe: the selector only picks a part.
  const part = useAppStore((state) =>
    state.workshop === null ? undefined : selectPart(state.workshop as Draft<Workshop>),
  );
  const editWorkshop = useEditWorkshop();
  return useMemo(
    () => ({
      item: part,
      ...bindFields(part, (key, value) =>
        editWorkshop((draft) => {
          selectPart(draft)[key] = value;
        }),
      ),
    }),
    [part, editWorkshop, selectPart],
  );
}
