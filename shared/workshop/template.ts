import type { AgendaStage, AgendaStageKind } from './agenda';
import type { AgendaStageId, SessionId, WorkshopId } from './ids';
import { newId } from './ids';
import { emptyLayout } from './layout';
import { NO_OWNER } from './people';
import { emptyMilestones, emptySignOff } from './plan';
import type { Workshop } from './workshop';
import { CURRENT_SCHEMA_VERSION } from './workshop';

/** A stage of the default agenda. */
export interface TemplateStage {
  readonly kind: AgendaStageKind;
  readonly title: string;
  readonly timeboxMinutes: number;
}

/** The standard agenda of a ReadyRoom workshop: ten stages, four hours and ten minutes. */
export const DEFAULT_AGENDA: readonly TemplateStage[] = [
  { kind: 'welcome', title: 'Welcome and ground rules', timeboxMinutes: 10 },
  { kind: 'retrospective', title: 'Looking back at the pilot', timeboxMinutes: 20 },
  { kind: 'ownership', title: 'Ownership', timeboxMinutes: 30 },
  { kind: 'data', title: 'Data', timeboxMinutes: 35 },
  { kind: 'stakeholders', title: 'Stakeholders and buy-in', timeboxMinutes: 45 },
  { kind: 'workflow', title: 'Designing the new workflow', timeboxMinutes: 40 },
  { kind: 'metrics', title: 'Metrics', timeboxMinutes: 30 },
  { kind: 'readiness', title: 'Scaling Readiness Test', timeboxMinutes: 20 },
  { kind: 'actions', title: 'Action plan', timeboxMinutes: 30 },
  { kind: 'close', title: 'Close', timeboxMinutes: 10 },
];

/** A stage of a template as a stage of the agenda, not run yet. */
export function plannedStage({ kind, title, timeboxMinutes }: TemplateStage, id: AgendaStageId): AgendaStage {
  return { id, kind, title, timeboxMinutes, visits: [], correctedMinutes: null, status: 'planned' };
}

/** What a new workshop needs to start. */
export interface TemplateOptions {
  readonly title: string;
  /** The moment of creation; a valid date. Also sets the workshop date (in local time). */
  readonly now: Date;
}

/** A new, valid workshop with the default agenda and nothing else filled in. */
export function createWorkshopFromTemplate({ title, now }: TemplateOptions): Workshop {
  const createdAt = now.toISOString();
  const emptyFinalAnswer = { answer: null, rationale: '' } as const;
  const emptyContrast = { vanishesAtScale: 'unknown', notes: '' } as const;
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: newId<WorkshopId>(),
    createdAt,
    updatedAt: createdAt,
    meta: { title, organisation: '', initiative: '', date: localDate(now), location: '', facilitator: '' },
    participants: [],
    agenda: DEFAULT_AGENDA.map((stage) => plannedStage(stage, newId<AgendaStageId>())),
    sessions: [
      {
        id: newId<SessionId>(),
        kind: 'workshop',
        date: localDate(now),
        actionReviews: [],
        finalAnswers: {
          ownership: emptyFinalAnswer,
          data: emptyFinalAnswer,
          buyIn: emptyFinalAnswer,
          metrics: emptyFinalAnswer,
        },
      },
    ],
    retrospective: {
      whatItProved: '',
      conditions: {
        smallMotivatedTeam: emptyContrast,
        curatedData: emptyContrast,
        forgivingTimeline: emptyContrast,
        closeSponsor: emptyContrast,
      },
    },
    ownership: {
      productOwner: { name: '', businessRole: '', measurableObjective: '', participantId: null },
      postLaunchOwners: {
        modelUpkeep: NO_OWNER,
        qualityMonitoring: NO_OWNER,
        overrideDecisions: NO_OWNER,
        incidentAccountability: NO_OWNER,
      },
      notes: '',
    },
    dataSources: [],
    stakeholders: [],
    relationships: [],
    workflow: { steps: [], changes: [] },
    metrics: [],
    readiness: {
      rounds: [],
      ballots: [],
      handCounts: [],
      finalAnswers: {
        ownership: emptyFinalAnswer,
        data: emptyFinalAnswer,
        buyIn: emptyFinalAnswer,
        metrics: emptyFinalAnswer,
      },
    },
    actions: [],
    risks: [],
    milestones: emptyMilestones(),
    signOff: emptySignOff(),
    parkingLot: [],
    facilitatorNotes: '',
    layout: emptyLayout(),
  };
}

/** The day of `moment` in local time, `yyyy-mm-dd`. */
export function localDate(moment: Date): string {
  const month = String(moment.getMonth() + 1).padStart(2, '0');
  const day = String(moment.getDate()).padStart(2, '0');
  return `${String(moment.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}
