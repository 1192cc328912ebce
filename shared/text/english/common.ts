/** Words many screens share: the verbs of buttons and the verdict of the readiness test. */
import type { Message } from '../translator';

export const COMMON = {
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
