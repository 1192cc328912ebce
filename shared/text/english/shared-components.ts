/** Components every window shares: the logo, save state, notices, themes, start-up errors, answer bars. */
import type { Message } from '../translator';

export const SHARED_COMPONENTS = {
  'app.name': 'ReadyRoom',
  'app.joinQrCode': 'QR code to join the vote: {url}',
  'app.notices': 'Notices',
  'app.theme': 'Theme',
  'app.startupFailed': 'ReadyRoom could not start',
  'app.tryAgain': 'Try again',
  'save.saved': 'Saved',
  'save.savedAt': 'Saved at {time}',
  'save.dirty': 'Unsaved changes',
  'save.saving': 'Saving…',
  'save.failed': 'Not saved',
  'save.conflict': 'Not saved: changed elsewhere',
  'answers.ofTotal': ' of {total}',
} as const satisfies Readonly<Record<string, Message>>;
