import { z } from 'zod';
import { ActionSchema } from './actions';
import { AgendaStageSchema } from './agenda';
import { DataSourceSchema } from './data-sources';
import type { DeepReadonly } from './deep-readonly';
import { expecting, listOf, NOTES_TEXT_LIMIT, textUpTo, timestamp } from './fields';
import { WorkshopIdSchema } from './ids';
import { LayoutSchema } from './layout';
import { MetaSchema } from './meta';
import { MetricSchema } from './metrics';
import { OwnershipSchema } from './ownership';
import { ParkingLotItemSchema } from './parking-lot';
import { ParticipantSchema } from './people';
import { MilestonesSchema, SignOffSchema } from './plan';
import { ReadinessSchema } from './readiness';
import { RetrospectiveSchema } from './retrospective';
import { RoomActivitySchema } from './room-activities';
import { RiskSchema } from './risks';
import { SessionSchema } from './session-schema';
import { RelationshipSchema, StakeholderSchema } from './stakeholders';
import { WorkflowSchema } from './workflow';

/** The file format version this app writes, and the newest it can read. */
export const CURRENT_SCHEMA_VERSION = 6;

/**
 * A whole workshop document: everything the group produced. It holds document state only;
 * what is on screen, the running timer and who is connected belong to the session, not here.
 */
export const WorkshopSchema = z
  .strictObject({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION, expecting(`the number ${CURRENT_SCHEMA_VERSION}`)),
    id: WorkshopIdSchema,
    createdAt: timestamp(),
    /** When the document last changed; used to sort the workshop library. */
    updatedAt: timestamp(),
    meta: MetaSchema.prefault({}),
    participants: listOf(ParticipantSchema),
    agenda: listOf(AgendaStageSchema),
    /**
     * Every session held on this workshop, oldest first: the workshop itself, then each
     * follow-up. Earlier sessions are read-only in the app.
     */
    sessions: listOf(SessionSchema),
    retrospective: RetrospectiveSchema.prefault({}),
    ownership: OwnershipSchema.prefault({}),
    dataSources: listOf(DataSourceSchema),
    stakeholders: listOf(StakeholderSchema),
    relationships: listOf(RelationshipSchema),
    workflow: WorkflowSchema.prefault({}),
    metrics: listOf(MetricSchema),
    readiness: ReadinessSchema.prefault({}),
    actions: listOf(ActionSchema),
    /** The risk register, built from what the room said; its order gives the codes R1, R2… */
    risks: listOf(RiskSchema),
    /** The go/no-go review and other dates the roadmap is drawn around. */
    milestones: MilestonesSchema.prefault({}),
    signOff: SignOffSchema.prefault({}),
    parkingLot: listOf(ParkingLotItemSchema),
    /** The writing rounds and dot votes the room ran, oldest first. */
    roomActivities: listOf(RoomActivitySchema),
    /** Private to the facilitator: never project, broadcast or export it to the room. */
    facilitatorNotes: textUpTo(NOTES_TEXT_LIMIT)
      .default('')
      .describe(
        "The facilitator's private notes. Never show them to the room: not on the shared screen, " +
          'not on phones, and not in exported documents meant for participants.',
      ),
    layout: LayoutSchema.prefault({}),
  })
  .superRefine((workshop, context) => {
    for (const [path, items] of listsWithIds(workshop)) {
      const firstIndexById = new Map<string, number>();
      items.forEach((item, index) => {
        const firstIndex = firstIndexById.get(item.id);
        if (firstIndex === undefined) {
          firstIndexById.set(item.id, index);
          return;
        }
        context.addIssue({
          code: 'custom',
          path: [...path, index, 'id'],
          message: `repeats the id of ${formatListPath(path)}[${firstIndex}]; every item in a list needs its own id`,
        });
      });
    }
  })
  .meta({
    title: 'ReadyRoom workshop',
    description: `A ReadyRoom workshop document (.readyroom file), format version ${CURRENT_SCHEMA_VERSION}.`,
  });

/** A whole workshop document, as the app holds it. */
export type Workshop = DeepReadonly<z.output<typeof WorkshopSchema>>;

/** A workshop document as it may be written in a file, where parts with defaults can be left out. */
export type WorkshopInput = z.input<typeof WorkshopSchema>;

type ListPath = readonly (string | number)[];

function listsWithIds(workshop: z.output<typeof WorkshopSchema>): [ListPath, readonly { id: string }[]][] {
  return [
    [['participants'], workshop.participants],
    [['agenda'], workshop.agenda],
    [['sessions'], workshop.sessions],
    [['dataSources'], workshop.dataSources],
    [['stakeholders'], workshop.stakeholders],
    [['relationships'], workshop.relationships],
    [['workflow', 'steps'], workshop.workflow.steps],
    [['workflow', 'changes'], workshop.workflow.changes],
    [['metrics'], workshop.metrics],
    [['readiness', 'rounds'], workshop.readiness.rounds],
    [['readiness', 'ballots'], workshop.readiness.ballots],
    [['actions'], workshop.actions],
    [['risks'], workshop.risks],
    [['milestones', 'others'], workshop.milestones.others],
    [['parkingLot'], workshop.parkingLot],
    [['roomActivities'], workshop.roomActivities],
    ...workshop.roomActivities.flatMap((activity, index): [ListPath, readonly { id: string }[]][] => [
      [['roomActivities', index, 'notes'], activity.notes],
      [['roomActivities', index, 'groups'], activity.groups],
      [['roomActivities', index, 'dots', 'items'], activity.dots?.items ?? []],
    ]),
  ];
}

function formatListPath(path: ListPath): string {
  return path.join('.');
}
