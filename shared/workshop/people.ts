import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { flag, kindUnion, shortText, SHORT_TEXT_LIMIT, textUpTo } from './fields';
import { ParticipantIdSchema, StakeholderIdSchema } from './ids';

/** A person in the room. */
export const ParticipantSchema = z.strictObject({
  id: ParticipantIdSchema,
  name: shortText(),
  role: shortText(),
  team: shortText(),
  /** Operations managers, team leads and supervisors whose teams' work the AI changes. */
  isMiddleManager: flag().default(false),
});

/** A person in the room. */
export type Participant = DeepReadonly<z.output<typeof ParticipantSchema>>;

/**
 * Who owns something. Used everywhere an owner appears: a participant in the room, a
 * stakeholder on the map who is not in the room, a person the group named who is on
 * neither list, or nobody yet. The first two are references, so renaming the person renames
 * the owner everywhere.
 */
export const OwnerRefSchema = kindUnion('an owner', {
  participant: { participantId: ParticipantIdSchema },
  stakeholder: { stakeholderId: StakeholderIdSchema },
  named: { name: textUpTo(SHORT_TEXT_LIMIT) },
  none: {},
});

/** Who owns something: a participant, a stakeholder, a named person, or nobody yet. */
export type OwnerRef = DeepReadonly<z.output<typeof OwnerRefSchema>>;

/** The owner of something nobody has taken on yet. */
export const NO_OWNER: OwnerRef = { kind: 'none' };

/** An owner field that reads as "nobody yet" when absent. */
export function ownerField() {
  return OwnerRefSchema.default(() => ({ kind: 'none' as const }));
}

/**
 * A person picked from the people list: a participant in the room or a stakeholder on the
 * map. The RACI of an action is made of these; unlike an owner, it is never a typed name.
 */
export const PersonRefSchema = kindUnion('a person', {
  participant: { participantId: ParticipantIdSchema },
  stakeholder: { stakeholderId: StakeholderIdSchema },
});

/** A participant or a stakeholder, by reference. */
export type PersonRef = DeepReadonly<z.output<typeof PersonRefSchema>>;

/** True when both refer to the same participant or the same stakeholder. */
export function samePerson(first: PersonRef | OwnerRef, second: PersonRef | OwnerRef): boolean {
  if (first.kind === 'participant' && second.kind === 'participant') {
    return first.participantId === second.participantId;
  }
  if (first.kind === 'stakeholder' && second.kind === 'stakeholder') {
    return first.stakeholderId === second.stakeholderId;
  }
  return false;
}

/** The person an owner is, when the owner is a participant or a stakeholder; null otherwise. */
export function personOfOwner(owner: OwnerRef): PersonRef | null {
  return owner.kind === 'participant' || owner.kind === 'stakeholder' ? owner : null;
}
