import { describe, expect, it } from 'vitest';
import {
  describeFrameSummary,
  dragOffset,
  frameIntervals,
  SLOW_FRAME_MS,
  splitAtDrop,
  summariseFrameIntervals,
} from './frame-intervals';

/** Timestamps of frames that took the given times, from 1000 ms on. */
function framesTaking(...durations: number[]): number[] {
  const timestamps = [1000];
  for (const duration of durations) timestamps.push((timestamps.at(-1) as number) + duration);
  return timestamps;
}

describe('frameIntervals', () => {
  it('gives the time between consecutive frames', () => {
    expect(frameIntervals(framesTaking(16, 17, 50))).toEqual([16, 17, 50]);
  });

  it('needs two frames and refuses time going backwards', () => {
    expect(() => frameIntervals([5])).toThrow(/at least two frames/);
    expect(() => frameIntervals([10, 30, 20])).toThrow(/backwards/);
  });
});

describe('summariseFrameIntervals', () => {
  it('reports the median, the 95th percentile, the slowest frame and the frames over 1/30 s', () => {
    // 95 smooth frames and 5 long ones: the long ones are exactly the top 5%.
    const intervals = [...Array.from({ length: 95 }, () => 16.7), 40, 50, 60, 70, 80];

    const summary = summariseFrameIntervals(intervals);

    expect(summary.frames).toBe(100);
    expect(summary.medianMs).toBeCloseTo(16.7);
    expect(summary.p95Ms).toBeGreaterThan(16.7);
    expect(summary.p95Ms).toBeLessThan(40);
    expect(summary.maxMs).toBe(80);
    expect(summary.slowFrames).toBe(5);
  });

  it('counts a frame of exactly 1/30 s as on time', () => {
    expect(summariseFrameIntervals([SLOW_FRAME_MS, SLOW_FRAME_MS + 0.1]).slowFrames).toBe(1);
  });

  it('reads as one line for the log', () => {
    expect(describeFrameSummary(summariseFrameIntervals([16.7, 16.7, 50]))).toBe(
      '3 frames, median 16.7 ms, p95 46.7 ms, max 50.0 ms, 1 over 33.3 ms',
    );
  });
});

describe('dragOffset', () => {
  const path = { radius: 100, turns: 2 };

  it('starts and ends where the drag began, and stays there past the end', () => {
    expect(dragOffset(0, 2000, path)).toEqual({ x: 0, y: 0 });
    for (const elapsed of [2000, 2500]) {
      const offset = dragOffset(elapsed, 2000, path);
      expect(offset.x).toBeCloseTo(0);
      expect(offset.y).toBeCloseTo(0);
    }
  });

  it('goes round a circle of the given radius', () => {
    // A quarter of the first turn: right of the centre (0, radius).
    const quarter = dragOffset(250, 2000, path);
    expect(quarter.x).toBeCloseTo(100);
    expect(quarter.y).toBeCloseTo(100);
    // Half a turn: the far side, two radii down.
    const half = dragOffset(500, 2000, path);
    expect(half.x).toBeCloseTo(0);
    expect(half.y).toBeCloseTo(200);
  });

  it('moves only a few pixels between two 60 Hz moves', () => {
    const first = dragOffset(1000, 2000, path);
    const next = dragOffset(1000 + 1000 / 60, 2000, path);
    expect(Math.hypot(next.x - first.x, next.y - first.y)).toBeLessThan(15);
  });

  it('mirrors the circles when turning left', () => {
    for (const elapsed of [100, 250, 700, 1300]) {
      const right = dragOffset(elapsed, 2000, path, 'right');
      const left = dragOffset(elapsed, 2000, path, 'left');
      expect(left.x).toBeCloseTo(-right.x);
      expect(left.y).toBeCloseTo(right.y);
    }
    expect(dragOffset(250, 2000, path, 'left').x).toBeCloseTo(-100);
  });

  it('refuses a drag with no duration', () => {
    expect(() => dragOffset(0, 0, path)).toThrow(/positive duration/);
  });
});

describe('splitAtDrop', () => {
  // Frames at 1000, 1016, 1033, 1050 (drop at 1040), 1067, 1150, 1167.
  const timestamps = framesTaking(16, 17, 17, 17, 83, 17);

  it('keeps the drag up to the first frame after the drop, and takes the longest wait after it as the freeze', () => {
    const frames = splitAtDrop(timestamps, 1040);

    expect(frames.drag).toEqual([16, 17, 17]);
    expect(frames.frameAfterDrop).toBe(17);
    expect(frames.dropFreezeMs).toBe(83);
    expect(frames.longestTaskAfterDropMs).toBe(0);
  });

  it('counts a long task begun after the drop when it is longer than any frame interval', () => {
    const frames = splitAtDrop(timestamps, 1040, [
      { startTime: 900, duration: 300 },
      { startTime: 1060, duration: 95.5 },
    ]);

    expect(frames.longestTaskAfterDropMs).toBe(95.5);
    expect(frames.dropFreezeMs).toBe(95.5);
  });

  it('refuses a recording that ends before the drop was drawn', () => {
    expect(() => splitAtDrop(timestamps, 2000)).toThrow(/No frame was recorded after the drop/);
  });
});
