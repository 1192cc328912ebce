/**
 * What the windows say outside any one screen: start-up and window problems, the names of
 * the themes, the store's messages when an action fails, and the phone page's connection
 * problems.
 */
import type { Message } from '../translator';

export const APP_MESSAGES = {
  'app.startFailed': 'ReadyRoom could not start. Please reload the page.',
  'app.audienceBlocked': 'The audience screen could not open. Allow pop-ups for this page and try again.',
  'choice.theme.system': 'Match my computer',
  'choice.theme.light': 'Light',
  'choice.theme.dark': 'Dark',
  'choice.theme.projector': 'Projector (high contrast)',

  'store.voting.failed': 'That did not work. Please try again.',
  'store.voting.rehearsalTitle': 'Rehearsal of the voting room ({day})',
  'store.library.failed': 'Something went wrong. Please try again.',
  'store.workshop.notOpened': 'The workshop could not be opened.',
  'store.workshop.notSaved': 'The workshop could not be saved. Your changes are still here.',
  'store.settings.notSaved': 'The setting could not be saved.',
  'store.display.browserCannotMove':
    'The browser cannot move windows between displays. Drag the audience window to the projector’s screen and make it full screen (F11).',
  'store.display.onlyOne': 'There is only one display. Connect the projector, then swap displays again.',
  'store.export.noPictures': 'The plan has no canvas pictures: {reason}',
  'store.export.picturesNotDrawn': 'they could not be drawn.',
  'store.export.failed': 'The export did not work. Please try again.',

  'phone.room.unreachable': 'The voting room cannot be reached.',
  'phone.room.noAnswer': 'The voting room did not answer.',
  'phone.room.refused': 'The voting room could not do that. Please try again.',
} as const satisfies Readonly<Record<string, Message>>;
