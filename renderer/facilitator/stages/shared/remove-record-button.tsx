import type { ReactNode } from 'react';
import { FOCUS_PLACES } from '../../../app/focus/focus-places';
import { useAppStore } from '../../../app/store/store-context';

/**
 * "Remove …" at the foot of a canvas record (the side panel of a selected card or line). The
 * record closes with it, so by the app's focus rule focus goes to a stated place: the canvas,
 * where the arrow keys reach the next card.
 */
export function RemoveRecordButton({
  onRemove,
  onRemoved,
  children,
}: {
  /** Removes the record from the workshop. */
  readonly onRemove: () => void;
  /** Tells the stage the record is gone (it clears the selection). */
  readonly onRemoved: () => void;
  readonly children: ReactNode;
}) {
  const requestFocus = useAppStore((state) => state.requestFocus);
  return (
    <button
      type="button"
      className="button button--quiet"
      onClick={() => {
        onRemove();
        onRemoved();
        requestFocus({ kind: 'removed', places: [FOCUS_PLACES.stageCanvas] });
      }}
    >
      {children}
    </button>
  );
}
