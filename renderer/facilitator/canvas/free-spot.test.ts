import { describe, expect, it } from 'vitest';
import { freeSpotNear } from './free-spot';

const ROOM = { width: 240, height: 130 };

describe('freeSpotNear', () => {
  it('uses the wanted place when it is free', () => {
    expect(freeSpotNear({ x: 100, y: 50 }, [{ x: 600, y: 50 }], ROOM)).toEqual({ x: 100, y: 50 });
  });

  it('never puts cards added one after another on top of each other', () => {
    const taken: { x: number; y: number }[] = [];
    for (let count = 0; count < 40; count += 1) {
      const spot = freeSpotNear({ x: 0, y: 0 }, taken, ROOM);
      for (const other of taken) {
        const apart = Math.abs(spot.x - other.x) >= ROOM.width || Math.abs(spot.y - other.y) >= ROOM.height;
        expect(apart).toBe(true);
      }
      taken.push(spot);
    }
  });

  it('picks a spot in the nearest ring first', () => {
    const spot = freeSpotNear({ x: 0, y: 0 }, [{ x: 0, y: 0 }], ROOM);
    expect(Math.abs(spot.x) <= ROOM.width && Math.abs(spot.y) <= ROOM.height).toBe(true);
  });
});
