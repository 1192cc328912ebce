/**
 * Pure helpers for the canvas drag benchmark: frame intervals from requestAnimationFrame
 * timestamps, their summary, and the path the mouse follows while it drags a node.
 */
import { median, percentile } from '../statistics';

/** A frame slower than this missed 30 frames per second (the `canvas_drag_frame_p95_ms` budget). */
export const SLOW_FRAME_MS = 1000 / 30;

/**
 * The time between consecutive frames, from the timestamps requestAnimationFrame gave its
 * callbacks. Refuses fewer than two timestamps or timestamps that go backwards.
 */
export function frameIntervals(timestamps: readonly number[]): number[] {
  if (timestamps.length < 2) {
    throw new Error(`Frame intervals need at least two frames, got ${timestamps.length}.`);
  }
  const intervals: number[] = [];
  for (let index = 1; index < timestamps.length; index += 1) {
    const interval = (timestamps[index] as number) - (timestamps[index - 1] as number);
    if (!(interval >= 0)) {
      throw new Error(`Frame timestamps must not go backwards (frame ${index}: ${interval} ms).`);
    }
    intervals.push(interval);
  }
  return intervals;
}

/** What the frames of one drag looked like. */
export interface FrameSummary {
  /** How many intervals (frames after the first). */
  readonly frames: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Intervals longer than {@link SLOW_FRAME_MS}. */
  readonly slowFrames: number;
}

/** Summarises the frame intervals of one drag. */
export function summariseFrameIntervals(intervals: readonly number[]): FrameSummary {
  return {
    frames: intervals.length,
    medianMs: median(intervals),
    p95Ms: percentile(intervals, 0.95),
    maxMs: percentile(intervals, 1),
    slowFrames: intervals.filter((interval) => interval > SLOW_FRAME_MS).length,
  };
}

/** One line for people: `121 frames, median 16.7 ms, p95 18.2 ms, max 33.5 ms, 1 over 33.3 ms`. */
export function describeFrameSummary(summary: FrameSummary): string {
  const milliseconds = (value: number) => `${value.toFixed(1)} ms`;
  return (
    `${summary.frames} frames, median ${milliseconds(summary.medianMs)}, p95 ${milliseconds(summary.p95Ms)}, ` +
    `max ${milliseconds(summary.maxMs)}, ${summary.slowFrames} over ${milliseconds(SLOW_FRAME_MS)}`
  );
}

/** A point on the screen, in CSS pixels. */
export interface Offset {
  readonly x: number;
  readonly y: number;
}

/** Which way a drag's circles go round from their start: first to the right, or mirrored, first to the left. */
export type DragTurning = 'right' | 'left';

/**
 * Where the mouse is, relative to where the drag started, `elapsedMs` into a drag of
 * `durationMs`: `turns` full circles of `radius` pixels that start and end at the starting
 * point, going first to the right or, mirrored, first to the left. Past the end it stays at
 * the start.
 */
export function dragOffset(
  elapsedMs: number,
  durationMs: number,
  path: { readonly radius: number; readonly turns: number },
  turning: DragTurning = 'right',
): Offset {
  if (!(durationMs > 0)) throw new Error(`A drag needs a positive duration, got ${durationMs}.`);
  const progress = Math.min(Math.max(elapsedMs / durationMs, 0), 1);
  const angle = 2 * Math.PI * path.turns * progress;
  const side = turning === 'right' ? 1 : -1;
  return { x: side * path.radius * Math.sin(angle), y: path.radius * (1 - Math.cos(angle)) };
}

/** A long task the page reported (PerformanceObserver `longtask`: main-thread work over 50 ms). */
export interface LongTask {
  readonly startTime: number;
  readonly duration: number;
}

/** The frames of one drag, split at the drop. */
export interface DragFrames {
  /** Frame intervals from mouse down to the first frame after the mouse button was released. */
  readonly drag: number[];
  /** That first frame after the release: the drop drawn. */
  readonly frameAfterDrop: number;
  /** The longest wait for a frame from the release to the end of the recording (the drop's freeze). */
  readonly dropFreezeMs: number;
  /** The longest long task that began after the release (0 when none). */
  readonly longestTaskAfterDropMs: number;
}

/**
 * Splits the requestAnimationFrame timestamps of a drag at `droppedAt` (the time the mouse
 * button was released, on the same clock). The drop's freeze is the longest frame interval
 * that ends after the release — or the longest long task begun after it, if longer: a task
 * that ran between two frames delays the next frame by at least its own length, and the
 * long-task entry is not rounded to the display's refresh like frame timestamps are.
 * Refuses a recording with no frame after the drop.
 */
export function splitAtDrop(
  timestamps: readonly number[],
  droppedAt: number,
  longTasks: readonly LongTask[] = [],
): DragFrames {
  const intervals = frameIntervals(timestamps);
  // Interval `index` ends at timestamps[index + 1].
  const firstAfter = intervals.findIndex((_, index) => (timestamps[index + 1] as number) > droppedAt);
  if (firstAfter < 0) throw new Error(`No frame was recorded after the drop at ${droppedAt.toFixed(1)} ms.`);
  const afterDrop = intervals.slice(firstAfter);
  const longestTaskAfterDropMs = Math.max(
    0,
    ...longTasks.filter((task) => task.startTime >= droppedAt).map((task) => task.duration),
  );
  return {
    drag: intervals.slice(0, firstAfter + 1),
    frameAfterDrop: intervals[firstAfter] as number,
    dropFreezeMs: Math.max(...afterDrop, longestTaskAfterDropMs),
    longestTaskAfterDropMs,
  };
}
