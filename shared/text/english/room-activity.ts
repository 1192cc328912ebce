/**
 * Room activities in the cockpit and on the audience screen: the silent writing round, the
 * board of revealed notes, the dot vote and its ranking.
 */
import type { Message } from '../translator';

export const ROOM_ACTIVITY = {
  'roomActivity.phones': { one: '{count} phone', other: '{count} phones' },
  'roomActivity.note.mergedCount': { one: '+{count} merged', other: '+{count} merged' },
  'roomActivity.dots.rank': '{rank}.',
  'audience.activity.writeHeading': 'Write on your phone',
  'audience.activity.dotsHeading': 'Place your dots on your phone',
  'audience.activity.notesIn': { one: '{count} note so far', other: '{count} notes so far' },
  'audience.activity.dotsIn': { one: '{count} dot placed', other: '{count} dots placed' },
  'audience.activity.anonymous': 'Anonymous: nobody sees who wrote what.',
  'audience.activity.timeLeft': 'Time left to write',
  'audience.activity.notesHeading': 'What the room wrote: {prompt}',
  'audience.activity.otherNotes': 'Other notes',
  'audience.activity.moreNotes': { one: 'and {count} more note', other: 'and {count} more notes' },
  'audience.activity.rankingHeading': 'Ranking: {prompt}',
  'audience.activity.dots': { one: '{count} dot', other: '{count} dots' },
  'audience.activity.ranked': 'Ranked by dots from {phones}',
  'audience.results.split': 'Room split',
  'audience.results.agreed': 'Room agrees',
  'audience.results.sure': 'How sure: {average} of 5',
} as const satisfies Record<string, Message>;
