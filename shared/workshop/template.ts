import type { AgendaStageId, SessionId, WorkshopId } from './ids';
import { newId } from './ids';
import { DEFAULT_AGENDA, localDate, plannedStage, type TemplateStage } from './planned-stage';
import { emptyLayout } from './layout';
import { NO_OWNER } from './people';
import { emptyMilestones, emptySignOff } from './plan';
import type { Workshop } from './workshop';
import { CURRENT_SCHEMA_VERSION } from './workshop';

export { DEFAULT_AGENDA, localDate, plannedStage, type TemplateStage };

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
    roomActivities: [],
    facilitatorNotes: '',
    layout: emptyLayout(),
  };
}
