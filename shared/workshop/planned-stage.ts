/**
 * The agendas new sessions start with (a workshop's, a follow-up's) and how their stages
 * become stages of the agenda. Apart from template.ts, which imports the whole schema: the
 * facilitator's start-up code (a follow-up's short agenda, today's date) needs these, and
 * must not load zod.
 */
import { type MessageId, text } from '../text';
import type { AgendaStage, AgendaStageKind } from './agenda';
import type { AgendaStageId } from './ids';

export interface TemplateStage {
  readonly kind: AgendaStageKind;
  readonly title: string;
  readonly timeboxMinutes: number;
}

/**
 * The stages of a template from rows of kind, title (a message of the text catalogue, so the
 * titles are in the facilitator's language) and timebox in minutes.
 */
export function templateStages(
  rows: readonly (readonly [kind: AgendaStageKind, title: MessageId, timeboxMinutes: number])[],
): readonly TemplateStage[] {
  return rows.map(([kind, title, timeboxMinutes]) => ({ kind, title: text(title), timeboxMinutes }));
}

/** The standard agenda of a ReadyRoom workshop: ten stages, four hours and ten minutes. */
export const DEFAULT_AGENDA: readonly TemplateStage[] = templateStages([
  ['welcome', 'cockpit.agenda.template.welcome', 10],
  ['retrospective', 'cockpit.agenda.template.retrospective', 20],
  ['ownership', 'cockpit.agenda.template.ownership', 30],
  ['data', 'cockpit.agenda.template.data', 35],
  ['stakeholders', 'cockpit.agenda.template.stakeholders', 45],
  ['workflow', 'cockpit.agenda.template.workflow', 40],
  ['metrics', 'cockpit.agenda.template.metrics', 30],
  ['readiness', 'cockpit.agenda.template.readiness', 20],
  ['actions', 'cockpit.agenda.template.actions', 30],
  ['close', 'cockpit.agenda.template.close', 10],
]);

/** The short agenda of a follow-up: review the actions, vote the four questions again, agree new actions. */
export const FOLLOW_UP_AGENDA: readonly TemplateStage[] = templateStages([
  ['action-review', 'cockpit.agenda.template.actionReview', 30],
  ['re-test', 'cockpit.agenda.template.reTest', 20],
  ['actions', 'cockpit.agenda.template.newActions', 20],
]);

/** A stage of a template as a stage of the agenda, not run yet. */
export function plannedStage({ kind, title, timeboxMinutes }: TemplateStage, id: AgendaStageId): AgendaStage {
  return { id, kind, title, timeboxMinutes, visits: [], correctedMinutes: null, status: 'planned' };
}

/** The day of `moment` in local time, `yyyy-mm-dd`. */
export function localDate(moment: Date): string {
  const month = String(moment.getMonth() + 1).padStart(2, '0');
  const day = String(moment.getDate()).padStart(2, '0');
  return `${String(moment.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}
