/**
 * Room activities on the phones and in the host: the phone page's writing and dot-vote
 * screens and its "How sure are you?" choice, what the room server tells a phone when it
 * refuses a note or dots, and what the facilitator window is told when an activity cannot
 * start, close or be revealed.
 */
import type { Message } from '../translator';

export const ROOM_PHONE = {
  // The host, as the facilitator window is told.
  'host.activity.alreadyRan': 'This room activity already ran. Start a new one.',
  'host.activity.notOpenedDisk':
    'ReadyRoom could not save the activity on this computer, so it did not start. Check there is free disk space, then try again.',
  'host.activity.roundOpen': 'A readiness round is open. Close it before starting a room activity.',
  'host.activity.alreadyOpen': 'A room activity is already open. Close it before starting another.',
  'host.activity.blocksRound':
    'A room activity (silent writing or a dot vote) is open. Close it before opening a round.',
  'host.activity.idInvalid': 'That activity id cannot be used.',
  'host.activity.roomNotOpen': 'Open the voting room first: phones take part through it.',
  'host.activity.noneToClose': 'There is no room activity to close.',
  'host.activity.noneToReveal': 'There is no room activity to reveal.',
  'host.activity.closeNotSaved':
    'The activity could not be closed: ReadyRoom could not save on this computer. Please try again.',

  // What rehearsal phones write in a silent writing round.
  'host.rehearsal.note1': 'The depot Wi-Fi drops at shift change.',
  'host.rehearsal.note2': 'Nobody owns the data feed at night.',
  'host.rehearsal.note3': 'New starters will keep the old paper forms.',
  'host.rehearsal.note4': 'Training takes people off the floor in peak season.',
  'host.rehearsal.note5': 'Two depots count stock differently.',
  'host.rehearsal.note6': 'Who signs off when the pilot lead moves on?',

  // The room server, as a phone is told.
  'host.room.activityClosed': 'This activity has closed. Thank you! Watch the room screen.',
  'host.room.noActivity': 'Nothing is open for writing or dots right now. Reload the page.',
  'host.room.notWriting': 'This activity is not a writing round. Reload the page.',
  'host.room.notDots': 'This activity is not a dot vote. Reload the page.',
  'host.room.noteEmpty': 'Write something first.',
  'host.room.noteTooLong': 'A note can be up to {limit} characters. Please make it shorter.',
  'host.room.tooManyNotes':
    'You have sent {limit} notes, the most for this round. Delete one to send another.',
  'host.room.unknownNote': 'That note is not one of yours, or it was already deleted.',
  'host.room.tooManyDots': 'You have {limit} dots in all. Take one back before adding another.',
  'host.room.unknownItem': 'That item is not in this vote. Reload the page.',
  'host.room.noteNotSaved': 'Your note could not be saved. Please send it again.',
  'host.room.dotsNotSaved': 'Your dots could not be saved. Please try again.',

  // The phone page.
  'phone.activity.closesAt': 'Open until {time}.',
  'phone.writing.heading': 'Write your ideas',
  'phone.writing.anonymous':
    'Your notes are anonymous: the facilitator sees them only when revealed, never who wrote them.',
  'phone.writing.label': 'Your note (up to {limit} characters)',
  'phone.writing.count': '{used} of {limit} characters',
  'phone.writing.send': 'Send',
  'phone.writing.sending': 'Sending…',
  'phone.writing.sent': 'Sent. You can write another.',
  'phone.writing.notesLeft': {
    one: 'You can send {count} more note.',
    other: 'You can send {count} more notes.',
  },
  'phone.writing.limitReached':
    'You have sent {limit} notes, the most for this round. Delete one to write another.',
  'phone.writing.mine': 'Your notes',
  'phone.writing.noneYet': 'You have not sent a note yet.',
  'phone.writing.delete': 'Delete',
  'phone.writing.deleteNote': 'Delete your note: {text}',
  'phone.writing.deleted': 'Note deleted.',
  'phone.writing.offline': 'Your note did not reach the room. Check your Wi-Fi, then send it again.',
  'phone.writing.back': 'You’re connected again. Your note is still in the box, ready to send.',
  'phone.writing.arrivedAfterAll': 'Your note reached the room after all. You can write another.',
  'phone.writing.closed': 'Writing has closed. Thank you! Watch the room screen.',
  'phone.dots.heading': 'Place your dots',
  'phone.dots.anonymous':
    'Your dots are anonymous: the facilitator sees only the totals, once revealed, never who placed them.',
  'phone.dots.hint':
    'Put several dots on one item if it matters most. You can move them until the vote closes.',
  'phone.dots.left': '{left} of {total} dots left',
  'phone.dots.onItem': { one: '{count} dot', other: '{count} dots' },
  'phone.dots.add': 'Add a dot to {item}',
  'phone.dots.remove': 'Take a dot from {item}',
  'phone.dots.saving': 'Saving…',
  'phone.dots.saved': 'Saved.',
  'phone.dots.failed': 'Not saved. {reason}',
  'phone.dots.retry': 'Try again',
  'phone.dots.offline': 'Your dots did not reach the room. Check your Wi-Fi, then try again.',
  'phone.dots.savedWhenBack': 'You’re connected again, and your dots are saved.',
  'phone.dots.closed': 'The dot vote has closed. Thank you! The ranking is on the room screen.',
  'phone.confidence.legend': 'How sure are you?',
  'phone.confidence.scale': '1 = not sure at all, 5 = very sure. Optional.',
  'phone.confidence.choice': '{value} of 5',
} as const satisfies Readonly<Record<string, Message>>;
