import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { expectingVariant, flag, shortText, SHORT_TEXT_LIMIT, textUpTo } from './fields';
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
export const OwnerRefSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('participant'), participantId: ParticipantIdSchema }),
    z.strictObject({ kind: z.literal('stakeholder'), stakeholderId: StakeholderIdSchema }),
    z.strictObject({ kind: z.literal('named'), name: textUpTo(SHORT_TEXT_LIMIT) }),
    z.strictObject({ kind: z.literal('none') }),
  ],
  expectingVariant(
    'an owner: {"kind": "participant", "participantId": …}, {"kind": "stakeholder", "stakeholderId": …}, {"kind": "named", "name": …} or {"kind": "none"}',
  ),
);

/** Who owns something: a participant, a stakeholder, a named person, or nobody yet. */
export type OwnerRef = DeepReadonly<z.output<typeof OwnerRefSchema>>;

/** The owner of something nobody has taken on yet. */
export const NO_OWNER: OwnerRef = { kind: 'none' };

/** An owner field that reads as "nobody yet" when absent. */
export function ownerField() {
  return OwnerRefSchema.default(() => ({ kind: 'none' as const }));
}
