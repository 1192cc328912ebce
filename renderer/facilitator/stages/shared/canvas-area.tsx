import type { ReactNode } from 'react';
import { FOCUS_PLACES } from '../../../app/focus/focus-places';
import { useSkipTarget } from '../../../app/focus/skip-links';
import { text } from '../../../../shared/text';

const CANVAS_ID = FOCUS_PLACES.stageCanvas.slice(1);

/**
 * A stage's canvas beside its side panel, which shows what is selected (`panel`, named
 * `panelLabel`). While the canvas is on screen, the skip links at the top of the window
 * offer "Skip to the canvas", which lands on it: the next Tab reaches the first card.
 */
export function CanvasWorkspace({
  panelLabel,
  panel,
  children,
}: {
  readonly panelLabel: string;
  readonly panel: ReactNode;
  /** The canvas. */
  readonly children: ReactNode;
}) {
  useSkipTarget(CANVAS_ID, text('stage.shared.skipToThe'));
  return (
    <div className="canvas-workspace">
      <div className="canvas-workspace__canvas" id={CANVAS_ID} tabIndex={-1}>
        {children}
      </div>
      <aside className="canvas-workspace__panel panel" aria-label={panelLabel}>
        {panel}
      </aside>
    </div>
  );
}
