import type { Position } from '../../../shared/workshop';

/** The room a card needs, in canvas units, gap included. */
export interface CardRoom {
  readonly width: number;
  readonly height: number;
}

function overlaps(spot: Position, taken: Position, room: CardRoom): boolean {
  return Math.abs(spot.x - taken.x) < room.width && Math.abs(spot.y - taken.y) < room.height;
}

/**
 * Where a new card goes: at `wanted` if nothing is there, otherwise at the nearest free place
 * on a grid of card-sized steps around it (ring by ring), so cards added one after another
 * never land on top of each other.
 */
export function freeSpotNear(wanted: Position, taken: readonly Position[], room: CardRoom): Position {
  const isFree = (spot: Position) => !taken.some((other) => overlaps(spot, other, room));
  if (isFree(wanted)) return wanted;
  for (let ring = 1; ring <= 50; ring += 1) {
    for (const [column, row] of ringSteps(ring)) {
      const spot = { x: wanted.x + column * room.width, y: wanted.y + row * room.height };
      if (isFree(spot)) return spot;
    }
  }
  return { x: wanted.x + taken.length * 16, y: wanted.y + taken.length * 16 };
}

/**
 * The steps of one ring around the wanted place, right and below first (where people read on
 * to), then the nearest first.
 */
function ringSteps(ring: number): [number, number][] {
  const steps: [number, number][] = [];
  for (let row = -ring; row <= ring; row += 1) {
    for (let column = -ring; column <= ring; column += 1) {
      if (Math.max(Math.abs(row), Math.abs(column)) === ring) steps.push([column, row]);
    }
  }
  const cost = ([column, row]: [number, number]) =>
    (row < 0 ? 100 : 0) + (column < 0 ? 10 : 0) + Math.abs(row) + Math.abs(column);
  return steps.sort((left, right) => cost(left) - cost(right));
}
