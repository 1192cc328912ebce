/** Words many screens share: the verbs of buttons and the verdict of the readiness test. */
import type { Message } from '../translator';

export const COMMON = {
  // Statements the app and the Word plan both make (shared/workshop/statements.ts).
  'statement.conditionsLost': {
    one: '{lost} of {count} pilot condition will not hold at scale: {conditions}.',
    other: '{lost} of {count} pilot conditions will not hold at scale: {conditions}.',
  },
  'statement.conditionPartly': '{condition} (partly)',
  'statement.gapHeading': '{question} (final answer: {answer}).',
  'statement.gapNoAction': 'No action in the plan works on this gap yet.',
  'statement.gapActions': {
    one: '{count} action in the plan works on this gap.',
    other: '{count} actions in the plan work on this gap.',
  },
  'common.cancel': 'Cancel',
  'common.dismiss': 'Dismiss',
  'common.rename': 'Rename',
  'common.delete': 'Delete',
  'common.duplicate': 'Duplicate',
  'common.restore': 'Restore',
  'common.retry': 'Retry',
  'common.untitledWorkshop': 'Untitled workshop',
  'choice.verdict.ready': 'Ready to scale',
  'choice.verdict.not-ready': 'Not ready yet',
  'choice.verdict.incomplete': 'Test not finished',
} as const satisfies Readonly<Record<string, Message>>;
