import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { choice, longText, onePerId } from './fields';

/** The conditions a pilot enjoys that tend to disappear at scale. */
export const PILOT_CONDITIONS = [
  { id: 'smallMotivatedTeam', label: 'A small team that wanted it to work' },
  { id: 'curatedData', label: 'Clean data prepared by hand' },
  { id: 'forgivingTimeline', label: 'A timeline with room for mistakes' },
  { id: 'closeSponsor', label: 'A senior sponsor watching closely' },
] as const;

/** Names one pilot condition. */
export type PilotConditionId = (typeof PILOT_CONDITIONS)[number]['id'];

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
  conditions: onePerId(
    PILOT_CONDITIONS.map((condition) => condition.id),
    PilotConditionAssessmentSchema,
  ),
});

/** What the pilot proved, and which of its conditions will not hold at scale. */
export type Retrospective = DeepReadonly<z.output<typeof RetrospectiveSchema>>;
