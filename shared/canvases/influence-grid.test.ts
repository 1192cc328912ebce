import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aStakeholder, fixtureId } from '../../test/fixtures/builders';
import {
  cellOrigin,
  chipPosition,
  GRID_CELL,
  GRID_CHIP,
  GRID_SIZE,
  gridPlacement,
  type GridScores,
  scoresAt,
  SCORE_RANGE,
} from './influence-grid';

const anyScore = fc.integer({ min: SCORE_RANGE.minimum, max: SCORE_RANGE.maximum });
const anyScores = fc.record({ impact: anyScore, influence: anyScore });

/** Every pair of scores on the grid, 25 in all. */
const everyCell: GridScores[] = [1, 2, 3, 4, 5].flatMap((impact) =>
  [1, 2, 3, 4, 5].map((influence) => ({ impact, influence })),
);

describe('chipPosition and scoresAt', () => {
  it('give back the scores of every cell for its first chips', () => {
    for (const scores of everyCell) {
      for (let slot = 0; slot < 12; slot += 1) {
        expect(scoresAt(chipPosition(scores, slot)), `slot ${slot} of ${JSON.stringify(scores)}`).toEqual(
          scores,
        );
      }
    }
  });

  it('give back the scores for any pair and any slot, even in a very crowded cell', () => {
    fc.assert(
      fc.property(anyScores, fc.integer({ min: 0, max: 400 }), (scores, slot) => {
        expect(scoresAt(chipPosition(scores, slot))).toEqual(scores);
      }),
    );
  });

  it('keep every chip of a crowded cell inside the cell', () => {
    const scores = { impact: 3, influence: 3 };
    const origin = cellOrigin(scores);
    for (let slot = 0; slot < 400; slot += 1) {
      const chip = chipPosition(scores, slot);
      const centre = { x: chip.x + GRID_CHIP.width / 2, y: chip.y + GRID_CHIP.height / 2 };
      expect(centre.x).toBeGreaterThanOrEqual(origin.x);
      expect(centre.x).toBeLessThan(origin.x + GRID_CELL.width);
      expect(centre.y).toBeGreaterThanOrEqual(origin.y);
      expect(centre.y).toBeLessThan(origin.y + GRID_CELL.height);
    }
  });

  it('never put two chips of one cell at the same place', () => {
    const scores = { impact: 5, influence: 1 };
    const places = new Set<string>();
    for (let slot = 0; slot < 200; slot += 1) {
      const { x, y } = chipPosition(scores, slot);
      places.add(`${x},${y}`);
    }
    expect(places.size).toBe(200);
  });
});

describe('cellOrigin', () => {
  it('runs impact from left to right', () => {
    const xs = [1, 2, 3, 4, 5].map((impact) => cellOrigin({ impact, influence: 3 }).x);
    expect(xs).toEqual([0, 1, 2, 3, 4].map((column) => column * GRID_CELL.width));
  });

  it('runs influence from bottom to top', () => {
    const ys = [1, 2, 3, 4, 5].map((influence) => cellOrigin({ impact: 3, influence }).y);
    expect(ys).toEqual([4, 3, 2, 1, 0].map((row) => row * GRID_CELL.height));
  });

  it('puts high influence and high impact in the top-right corner', () => {
    expect(cellOrigin({ impact: 5, influence: 5 })).toEqual({ x: GRID_SIZE.width - GRID_CELL.width, y: 0 });
    expect(cellOrigin({ impact: 1, influence: 1 })).toEqual({ x: 0, y: GRID_SIZE.height - GRID_CELL.height });
  });

  it('puts scores outside 1 to 5 in the edge cells', () => {
    expect(cellOrigin({ impact: 0, influence: 9 })).toEqual(cellOrigin({ impact: 1, influence: 5 }));
    expect(cellOrigin({ impact: 7, influence: -2 })).toEqual(cellOrigin({ impact: 5, influence: 1 }));
  });
});

