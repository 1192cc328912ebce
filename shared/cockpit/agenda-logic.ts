/**
 * Pure agenda operations: the record of what happened and the forecast, navigation,
 * reordering. They work on plain stage lists so the rail, the keyboard commands, the Word
 * plan and tests share them.
 */

/** The part of an agenda stage these functions need. */
export interface AgendaStageLike {
  readonly id: string;
  readonly timeboxMinutes: number;
  readonly status: 'planned' | 'active' | 'done' | 'skipped';
  /** Every time the stage was on; `end` is null while it still is. */
  readonly visits: readonly { readonly start: string; readonly end: string | null }[];
  /** Minutes the facilitator entered instead of the recorded ones; null when not corrected. */
  readonly correctedMinutes: number | null;
}

/** One stage of the agenda as it was planned and as it really went. */
export interface StageRecord {
  readonly stageId: string;
  /** The stage's timebox; zero for a skipped stage. */
  readonly plannedMinutes: number;
  /** Minutes spent on the stage over all its visits (an open visit counts up to now); null if never on. */
  readonly recordedMinutes: number | null;
  /** What the stage took: the facilitator's correction, or else the recorded minutes. */
  readonly actualMinutes: number | null;
  readonly corrected: boolean;
  /** True while the stage is on (its last visit has not ended). */
  readonly running: boolean;
  /** Sum of the planned minutes up to and including this stage. */
  readonly plannedTotalMinutes: number;
  /** Sum of what the stages up to and including this one are expected to take (see `forecastMinutes`). */
  readonly forecastTotalMinutes: number;
}

/** The whole agenda as planned and as it really went, worked out once for the cockpit and the plan. */
export interface AgendaRecord {
  readonly stages: readonly StageRecord[];
  /** Sum of the timeboxes of the stages not skipped. */
  readonly plannedMinutes: number;
  /** Sum of the actual minutes of every stage that has been on. */
  readonly actualMinutes: number;
  /**
   * What the day is on track to take: finished stages at their actual minutes, the running
   * stage at the larger of its minutes so far and its timebox, stages still to come at
   * their timebox.
   */
  readonly forecastMinutes: number;
  /** True once something has been on. */
  readonly started: boolean;
  /** True when something has been on and nothing is running or still to come. */
  readonly finished: boolean;
}

const MINUTE_MS = 60_000;

/** Real minutes a stage took, over all its visits; null when it was never on. */
export function recordedMinutes(stage: Pick<AgendaStageLike, 'visits'>, now: Date): number | null {
  if (stage.visits.length === 0) return null;
  const nowMs = now.getTime();
  const total = stage.visits.reduce((sum, visit) => {
    const start = Date.parse(visit.start);
    const end = visit.end === null ? nowMs : Date.parse(visit.end);
    return Number.isFinite(start) && Number.isFinite(end) ? sum + Math.max(0, end - start) : sum;
  }, 0);
  return total / MINUTE_MS;
}

/** What a stage took: the facilitator's correction when there is one, else its recorded minutes. */
export function stageActualMinutes(stage: AgendaStageLike, now: Date): number | null {
  return stage.correctedMinutes ?? recordedMinutes(stage, now);
}

/** True while a stage is on: its last visit has not ended. */
export function isStageRunning(stage: Pick<AgendaStageLike, 'visits'>): boolean {
  return stage.visits.at(-1)?.end === null;
}

/** The agenda as planned and as it went, stage by stage, with the forecast for the day. */
export function agendaRecord(stages: readonly AgendaStageLike[], now: Date): AgendaRecord {
  let plannedTotal = 0;
  let forecastTotal = 0;
  let actualTotal = 0;
  let started = false;
  let stillToCome = false;
  const records = stages.map((stage): StageRecord => {
    const plannedMinutes = stage.status === 'skipped' ? 0 : stage.timeboxMinutes;
    const recorded = recordedMinutes(stage, now);
    const actualMinutes = stage.correctedMinutes ?? recorded;
    const running = isStageRunning(stage);
    const forecast =
      actualMinutes === null
        ? plannedMinutes
        : running
          ? Math.max(actualMinutes, plannedMinutes)
          : actualMinutes;
    plannedTotal += plannedMinutes;
    forecastTotal += forecast;
    actualTotal += actualMinutes ?? 0;
    started ||= actualMinutes !== null;
    stillToCome ||= running || (actualMinutes === null && plannedMinutes > 0);
    return {
      stageId: stage.id,
      plannedMinutes,
      recordedMinutes: recorded,
      actualMinutes,
      corrected: stage.correctedMinutes !== null,
      running,
      plannedTotalMinutes: plannedTotal,
      forecastTotalMinutes: forecastTotal,
    };
  });
  return {
    stages: records,
    plannedMinutes: plannedTotal,
    actualMinutes: actualTotal,
    forecastMinutes: forecastTotal,
    started,
    finished: started && !stillToCome,
  };
}

/** Minutes as the cockpit and the plan show them: whole minutes, "12 min". */
export function formatMinutes(minutes: number): string {
  return `${Math.round(minutes)} min`;
}

/**
 * Where the day stands, in one sentence the cockpit and the appendix of the plan both show:
 * "Planned: 270 min. So far: 95 min. On track for 275 min."
 */
export function agendaSummarySentence(record: AgendaRecord): string {
  const planned = `Planned: ${formatMinutes(record.plannedMinutes)}.`;
  if (!record.started) return `${planned} Nothing has run yet.`;
  if (record.finished) return `${planned} Took: ${formatMinutes(record.actualMinutes)}.`;
  return `${planned} So far: ${formatMinutes(record.actualMinutes)}. On track for ${formatMinutes(record.forecastMinutes)}.`;
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
