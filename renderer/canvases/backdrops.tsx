import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { LANE_HEIGHT, LANE_TOP } from '../../shared/canvases/canvas-graph';
import { GRID_CELL, GRID_QUADRANTS, GRID_SIZE, SCORE_RANGE } from '../../shared/canvases/influence-grid';
import { WORKFLOW_LANE_LABELS } from '../../shared/canvases/labels';
import type { WorkflowLane } from '../../shared/workshop';
import { text } from '../../shared/text';

/**
 * Backdrops are React Flow nodes that sit behind the cards, so they pan and zoom with them:
 * the 5 × 5 influence × impact grid, and the two workflow lanes. They can't be selected,
 * dragged or focused.
 */

export type GridBackdropNode = Node<Record<string, never>, 'gridBackdrop'>;
export type LaneBackdropNode = Node<{ lane: WorkflowLane; width: number }, 'laneBackdrop'>;

const SCORES = Array.from(
  { length: SCORE_RANGE.maximum - SCORE_RANGE.minimum + 1 },
  (_, index) => SCORE_RANGE.minimum + index,
);

/** Room around the cells for the axis names, ticks and quadrant names, in canvas units. */
const GRID_MARGIN = { left: 96, top: 36, right: 16, bottom: 84 } as const;

/** The influence × impact grid with its axes and quadrant names. */
export const GridBackdrop = memo(function GridBackdrop(_props: NodeProps<GridBackdropNode>) {
  return (
    <div
      className="grid-backdrop"
      style={{
        width: GRID_MARGIN.left + GRID_SIZE.width + GRID_MARGIN.right,
        height: GRID_MARGIN.top + GRID_SIZE.height + GRID_MARGIN.bottom,
      }}
      aria-hidden="true"
    >
      <div
        className="grid-backdrop__cells"
        style={{
          left: GRID_MARGIN.left,
          top: GRID_MARGIN.top,
          width: GRID_SIZE.width,
          height: GRID_SIZE.height,
        }}
      >
        {SCORES.map((influence) =>
          SCORES.map((impact) => (
            <div
              key={`${impact}:${influence}`}
              className={`grid-backdrop__cell${impact >= 4 && influence >= 4 ? ' grid-backdrop__cell--hot' : ''}`}
              style={{
                left: (impact - SCORE_RANGE.minimum) * GRID_CELL.width,
                top: (SCORE_RANGE.maximum - influence) * GRID_CELL.height,
                width: GRID_CELL.width,
                height: GRID_CELL.height,
              }}
            />
          )),
        )}
        {GRID_QUADRANTS.map((quadrant) => {
          // 'top-right': one class for the side of the grid it sits above or below, one for its edge.
          const sides = quadrant.corner.split('-').map((side) => `grid-backdrop__quadrant--${side}`);
          return (
            <div key={quadrant.id} className={['grid-backdrop__quadrant', ...sides].join(' ')}>
              {quadrant.label}
            </div>
          );
        })}
        {SCORES.map((score) => (
          <div
            key={`x${score}`}
            className="grid-backdrop__tick grid-backdrop__tick--x"
            style={{ left: (score - SCORE_RANGE.minimum + 0.5) * GRID_CELL.width }}
          >
            {score}
          </div>
        ))}
        {SCORES.map((score) => (
          <div
            key={`y${score}`}
            className="grid-backdrop__tick grid-backdrop__tick--y"
            style={{ top: (SCORE_RANGE.maximum - score + 0.5) * GRID_CELL.height }}
          >
            {score}
          </div>
        ))}
        <div className="grid-backdrop__axis grid-backdrop__axis--x">{text('canvas.impactOnTheir')}</div>
        <div className="grid-backdrop__axis grid-backdrop__axis--y">{text('canvas.influenceLowHigh')}</div>
      </div>
    </div>
  );
});

/** A workflow lane: "Today" or "With the AI". */
export const LaneBackdrop = memo(function LaneBackdrop({ data }: NodeProps<LaneBackdropNode>) {
  return (
    <div
      className={`lane-backdrop lane-backdrop--${data.lane}`}
      style={{ width: data.width, height: LANE_HEIGHT }}
      aria-hidden="true"
    >
      <span className="lane-backdrop__label">{WORKFLOW_LANE_LABELS[data.lane]}</span>
    </div>
  );
});

const BACKDROP = {
  draggable: false,
  selectable: false,
  focusable: false,
  connectable: false,
  zIndex: -1,
} as const;

/** The grid backdrop node for the influence × impact canvas. */
export function gridBackdropNode(): GridBackdropNode {
  return {
    id: 'backdrop-grid',
    type: 'gridBackdrop',
    position: { x: -GRID_MARGIN.left, y: -GRID_MARGIN.top },
    data: {},
    ...BACKDROP,
  };
}

/** The two lane backdrops, wide enough for the rightmost step. */
export function laneBackdropNodes(rightmostStepX: number): LaneBackdropNode[] {
  const width = Math.max(1200, rightmostStepX + 320);
  return (['current', 'future'] as const).map((lane) => ({
    id: `backdrop-lane-${lane}`,
    type: 'laneBackdrop',
    position: { x: -40, y: LANE_TOP[lane] },
    data: { lane, width },
    ...BACKDROP,
  }));
}