describe('scoresAt', () => {
  it('reads the cell that holds the chip centre, not its corner', () => {
    // The corner is still in the lowest-impact column, but most of the chip is in the next one.
    const corner = { x: GRID_CELL.width - GRID_CHIP.width / 2 + 1, y: 0 };
    expect(scoresAt(corner).impact).toBe(2);
    const justBefore = { x: GRID_CELL.width - GRID_CHIP.width / 2 - 1, y: 0 };
    expect(scoresAt(justBefore).impact).toBe(1);
  });

  it('gives the nearest edge cell for positions off the grid', () => {
    expect(scoresAt({ x: -5000, y: -5000 })).toEqual({ impact: 1, influence: 5 });
    expect(scoresAt({ x: 5000, y: -5000 })).toEqual({ impact: 5, influence: 5 });
    expect(scoresAt({ x: -5000, y: 5000 })).toEqual({ impact: 1, influence: 1 });
    expect(scoresAt({ x: 5000, y: 5000 })).toEqual({ impact: 5, influence: 1 });
    expect(scoresAt({ x: GRID_CELL.width * 2 + 10, y: 99_999 })).toEqual({ impact: 3, influence: 1 });
  });

  it('always answers whole scores from 1 to 5, wherever the chip is dropped', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (x, y) => {
          const { impact, influence } = scoresAt({ x, y });
          for (const score of [impact, influence]) {
            expect(Number.isInteger(score)).toBe(true);
            expect(score).toBeGreaterThanOrEqual(1);
            expect(score).toBeLessThanOrEqual(5);
          }
        },
      ),
    );
  });
});

describe('gridPlacement', () => {
  it('places each stakeholder in the cell of their scores', () => {
    const people = everyCell.map((scores) => aStakeholder(scores));
    const placement = gridPlacement(people);
    expect(placement.size).toBe(people.length);
    for (const person of people) {
      const position = placement.get(person.id);
      expect(position).toBeDefined();
      expect(scoresAt(position ?? { x: NaN, y: NaN })).toEqual({
        impact: person.impact,
        influence: person.influence,
      });
    }
  });

  it('fills a cell in list order', () => {
    const first = aStakeholder({ id: fixtureId('first'), impact: 4, influence: 2 });
    const elsewhere = aStakeholder({ id: fixtureId('elsewhere'), impact: 1, influence: 1 });
    const second = aStakeholder({ id: fixtureId('second'), impact: 4, influence: 2 });
    const third = aStakeholder({ id: fixtureId('third'), impact: 4, influence: 2 });
    const placement = gridPlacement([first, elsewhere, second, third]);
    const cell = { impact: 4, influence: 2 };
    expect(placement.get(first.id)).toEqual(chipPosition(cell, 0));
    expect(placement.get(second.id)).toEqual(chipPosition(cell, 1));
    expect(placement.get(third.id)).toEqual(chipPosition(cell, 2));
    expect(placement.get(elsewhere.id)).toEqual(chipPosition({ impact: 1, influence: 1 }, 0));
  });

  it('gives the same picture for the same list, and moves people when the order changes', () => {
    const first = aStakeholder({ impact: 2, influence: 2 });
    const second = aStakeholder({ impact: 2, influence: 2 });
    const people = [first, second, aStakeholder({ impact: 5, influence: 5 })];
    expect(gridPlacement(people)).toEqual(gridPlacement(people));
    const reversed = gridPlacement([...people].reverse());
    expect(reversed.get(first.id)).toEqual(gridPlacement(people).get(second.id));
    expect(reversed.get(second.id)).toEqual(gridPlacement(people).get(first.id));
  });

  it('never puts two chips of a cell at the same place, for any list', () => {
    fc.assert(
      fc.property(fc.array(anyScores, { maxLength: 120 }), (scores) => {
        const people = scores.map((pair, index) =>
          aStakeholder({ ...pair, id: fixtureId(`person-${index}`) }),
        );
        const placement = gridPlacement(people);
        const places = new Set([...placement.values()].map(({ x, y }) => `${x},${y}`));
        expect(places.size).toBe(people.length);
        for (const person of people) {
          expect(scoresAt(placement.get(person.id) ?? { x: NaN, y: NaN })).toEqual({
            impact: person.impact,
            influence: person.influence,
          });
        }
      }),
    );
  });
});
