import { useCallback, useMemo, useState } from 'react';
import { FOCUS_PLACES } from '../../../app/focus/focus-places';
import type { AppStore } from '../../../app/store/create-app-store';
import { useAppStoreApi } from '../../../app/store/store-context';
import type { SelectRequest } from '../../canvas/canvas-elements';

/** What a stage hands its editable canvas (`useCanvasStage().canvas`). */
export interface EditableCanvasProps<Selection> {
  readonly onSelectionChange: (selection: Selection) => void;
  /** Select and show this card (after it was added elsewhere, for example). */
  readonly focusRequest: SelectRequest | null;
  /** Changes when everything should be fitted into view (after tidying up). */
  readonly fitRequest: number;
  /** Hears the id of a card created on the canvas. */
  readonly onAdded: (id: string) => void;
}

/**
 * What a stage with a canvas keeps beside the canvas: what is selected (for the side panel),
 * which card the canvas should select and show, and when to fit everything into view.
 * `nothing` is the empty selection and `only` the selection of one new card; declare both
 * outside the component.
 */
export function useCanvasStage<Selection>(nothing: Selection, only: (id: string) => Selection) {
  const store = useAppStoreApi();
  const [selection, setSelection] = useState<Selection>(nothing);
  const [focusRequest, setFocusRequest] = useState<SelectRequest | null>(null);
  const [fitRequest, setFitRequest] = useState(0);

  /** Selects one card, on the canvas and in the side panel. */
  const show = useCallback(
    (id: string) => {
      setFocusRequest({ ids: [id] });
      setSelection(only(id));
    },
    [only],
  );
  /** Shows a card just added from the toolbar, with focus in its first field (the focus rule). */
  const showAdded = useCallback(
    (id: string) => {
      show(id);
      store.getState().requestFocus({ kind: 'created', place: FOCUS_PLACES.record(id) });
    },
    [show, store],
  );
  const clearSelection = useCallback(() => {
    setFocusRequest(null);
    setSelection(nothing);
  }, [nothing]);
  /** Tidies the canvas with `tidy`, then fits everything into view. */
  const tidyWith = useCallback(
    (tidy: (store: AppStore) => Promise<unknown>) => async () => {
      await tidy(store);
      setFitRequest((count) => count + 1);
    },
    [store],
  );
  const canvas: EditableCanvasProps<Selection> = useMemo(
    () => ({ onSelectionChange: setSelection, focusRequest, fitRequest, onAdded: show }),
    [focusRequest, fitRequest, show],
  );
  return {
    canvas,
    store,
    selection,
    setSelection,
    focusRequest,
    fitRequest,
    show,
    showAdded,
    clearSelection,
    tidyWith,
  };
}
