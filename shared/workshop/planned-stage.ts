import { type MessageId, text } from '../text';
import type { AgendaStage, AgendaStageKind } from './agenda';
import type { AgendaStageId } from './ids';

// Apart from template.ts, which imports the whole schema: the facilitator's start-up code
// (a follow-up's short agenda, today's date) needs these, and must not load zod.

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
