import type { QuestionId } from '../../../../shared/workshop/readiness';

/**
 * Starting points for the action plan, per readiness question short of a yes. The group
 * edits them: they are prompts, not a plan.
 */
export const SUGGESTED_ACTIONS: Readonly<Record<QuestionId, readonly string[]>> = {
  ownership: [
    'Appoint the AI Product Owner from the business, with a written objective',
    'Name an owner for model upkeep, quality monitoring, override decisions and incidents',
  ],
  data: [
    'List every production data source and its owner',
    'Automate how data comes in and is checked',
    'Watch the feeds for gaps and errors',
    'Test with real edge cases before rollout',
  ],
  buyIn: [
    'Hold a co-design session with each affected manager',
    'Trial the workflow changes with their teams',
    'Watch for workarounds and feed them back into the design',
  ],
  metrics: [
    'Measure the baseline before rollout',
    'Set targets and owners for the process and outcome metrics',
    'Agree the one number the CFO will see',
  ],
};
