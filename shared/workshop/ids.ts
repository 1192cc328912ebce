import { z } from 'zod';
import { expecting } from './fields';

/**
 * Ids are opaque strings, unique within their own list (two stakeholders never share an id,
 * but a stakeholder and an action may). New ids are random UUIDs; older or hand-made files
 * may use any string that matches {@link ID_PATTERN}.
 *
 * The pattern keeps ids safe to use as object keys and in file names: it cannot spell
 * `__proto__`, because it must start with a letter or digit.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

const idExpectation = expecting(
  'an id of up to 100 letters, digits, "-" and "_" that starts with a letter or digit',
);

function idSchema<const Brand extends string>() {
  return z.string(idExpectation).regex(ID_PATTERN, idExpectation).brand<Brand>();
}

/** Any id, without saying what it identifies. Keys of canvas node positions use this. */
export const NodeIdSchema = z.string(idExpectation).regex(ID_PATTERN, idExpectation);

/** Identifies a workshop document. */
export const WorkshopIdSchema = idSchema<'WorkshopId'>();
/** Identifies a workshop document. */
export type WorkshopId = z.infer<typeof WorkshopIdSchema>;

/** Identifies a person in the room. */
export const ParticipantIdSchema = idSchema<'ParticipantId'>();
/** Identifies a person in the room. */
export type ParticipantId = z.infer<typeof ParticipantIdSchema>;

/** Identifies an agenda stage. */
export const AgendaStageIdSchema = idSchema<'AgendaStageId'>();
/** Identifies an agenda stage. */
export type AgendaStageId = z.infer<typeof AgendaStageIdSchema>;

/** Identifies a production data source. */
export const DataSourceIdSchema = idSchema<'DataSourceId'>();
/** Identifies a production data source. */
export type DataSourceId = z.infer<typeof DataSourceIdSchema>;

/** Identifies a stakeholder on the stakeholder map. */
export const StakeholderIdSchema = idSchema<'StakeholderId'>();
/** Identifies a stakeholder on the stakeholder map. */
export type StakeholderId = z.infer<typeof StakeholderIdSchema>;

/** Identifies a line between two stakeholders. */
export const RelationshipIdSchema = idSchema<'RelationshipId'>();
/** Identifies a line between two stakeholders. */
export type RelationshipId = z.infer<typeof RelationshipIdSchema>;

/** Identifies a step of the current or future workflow. */
export const WorkflowStepIdSchema = idSchema<'WorkflowStepId'>();
/** Identifies a step of the current or future workflow. */
export type WorkflowStepId = z.infer<typeof WorkflowStepIdSchema>;

/** Identifies a change from the current to the future workflow. */
export const WorkflowChangeIdSchema = idSchema<'WorkflowChangeId'>();
/** Identifies a change from the current to the future workflow. */
export type WorkflowChangeId = z.infer<typeof WorkflowChangeIdSchema>;

/** Identifies a process or outcome metric. */
export const MetricIdSchema = idSchema<'MetricId'>();
/** Identifies a process or outcome metric. */
export type MetricId = z.infer<typeof MetricIdSchema>;

/** Identifies a voting round of the readiness test. */
export const VotingRoundIdSchema = idSchema<'VotingRoundId'>();
/** Identifies a voting round of the readiness test. */
export type VotingRoundId = z.infer<typeof VotingRoundIdSchema>;

/** Identifies one cast vote. */
export const BallotIdSchema = idSchema<'BallotId'>();
/** Identifies one cast vote. */
export type BallotId = z.infer<typeof BallotIdSchema>;

/** Identifies a voting phone or keypad, anonymously (it never says who holds it). */
export const DeviceIdSchema = idSchema<'DeviceId'>();
/** Identifies a voting phone or keypad, anonymously (it never says who holds it). */
export type DeviceId = z.infer<typeof DeviceIdSchema>;

/** Identifies an action of the action plan. */
export const ActionIdSchema = idSchema<'ActionId'>();
/** Identifies an action of the action plan. */
export type ActionId = z.infer<typeof ActionIdSchema>;

/** Identifies a risk of the risk register. */
export const RiskIdSchema = idSchema<'RiskId'>();
/** Identifies a risk of the risk register. */
export type RiskId = z.infer<typeof RiskIdSchema>;

/** Identifies a milestone of the roadmap other than the go/no-go review. */
export const MilestoneIdSchema = idSchema<'MilestoneId'>();
/** Identifies a milestone of the roadmap other than the go/no-go review. */
export type MilestoneId = z.infer<typeof MilestoneIdSchema>;

/** Identifies a session held on a workshop: the workshop itself or a follow-up. */
export const SessionIdSchema = idSchema<'SessionId'>();
/** Identifies a session held on a workshop. */
export type SessionId = z.infer<typeof SessionIdSchema>;

/** Identifies a parking-lot item. */
export const ParkingLotItemIdSchema = idSchema<'ParkingLotItemId'>();
/** Identifies a parking-lot item. */
export type ParkingLotItemId = z.infer<typeof ParkingLotItemIdSchema>;

/** Identifies a writing round or dot vote the room ran. */
export const RoomActivityIdSchema = idSchema<'RoomActivityId'>();
/** Identifies a writing round or dot vote the room ran. */
export type RoomActivityId = z.infer<typeof RoomActivityIdSchema>;

/** Identifies a note a phone wrote in a writing round. */
export const RoomNoteIdSchema = idSchema<'RoomNoteId'>();
/** Identifies a note a phone wrote in a writing round. */
export type RoomNoteId = z.infer<typeof RoomNoteIdSchema>;

/** Identifies a group the facilitator gathered notes into. */
export const NoteGroupIdSchema = idSchema<'NoteGroupId'>();
/** Identifies a group the facilitator gathered notes into. */
export type NoteGroupId = z.infer<typeof NoteGroupIdSchema>;

/** Identifies one item of a dot vote. */
export const DotItemIdSchema = idSchema<'DotItemId'>();
/** Identifies one item of a dot vote. */
export type DotItemId = z.infer<typeof DotItemIdSchema>;

/** Every kind of id a workshop document holds. */
export type AnyId =
  | WorkshopId
  | ParticipantId
  | AgendaStageId
  | DataSourceId
  | StakeholderId
  | RelationshipId
  | WorkflowStepId
  | WorkflowChangeId
  | MetricId
  | VotingRoundId
  | BallotId
  | DeviceId
  | ActionId
  | RiskId
  | MilestoneId
  | SessionId
  | ParkingLotItemId
  | RoomActivityId
  | RoomNoteId
  | NoteGroupId
  | DotItemId;

export { newId } from './new-id';
