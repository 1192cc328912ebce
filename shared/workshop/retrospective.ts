import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { choiceLabels } from '../text';
import { PILOT_CONDITION_IDS } from './choices';
import { choice, longText, onePerId } from './fields';

export { PILOT_CONDITION_IDS };

/** Names one pilot condition. */
export type PilotConditionId = (typeof PILOT_CONDITION_IDS)[number];

const pilotConditionLabels = choiceLabels('pilotCondition', PILOT_CONDITION_IDS);

/** The conditions a pilot enjoys that tend to disappear at scale, each with its words. */
export const PILOT_CONDITIONS = PILOT_CONDITION_IDS.map((id) => ({ id, label: pilotConditionLabels[id] }));

/** Whether a pilot condition disappears when the AI runs across the organisation. */
export const VANISHES_AT_SCALE_ANSWERS = ['yes', 'partly', 'no', 'unknown'] as const;

/** Whether a pilot condition disappears at scale. */
export type VanishesAtScale = (typeof VANISHES_AT_SCALE_ANSWERS)[number];

/** The group's view of one pilot condition. */
export const PilotConditionAssessmentSchema = z.strictObject({
  vanishesAtScale: choice(VANISHES_AT_SCALE_ANSWERS).default('unknown'),
  notes: longText(),
});

/** The group's view of one pilot condition. */
export type PilotConditionAssessment = DeepReadonly<z.output<typeof PilotConditionAssessmentSchema>>;

/** What the pilot proved, and which of its conditions will not hold at scale. */
export const RetrospectiveSchema = z.strictObject({
  whatItProved: longText(),
  conditions: onePerId(PILOT_CONDITION_IDS, PilotConditionAssessmentSchema),
});

/** What the pilot proved, and which of its conditions will not hold at scale. */
export type Retrospective = DeepReadonly<z.output<typeof RetrospectiveSchema>>;
