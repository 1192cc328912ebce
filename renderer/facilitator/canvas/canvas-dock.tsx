import { Controls, MiniMap } from '@xyflow/react';
import { useState } from 'react';
import { text } from '../../../shared/text';
import { QuietButton } from '../../app/components/quiet-button';

const MINIMAP_SIZE = { width: 160, height: 110 } as const;

/**
 * The overview map is shown at first only where there is room for it under the canvas
 * (a large window); anywhere else it is one button away.
 */
const ROOM_FOR_OVERVIEW = '(min-width: 1600px) and (min-height: 1000px)';

/**
 * The zoom buttons and the overview map, in a strip under the canvas: over the canvas they
 * covered cards and the grid's axis labels.
 */
export function CanvasDock() {
  const [overview, setOverview] = useState(
    () => typeof window.matchMedia === 'function' && window.matchMedia(ROOM_FOR_OVERVIEW).matches,
  );
  return (
    <div className="canvas__dock">
      <Controls orientation="horizontal" />
      <QuietButton
        small
        className="canvas__overview-toggle"
        aria-pressed={overview}
        onClick={() => setOverview(!overview)}
      >
        {overview ? text('canvas.hideTheOverview') : text('canvas.showTheOverview')}
      </QuietButton>
      {overview ? <MiniMap pannable zoomable style={MINIMAP_SIZE} /> : null}
    </div>
  );
}
