import { text } from '../../../../shared/text';
import { place } from '../../../app/focus/focus-places';
import { useAppStore } from '../../../app/store/store-context';
import { QuietButton } from '../../../app/components/quiet-button';

/**
 * What an action holds in a list (the people in a RACI role, the links it addresses) as chips,
 * each with Remove. The removed chip's button is gone, so the focus goes to the select that
 * adds more (`addPlace`).
 */
export function RemovableChips<Item>({
  items,
  keyOf,
  labelOf,
  removeSuffix,
  addPlace,
  onRemove,
}: {
  readonly items: readonly Item[];
  readonly keyOf: (item: Item) => string;
  readonly labelOf: (item: Item) => string;
  /** Said after "Remove" to a screen reader: what is removed from where. */
  readonly removeSuffix: (label: string) => string;
  readonly addPlace: string;
  readonly onRemove: (item: Item) => void;
}) {
  const requestFocus = useAppStore((state) => state.requestFocus);
  return (
    <ul className="removable-chips">
      {items.map((item) => {
        const label = labelOf(item);
        return (
          <li key={keyOf(item)} className="removable-chips__chip">
            <span>{label}</span>
            <QuietButton
              small
              onClick={() => {
                onRemove(item);
                requestFocus({ kind: 'removed', places: [place(addPlace)] });
              }}
              hiddenSuffix={removeSuffix(label)}
            >
              {text('stage.actions.raci.remove')}
            </QuietButton>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * "Add" beside the select that picks what to add: off until something is picked, then it adds
 * it and brings the focus back to the select (`addPlace`) for the next one.
 */
export function AddChipButton<Picked>({
  picked,
  hiddenSuffix,
  addPlace,
  onAdd,
}: {
  readonly picked: Picked | null | undefined;
  /** Said after "Add" to a screen reader: where it is added. */
  readonly hiddenSuffix: string;
  readonly addPlace: string;
  readonly onAdd: (picked: Picked) => void;
}) {
  const requestFocus = useAppStore((state) => state.requestFocus);
  return (
    <button
      type="button"
      className="button button--small"
      disabled={picked === null || picked === undefined}
      onClick={() => {
        if (picked === null || picked === undefined) return;
        onAdd(picked);
        requestFocus({ kind: 'opened', places: [place(addPlace)] });
      }}
    >
      {text('stage.actions.raci.add')} <span className="visually-hidden">{hiddenSuffix}</span>
    </button>
  );
}
