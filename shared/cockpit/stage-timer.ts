/**
 * The stage countdown as pure data: no clocks inside, every function takes `now` (epoch ms),
 * so the facilitator window, the audience screen and tests all compute the same numbers.
 */

export interface StageTimer {
  /** The agenda stage the timer belongs to. */
  readonly stageId: string;
  /** Planned length of the stage in ms (its timebox plus any extensions). */
  readonly durationMs: number;
  /** When the current run started, or null while paused or not started. */
  readonly runningSinceMs: number | null;
  /** Time already counted in earlier runs (before the last pause). */
  readonly elapsedBeforeMs: number;
}

const MINUTE_MS = 60_000;

/** A stopped timer at zero for a stage with a timebox of `timeboxMinutes`. */
export function newStageTimer(stageId: string, timeboxMinutes: number): StageTimer {
  return { stageId, durationMs: timeboxMinutes * MINUTE_MS, runningSinceMs: null, elapsedBeforeMs: 0 };
}

export function isRunning(timer: StageTimer): boolean {
  return timer.runningSinceMs !== null;
}

/** Time counted so far. */
export function elapsedMs(timer: StageTimer, now: number): number {
  return (
    timer.elapsedBeforeMs + (timer.runningSinceMs === null ? 0 : Math.max(0, now - timer.runningSinceMs))
  );
}

/** Time left; negative once the stage runs over. */
export function remainingMs(timer: StageTimer, now: number): number {
  return timer.durationMs - elapsedMs(timer, now);
}

export function isOvertime(timer: StageTimer, now: number): boolean {
  return remainingMs(timer, now) < 0;
}

export function startTimer(timer: StageTimer, now: number): StageTimer {
  return isRunning(timer) ? timer : { ...timer, runningSinceMs: now };
}

export function pauseTimer(timer: StageTimer, now: number): StageTimer {
  if (!isRunning(timer)) return timer;
  return { ...timer, elapsedBeforeMs: elapsedMs(timer, now), runningSinceMs: null };
}

/** Adds minutes to the stage (the +1 / +5 buttons). */
export function extendTimer(timer: StageTimer, minutes: number): StageTimer {
  return { ...timer, durationMs: Math.max(0, timer.durationMs + minutes * MINUTE_MS) };
}

/** Formats a duration as `m:ss` (or `h:mm:ss`), with a leading minus when over time. */
export function formatClock(milliseconds: number): string {
  const negative = milliseconds < 0;
  // Round towards the display a person expects: a countdown shows 0:01 until it reaches zero.
  const totalSeconds = negative ? Math.floor(-milliseconds / 1000) : Math.ceil(milliseconds / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const body =
    hours > 0
      ? `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`
      : `${minutes}:${String(seconds).padStart(2, '0')}`;
  return negative && totalSeconds > 0 ? `−${body}` : body;
}
