import type { ReactNode } from 'react';
import { FOCUS_PLACES } from '../../../app/focus/focus-places';
import { useSkipTarget } from '../../../app/focus/skip-links';
import { text } from '../../../../shared/text';

const CANVAS_ID = FOCUS_PLACES.stageCanvas.slice(1);

/**
 * Where a stage's canvas sits. While it is on screen, the skip links at the top of the
 * window offer "Skip to the canvas", which lands here: the next Tab reaches the first card.
 */
export function CanvasArea({ children }: { readonly children: ReactNode }) {
  useSkipTarget(CANVAS_ID, text('stage.shared.skipToThe'));
  return (
    <div className="canvas-workspace__canvas" id={CANVAS_ID} tabIndex={-1}>
      {children}
    </div>
  );
}
