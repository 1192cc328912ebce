import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { longText, shortText } from './fields';
import { ParticipantIdSchema } from './ids';
import { ownerField } from './people';
import { choiceLabels } from '../text';
import { POST_LAUNCH_QUESTION_IDS } from './choices';

export { POST_LAUNCH_QUESTION_IDS };

/** Names one post-launch question. */
export type PostLaunchQuestionId = (typeof POST_LAUNCH_QUESTION_IDS)[number];

const postLaunchQuestionLabels = choiceLabels('postLaunchQuestion', POST_LAUNCH_QUESTION_IDS);

/** The questions about life after launch that must each get a named owner, each with its words. */
export const POST_LAUNCH_QUESTIONS = POST_LAUNCH_QUESTION_IDS.map((id) => ({
  id,
  label: postLaunchQuestionLabels[id],
}));

/**
 * The AI Product Owner: a business role (not IT) accountable for business results, with a
 * measurable objective tied to their own performance.
 */
export const ProductOwnerSchema = z.strictObject({
  name: shortText(),
  businessRole: shortText(),
  measurableObjective: longText(),
  /** Set when the product owner is in the room. */
  participantId: ParticipantIdSchema.nullable().default(null),
});

/** The AI Product Owner. */
export type ProductOwner = DeepReadonly<z.output<typeof ProductOwnerSchema>>;

/** Who owns what after launch. */
export const OwnershipSchema = z.strictObject({
  productOwner: ProductOwnerSchema.prefault({}),
  postLaunchOwners: z
    .strictObject({
      modelUpkeep: ownerField(),
      qualityMonitoring: ownerField(),
      overrideDecisions: ownerField(),
      incidentAccountability: ownerField(),
    } satisfies Record<PostLaunchQuestionId, z.ZodType>)
    .prefault({}),
  notes: longText(),
});

/** Who owns what after launch. */
export type Ownership = DeepReadonly<z.output<typeof OwnershipSchema>>;
