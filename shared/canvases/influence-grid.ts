import type { Position } from '../workshop/layout';
import type { Stakeholder, StakeholderId } from '../workshop';

/**
 * The influence × impact grid (the power/interest grid): impact runs left to right, from 1
 * (barely affected) to 5 (their daily work changes); influence runs bottom to top, from 1
 * (little say) to 5 (can make or break the change). Each of the 25 cells holds the
 * stakeholders with that pair of scores, so a stakeholder's place on the grid *is* their
 * scores: dragging one to another cell changes them.
 */

/** The lowest and highest score on either axis. */
export const SCORE_RANGE = { minimum: 1, maximum: 5 } as const;

/** The size of one cell, in canvas units. */
export const GRID_CELL = { width: 240, height: 160 } as const;

/** The size of a stakeholder chip on the grid, in canvas units. */
export const GRID_CHIP = { width: 108, height: 40 } as const;

/** Room around the cells for the axis labels, in canvas units. */
export const GRID_ORIGIN = { x: 0, y: 0 } as const;

const SCORES = SCORE_RANGE.maximum - SCORE_RANGE.minimum + 1;

/** The whole grid, in canvas units. */
export const GRID_SIZE = { width: SCORES * GRID_CELL.width, height: SCORES * GRID_CELL.height } as const;

const CHIP_GAP = 8;
const CHIPS_PER_ROW = Math.floor((GRID_CELL.width - CHIP_GAP) / (GRID_CHIP.width + CHIP_GAP));
const CHIP_ROWS = Math.floor((GRID_CELL.height - CHIP_GAP) / (GRID_CHIP.height + CHIP_GAP));
const STACK_STEP = 6;
// How many stacking shifts fit before a chip's centre would leave its cell: a chip's cell is
// its scores, so a crowded cell must never spill into its neighbour.
const STACK_SHIFTS_ACROSS = Math.ceil(
  (GRID_CELL.width - CHIPS_PER_ROW * (GRID_CHIP.width + CHIP_GAP) + GRID_CHIP.width / 2) / STACK_STEP,
);
const STACK_SHIFTS_DOWN = Math.ceil(
  (GRID_CELL.height - CHIP_ROWS * (GRID_CHIP.height + CHIP_GAP) + GRID_CHIP.height / 2) / STACK_STEP,
);

/** A stakeholder's two grid scores. */
export interface GridScores {
  readonly impact: number;
  readonly influence: number;
}

function clampScore(score: number): number {
  return Math.min(SCORE_RANGE.maximum, Math.max(SCORE_RANGE.minimum, score));
}

/** The top-left corner of the cell for a pair of scores. */
export function cellOrigin(scores: GridScores): Position {
  const column = clampScore(scores.impact) - SCORE_RANGE.minimum;
  const row = SCORE_RANGE.maximum - clampScore(scores.influence);
  return { x: GRID_ORIGIN.x + column * GRID_CELL.width, y: GRID_ORIGIN.y + row * GRID_CELL.height };
}

/**
 * Where the `slot`-th chip of a cell goes. Chips fill the cell row by row; a crowded cell
 * stacks the extra chips with a small offset so every one stays visible and draggable.
 */
export function chipPosition(scores: GridScores, slot: number): Position {
  const origin = cellOrigin(scores);
  const perCell = CHIPS_PER_ROW * CHIP_ROWS;
  const place = slot % perCell;
  const layer = Math.floor(slot / perCell);
  const column = place % CHIPS_PER_ROW;
  const row = Math.floor(place / CHIPS_PER_ROW);
  const shiftAcross = (layer % STACK_SHIFTS_ACROSS) * STACK_STEP;
  const shiftDown = (layer % STACK_SHIFTS_DOWN) * STACK_STEP;
  return {
    x: origin.x + CHIP_GAP + column * (GRID_CHIP.width + CHIP_GAP) + shiftAcross,
    y: origin.y + CHIP_GAP + row * (GRID_CHIP.height + CHIP_GAP) + shiftDown,
  };
}

/**
 * The scores of the cell under a chip whose top-left corner is at `position`: the cell that
 * holds the chip's centre. Positions off the grid give the nearest edge cell's scores.
 */
export function scoresAt(position: Position): GridScores {
  const centreX = position.x + GRID_CHIP.width / 2 - GRID_ORIGIN.x;
  const centreY = position.y + GRID_CHIP.height / 2 - GRID_ORIGIN.y;
  const column = Math.floor(centreX / GRID_CELL.width);
  const row = Math.floor(centreY / GRID_CELL.height);
  return {
    impact: clampScore(SCORE_RANGE.minimum + column),
    influence: clampScore(SCORE_RANGE.maximum - row),
  };
}

/**
 * Where every stakeholder sits on the grid: in the cell of their scores, in list order
 * within a cell, so the same document always gives the same picture.
 */
export function gridPlacement(
  stakeholders: readonly Pick<Stakeholder, 'id' | 'impact' | 'influence'>[],
): Map<StakeholderId, Position> {
  const filled = new Map<string, number>();
  const placement = new Map<StakeholderId, Position>();
  for (const stakeholder of stakeholders) {
    const cell = `${clampScore(stakeholder.impact)}:${clampScore(stakeholder.influence)}`;
    const slot = filled.get(cell) ?? 0;
    filled.set(cell, slot + 1);
    placement.set(stakeholder.id, chipPosition(stakeholder, slot));
  }
  return placement;
}

/** The four quadrants of the grid and what the room should do with the people in each. */
export const GRID_QUADRANTS = [
  { id: 'manage-closely', label: 'Manage closely', hint: 'High influence, high impact', corner: 'top-right' },
  { id: 'keep-satisfied', label: 'Keep satisfied', hint: 'High influence, low impact', corner: 'top-left' },
  { id: 'keep-informed', label: 'Keep informed', hint: 'Low influence, high impact', corner: 'bottom-right' },
  { id: 'monitor', label: 'Monitor', hint: 'Low influence, low impact', corner: 'bottom-left' },
] as const;
