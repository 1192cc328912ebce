/** The audience screen: what the room sees, the keypad vote, results and the verdict. */
import type { Message } from '../translator';

export const AUDIENCE = {
  'audience.welcome': 'Welcome',
  'audience.startingSoon': 'The session will start in a moment.',
  'audience.timeLeftInStage': 'Time left in this stage',
  'audience.timeIsUp': 'Time is up',
  'audience.stagePosition': 'Stage {position} of {count}',
  'audience.stagePositionTitled': 'Stage {position} of {count} · {title}',
  'audience.drawingCanvas': 'Drawing the {canvas}…',

  'audience.join.label': 'How to join',
  'audience.join.withCode': 'Join with code',
  'audience.join.lead': 'Join on your phone: scan the code or open',
  'audience.join.roomCode': 'Room code',

  'audience.vote.headingKeypad': 'Round {number}: step up and vote on the keypad',
  'audience.vote.headingPhones': 'Round {number}: vote on your phone',
  'audience.vote.timeLeft': 'Time left to vote',
  'audience.vote.keypad': 'Keypad voting',
  'audience.vote.keypadHint': 'Participants press 1, 2 or 3 on this screen, one after another.',
  'audience.vote.voterStep': 'Voter {voter} · question {step} of {count}',
  'audience.vote.thanks': 'Thank you! Voter {voter}’s votes are in. Next person, please.',
  'audience.vote.didNotCount': 'That vote did not count.',

  'audience.results.heading': 'Results of round {rounds}',
  'audience.results.andRound': ' and round ',
  'audience.results.round': 'Round {number}',
  'audience.results.notAsked': { one: 'Not asked in this round.', other: 'Not asked in these rounds.' },
  'audience.results.same': ', the same as round {previousRound}',
  'audience.results.more': ', {count} more than round {previousRound}',
  'audience.results.fewer': ', {count} fewer than round {previousRound}',

  'audience.verdict.kicker': 'The verdict of the Scaling Readiness Test',
  'audience.verdict.allYes':
    'The group answered yes to all four questions: ownership, data, buy-in and metrics.',
  'audience.verdict.gaps': {
    one: '{words} question is short of a yes. Each needs actions before scaling:',
    other: '{words} questions are short of a yes. Each needs actions before scaling:',
  },
  'audience.verdict.none': 'No',
  'audience.verdict.one': 'One',
  'audience.verdict.two': 'Two',
  'audience.verdict.three': 'Three',
  'audience.verdict.allFour': 'All four',
  'audience.verdict.gap.ownership': 'Nobody is yet answerable for the business results once it is live.',
  'audience.verdict.gap.data':
    'The data cannot yet keep it running at full volume without someone fixing it by hand.',
  'audience.verdict.gap.buyIn':
    'The managers whose teams will work differently have not yet helped design the new way of working.',
  'audience.verdict.gap.metrics': 'There is no number yet, in revenue, cost or risk, that proves it works.',
} as const satisfies Readonly<Record<string, Message>>;
