/** The close stage: its editor, records and canvas. */
import type { Message } from '../translator';

export const STAGE_CLOSE = {
  'stage.close.readOutThe':
    'Read out the verdict and each gap that still needs work, and check that every gap has actions with an owner. Then go through the parking lot together: settle each topic, or agree who takes it away.',
  'stage.close.openGaps': 'Open gaps',
  'stage.close.noQuestionIs': 'No question is short of a yes.',
  'stage.close.parkingLotOpen': 'Parking lot: open topics',
  'stage.close.nothingWasParked': 'Nothing was parked.',
  'stage.close.everyParkedTopic': 'Every parked topic is resolved.',
  'stage.close.why': 'Why: {rationale}',
  'stage.close.addOneInPlan': '{actions} Add one in the action plan.',
  'stage.close.stillUnanswered': 'Still without a final answer: {questions}.',
  'stage.close.topicsResolved': {
    one: '{count} topic already resolved (you can reopen it in the side panel).',
    other: '{count} topics already resolved (you can reopen them in the side panel).',
  },
  'stage.close.markResolved': 'Mark resolved',
} as const satisfies Readonly<Record<string, Message>>;
