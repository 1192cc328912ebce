/**
 * Room activities in the cockpit and on the audience screen: the silent writing round, the
 * board of revealed notes, the dot vote and its ranking.
 */
import type { Message } from '../translator';

export const ROOM_ACTIVITY = {
  'roomActivity.button': 'Room activity',
  'roomActivity.heading': 'Room activity',
  'roomActivity.hide': 'Hide the room activity',
  'roomActivity.intro':
    'Ask the room to write silently on their phones, or to vote with dots. One activity or round runs at a time.',
  'roomActivity.needsRoom': 'Phones take part through the voting room: open it first.',
  'roomActivity.minutes': 'Time limit in minutes (optional)',
  'roomActivity.timeLeft': 'Time left: {time}',
  'roomActivity.noTimeLimit': 'No time limit.',
  'roomActivity.timeUp': 'Time is up: phones can no longer send.',
  'roomActivity.close': 'Close',
  'roomActivity.reveal': 'Reveal',
  'roomActivity.closedHint': 'Closed. Nothing shows until you reveal it.',

  'roomActivity.writing.heading': 'Silent writing',
  'roomActivity.writing.prompt': 'What should the room write about?',
  'roomActivity.writing.example': 'What will break when we scale to 14 depots?',
  'roomActivity.writing.otherExample': 'Another idea: “How might people work around the new workflow?”',
  'roomActivity.writing.limits':
    'Each phone can send up to {notes} notes of up to {length} characters, and delete its own while the round is open.',
  'roomActivity.writing.start': 'Start writing',
  'roomActivity.writing.openHeading': 'The room is writing',
  'roomActivity.writing.privacy':
    'You see how many notes arrived, not what they say, until you reveal. Notes never show who wrote them.',
  'roomActivity.writing.count': {
    one: '{count} note from {phones}',
    other: '{count} notes from {phones}',
  },
  'roomActivity.phones': { one: '{count} phone', other: '{count} phones' },
  'roomActivity.writing.revealHint': 'Reveal closes the round if it is still open and shows the notes.',

  'roomActivity.board.heading': 'Notes from the room: {prompt}',
  'roomActivity.board.summary': {
    one: '{count} note shown, {hidden} hidden. Hidden notes stay in the file.',
    other: '{count} notes shown, {hidden} hidden. Hidden notes stay in the file.',
  },
  'roomActivity.board.dragHint':
    'Drag a card onto a group, or use “Move to group…” on the card. Each note was written anonymously.',
  'roomActivity.board.newGroup': 'New group',
  'roomActivity.board.newGroupName': 'Group {number}',
  'roomActivity.board.ungrouped': 'Not grouped',
  'roomActivity.board.groupName': 'Name of the group',
  'roomActivity.board.groupCount': { one: '{count} note', other: '{count} notes' },
  'roomActivity.board.emptyGroup': 'Drop notes here.',
  'roomActivity.board.show': 'Show on the audience screen',
  'roomActivity.board.noNotes': 'No notes arrived in this round.',

  'roomActivity.note.moveTo': 'Move to group…',
  'roomActivity.note.moveToNamed': 'Move to “{group}”',
  'roomActivity.note.moveOut': 'Take out of the group',
  'roomActivity.note.moveToNew': 'Move to a new group',
  'roomActivity.note.merge': 'Merge into this…',
  'roomActivity.note.mergeOne': 'Merge “{text}” into this note',
  'roomActivity.note.mergedCount': { one: '+{count} merged', other: '+{count} merged' },
  'roomActivity.note.unmerge': 'Split the merged notes apart',
  'roomActivity.note.hide': 'Hide',
  'roomActivity.note.show': 'Show again',
  'roomActivity.note.hiddenMark': 'Hidden from the room',
  'roomActivity.note.turnInto': 'Turn into…',
  'roomActivity.note.turnedInto': 'Now {record}',
  'roomActivity.note.nothingToMerge': 'No other note to merge.',

  'roomActivity.record.risk': 'a risk',
  'roomActivity.record.stakeholder-concern': 'a stakeholder concern',
  'roomActivity.record.data-issue': 'a data issue',
  'roomActivity.record.workflow-change': 'a workflow change',
  'roomActivity.record.action': 'an action',
  'roomActivity.record.parking-lot': 'a parking-lot item',
  'roomActivity.askConfidence':
    'Also ask “How sure are you?” (1 to 5) with each answer; the results then show how split the room is',
  'roomActivity.fromTheRoom': 'From the room: “{prompt}”',

  'roomActivity.dots.heading': 'Dot vote',
  'roomActivity.dots.on': 'Vote on',
  'roomActivity.dots.onActions': { one: 'The action ({count})', other: 'The actions ({count})' },
  'roomActivity.dots.onNotes': {
    one: 'The revealed note or group ({count})',
    other: 'The revealed notes and groups ({count})',
  },
  'roomActivity.dots.untitledAction': 'Action {number}',
  'roomActivity.dots.tooFew': 'A dot vote needs at least 2 items: add actions or reveal a writing round.',
  'roomActivity.dots.prompt': 'Question on the phones',
  'roomActivity.dots.defaultPromptActions': 'Which actions matter most?',
  'roomActivity.dots.defaultPromptNotes': 'Which of these matter most?',
  'roomActivity.dots.perPhone': 'Dots per phone (1 to 10)',
  'roomActivity.dots.firstItems': 'The first {count} are used.',
  'roomActivity.dots.start': 'Start the dot vote',
  'roomActivity.dots.openHeading': 'The room is placing dots',
  'roomActivity.dots.privacy':
    'You see how many dots were placed, not where, until you reveal. Dots never show who placed them.',
  'roomActivity.dots.count': {
    one: '{count} dot placed by {phones}',
    other: '{count} dots placed by {phones}',
  },
  'roomActivity.dots.rankingHeading': 'Ranking: {prompt}',
  'roomActivity.dots.dots': { one: '{count} dot', other: '{count} dots' },
  'roomActivity.dots.rank': '{rank}.',
  'roomActivity.dots.setPriorities': 'Set priorities from this ranking',
  'roomActivity.dots.confirmPriorities':
    'The top third of the ranked actions become high priority, the middle third medium and the rest low; actions with as many dots get the same priority, and an action with no dot is low. Undo takes it back.',
  'roomActivity.dots.confirm': 'Yes, set the priorities',
  'roomActivity.dots.cancel': 'Cancel',
  'roomActivity.dots.prioritiesSet': 'Priorities set from the ranking. Undo (Ctrl+Z) takes them back.',

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
  'audience.results.leaning': 'Room leans one way',
  'audience.results.sure': 'How sure: {average} of 5',
} as const satisfies Record<string, Message>;
