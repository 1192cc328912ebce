import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { choice, listOf, shortText, timestamp, timestampOrNull, wholeNumber } from './fields';
import { AgendaStageIdSchema, SessionIdSchema } from './ids';

/** The kinds of stage; each standard kind has its own screen, `custom` is a free stage. */
export const AGENDA_STAGE_KINDS = [
  'welcome',
  'retrospective',
  'ownership',
  'data',
  'stakeholders',
  'workflow',
  'metrics',
  'readiness',
  'actions',
  'close',
  'action-review',
  're-test',
  'custom',
] as const;

/** The kind of an agenda stage. */
export type AgendaStageKind = (typeof AGENDA_STAGE_KINDS)[number];

/** Where a stage stands in the running workshop. */
export const AGENDA_STAGE_STATUSES = ['planned', 'active', 'done', 'skipped'] as const;

/** Where a stage stands in the running workshop. */
export type AgendaStageStatus = (typeof AGENDA_STAGE_STATUSES)[number];

/** Longest timebox a stage may have, in minutes (a full working day). */
export const MAXIMUM_TIMEBOX_MINUTES = 600;

/** Longest actual time a facilitator may enter for a stage, in minutes (a full day and night). */
export const MAXIMUM_ACTUAL_MINUTES = 1440;

/**
 * One stretch of time a stage was on: from entering it in the cockpit to leaving it. `end`
 * is null while the stage is still on.
 */
export const StageVisitSchema = z.strictObject({
  start: timestamp(),
  end: timestampOrNull().default(null),
});

/** One stretch of time a stage was on. */
export type StageVisit = DeepReadonly<z.output<typeof StageVisitSchema>>;

/** One stage of the agenda. The agenda runs in list order. */
export const AgendaStageSchema = z.strictObject({
  id: AgendaStageIdSchema,
  kind: choice(AGENDA_STAGE_KINDS),
  title: shortText(),
  timeboxMinutes: wholeNumber(0, MAXIMUM_TIMEBOX_MINUTES),
  /**
   * Every time the stage was on, in order: the record of what happened, for the cockpit's
   * forecast and the appendix of the action plan. The countdown timer does not change it.
   */
  visits: listOf(StageVisitSchema),
  /** Minutes the facilitator says the stage really took, replacing the visits; null when not corrected. */
  correctedMinutes: wholeNumber(0, MAXIMUM_ACTUAL_MINUTES).nullable().default(null),
  status: choice(AGENDA_STAGE_STATUSES).default('planned'),
  /** The follow-up session this stage belongs to; left out for the workshop's own stages. */
  sessionId: SessionIdSchema.optional(),
});

/** One stage of the agenda. */
export type AgendaStage = DeepReadonly<z.output<typeof AgendaStageSchema>>;
