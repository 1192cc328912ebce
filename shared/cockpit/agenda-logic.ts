/**
 * Pure agenda operations for the cockpit: running totals, navigation, reordering. They work
 * on plain stage lists so the rail, the keyboard commands and tests share them.
 */

/** The part of an agenda stage these functions need. */
export interface AgendaStageLike {
  readonly id: string;
  readonly timeboxMinutes: number;
  readonly status: 'planned' | 'active' | 'done' | 'skipped';
  readonly actualStart: string | null;
  readonly actualEnd: string | null;
}

export interface StageTotals {
  readonly stageId: string;
  /** Sum of the timeboxes up to and including this stage (skipped stages count zero). */
  readonly plannedTotalMinutes: number;
  /** Real minutes spent on this stage, when it has started; null before. */
  readonly actualMinutes: number | null;
  /** Sum of real minutes up to this stage (stages not yet run count their timebox). */
  readonly actualTotalMinutes: number;
}

function minutesBetween(startIso: string, endIso: string): number {
  return Math.max(0, (Date.parse(endIso) - Date.parse(startIso)) / 60_000);
}

/** Planned against actual running totals, stage by stage. `now` closes a stage still running. */
export function agendaTotals(stages: readonly AgendaStageLike[], now: Date): StageTotals[] {
  let planned = 0;
  let actual = 0;
  return stages.map((stage) => {
    const counts = stage.status !== 'skipped';
    planned += counts ? stage.timeboxMinutes : 0;
    const actualMinutes =
      stage.actualStart === null
        ? null
        : minutesBetween(stage.actualStart, stage.actualEnd ?? now.toISOString());
    actual += actualMinutes ?? (counts ? stage.timeboxMinutes : 0);
    return { stageId: stage.id, plannedTotalMinutes: planned, actualMinutes, actualTotalMinutes: actual };
  });
}

/** The next stage after `currentId` that is not skipped, or null at the end. */
export function nextStageId(stages: readonly AgendaStageLike[], currentId: string | null): string | null {
  const start = currentId === null ? -1 : stages.findIndex((stage) => stage.id === currentId);
  return stages.slice(start + 1).find((stage) => stage.status !== 'skipped')?.id ?? null;
}

/** The previous stage before `currentId` that is not skipped, or null at the start. */
export function previousStageId(stages: readonly AgendaStageLike[], currentId: string | null): string | null {
  const index = currentId === null ? stages.length : stages.findIndex((stage) => stage.id === currentId);
  return (
    stages
      .slice(0, Math.max(0, index))
      .reverse()
      .find((stage) => stage.status !== 'skipped')?.id ?? null
  );
}

/** Moves the item at `from` to position `to` (both clamped), returning a new array. */
export function moveItem<Item>(items: readonly Item[], from: number, to: number): Item[] {
  const result = [...items];
  if (from < 0 || from >= result.length) return result;
  const [item] = result.splice(from, 1);
  const target = Math.min(Math.max(0, to), result.length);
  result.splice(target, 0, item as Item);
  return result;
}
