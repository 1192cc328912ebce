/** What the renderer's store says or names itself: fallbacks for a failed action, the rehearsal's title. */
import type { Message } from '../translator';

export const APP_STORE = {
  'store.voting.failed': 'That did not work. Please try again.',
  'store.voting.rehearsalTitle': 'Rehearsal of the voting room ({day})',
  'store.library.failed': 'Something went wrong. Please try again.',
} as const satisfies Readonly<Record<string, Message>>;
