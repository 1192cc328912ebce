/** The ownership stage: its editor, records and canvas. */
import type { Message } from '../translator';

export const STAGE_OWNERSHIP = {
  // The post-launch questions, by `choiceLabels`: in the stage and the plan.
  'choice.postLaunchQuestion.modelUpkeep': 'Who looks after the model once it is live?',
  'choice.postLaunchQuestion.qualityMonitoring': 'Who keeps an eye on the quality of what it produces?',
  'choice.postLaunchQuestion.overrideDecisions':
    'Who decides when the AI got it wrong and a person steps in?',
  'choice.postLaunchQuestion.incidentAccountability': 'Who answers for it when something goes wrong?',
  'stage.ownership.askWhoWill':
    'Ask who will answer for the business result once the pilot team has moved on. Agree on one AI Product Owner from the business, with an objective they can be measured on, then put a name against each of the four questions about life after launch.',
  'stage.ownership.otherNotesOn': 'Other notes on ownership',
  'stage.ownership.aiProductOwner': 'AI Product Owner',
  'stage.ownership.onePersonFrom':
    'One person from the business who answers for the business result, with an objective that counts towards their own performance.',
  'stage.ownership.whoIsThe': 'Who is the AI Product Owner?',
  'stage.ownership.notDecidedYet': 'Not decided yet',
  'stage.ownership.businessRole': 'Business role',
  'stage.ownership.forExampleHead': 'For example: Head of Claims',
  'stage.ownership.measurableObjective': 'Measurable objective',
  'stage.ownership.aResultThe':
    "A result the business will feel, with a number and a date, tied to this person's own goals.",
  'stage.ownership.thisHasNo':
    'This has no number yet. Make it measurable, for example “cut claim handling time by 20% by the end of June”.',
  'stage.ownership.afterLaunchWho': 'After launch, who…',
  'stage.ownership.noOwnerYet': 'No owner yet.',
  'stage.ownership.soundsLikeItRole':
    '“{role}” sounds like an IT or technology role. The AI Product Owner should come from the business and answer for the business result; IT can support them, but should not own it.',
  'stage.ownership.questionsWithOwner': {
    one: '{count} of {total} questions has a named owner. A team or “IT” is not a name: ask for a person.',
    other: '{count} of {total} questions have a named owner. A team or “IT” is not a name: ask for a person.',
  },
} as const satisfies Readonly<Record<string, Message>>;
