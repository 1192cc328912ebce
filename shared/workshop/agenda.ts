import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { choice, shortText, timestampOrNull, wholeNumber } from './fields';
import { AgendaStageIdSchema } from './ids';

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

/** One stage of the agenda. The agenda runs in list order. */
export const AgendaStageSchema = z.strictObject({
  id: AgendaStageIdSchema,
  kind: choice(AGENDA_STAGE_KINDS),
  title: shortText(),
  timeboxMinutes: wholeNumber(0, MAXIMUM_TIMEBOX_MINUTES),
  /** When the stage really started; kept for the appendix of the action plan. */
  actualStart: timestampOrNull().default(null),
  /** When the stage really ended. */
  actualEnd: timestampOrNull().default(null),
  status: choice(AGENDA_STAGE_STATUSES).default('planned'),
});

/** One stage of the agenda. */
export type AgendaStage = DeepReadonly<z.output<typeof AgendaStageSchema>>;
