import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { choice, flag, longText, shortText, wholeNumber } from './fields';
import { ParticipantIdSchema, RelationshipIdSchema, StakeholderIdSchema } from './ids';
import { STAKEHOLDER_KINDS, STANCES, RELATIONSHIP_TYPES } from './choices';

export { STAKEHOLDER_KINDS, STANCES, RELATIONSHIP_TYPES };

/** Where a stakeholder sits in the organisation. */
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number];

/** How a stakeholder feels about scaling the AI. */
export type Stance = (typeof STANCES)[number];

/** A person or group whose work or support matters for scaling the AI. */
export const StakeholderSchema = z.strictObject({
  id: StakeholderIdSchema,
  name: shortText(),
  role: shortText(),
  team: shortText(),
  kind: choice(STAKEHOLDER_KINDS).default('other'),
  /** How much the change affects them, 1 (barely) to 5 (their daily work changes). */
  impact: wholeNumber(1, 5).default(3),
  /** How much they can help or block, 1 (little) to 5 (a lot). */
  influence: wholeNumber(1, 5).default(3),
  stance: choice(STANCES).default('neutral'),
  /** True when they help design the workflow changes rather than just receive them. */
  isCoDesigner: flag().default(false),
  concerns: longText(),
  /** How they might route around the AI if the change does not work for them. */
  likelyWorkarounds: longText(),
  /**
   * The participant this stakeholder is, when they are also in the room; their name, role and
   * team are then kept the same in both lists. Null for someone not in the room.
   */
  participantId: ParticipantIdSchema.nullable().default(null),
});

/** A person or group whose work or support matters for scaling the AI. */
export type Stakeholder = DeepReadonly<z.output<typeof StakeholderSchema>>;

/** How two stakeholders are connected. */
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** A directed line on the stakeholder map: `from` reports to, hands work to, … `to`. */
export const RelationshipSchema = z.strictObject({
  id: RelationshipIdSchema,
  from: StakeholderIdSchema,
  to: StakeholderIdSchema,
  type: choice(RELATIONSHIP_TYPES),
  label: shortText(),
});

/** A directed line on the stakeholder map. */
export type Relationship = DeepReadonly<z.output<typeof RelationshipSchema>>;
