import type { Draft } from 'immer';
import { useId, type ReactNode } from 'react';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { FOCUS_PLACES } from '../../../app/focus/focus-places';
import { useAppStore } from '../../../app/store/store-context';
import { QuietButton } from '../../../app/components/quiet-button';
import { useEditWorkshop } from './use-workshop';

/** What the side panel of a selected card or line is given: its record, and what to do once it is removed. */
export interface RecordPanelProps {
  /** The record's id, so a command can focus its first field (`FOCUS_PLACES.record`). */
  readonly id: string;
  /** Tells the stage the record is gone (it clears the selection). */
  readonly onRemoved: () => void;
}

/**
 * The side panel of a card or line selected on a canvas: its name as the heading, its fields,
 * and "Remove …" at the foot. Removing closes the panel, so by the app's focus rule focus
 * goes to a stated place: the canvas, where the arrow keys reach the next card.
 */
export function CanvasRecord({
  id,
  heading,
  removeLabel,
  remove,
  onRemoved,
  tools,
  children,
}: RecordPanelProps & {
  readonly heading: ReactNode;
  /** The words of the Remove button ("Remove Ana from the map"). */
  readonly removeLabel: ReactNode;
  /** Removes records from the workshop by id, with what hangs on them (`removeDataSources`). */
  readonly remove: (draft: Draft<Workshop>, ids: ReadonlySet<string>) => void;
  /** Other buttons, before Remove. */
  readonly tools?: ReactNode;
  readonly children: ReactNode;
}) {
  const headingId = useId();
  const requestFocus = useAppStore((state) => state.requestFocus);
  const editWorkshop = useEditWorkshop();
  return (
    <section className="canvas-record" aria-labelledby={headingId} data-record-id={id}>
      <h3 id={headingId}>{heading}</h3>
      {children}
      <div className="stage-toolbar">
        {tools}
        <QuietButton
          onClick={() => {
            editWorkshop((draft) => remove(draft, new Set([id])));
            onRemoved();
            requestFocus({ kind: 'removed', places: [FOCUS_PLACES.stageCanvas] });
          }}
        >
          {removeLabel}
        </QuietButton>
      </div>
    </section>
  );
}
