/**
 * Every user-facing text of ReadyRoom in English, the first locale, keyed by id: the app,
 * the phone page and the Word plan all read from here, so a word means the same in each.
 * Ids are grouped by where the text appears (`choice.*` for the words of a value the
 * workshop stores, shown alike in the app, on the audience screen and in the plan).
 * Placeholders are `{name}`; a plural message has one text per plural category of `{count}`.
 */
import { COMMON } from './english/common';
import { HOME } from './english/home';
import { COCKPIT } from './english/cockpit';
import { AUDIENCE } from './english/audience';
import { SHARED_COMPONENTS } from './english/shared-components';
import { STAGE_WELCOME } from './english/stage-welcome';
import { STAGE_OWNERSHIP } from './english/stage-ownership';
import { STAGE_DATA } from './english/stage-data';
import { STAGE_STAKEHOLDERS } from './english/stage-stakeholders';
import { STAGE_WORKFLOW } from './english/stage-workflow';
import { STAGE_METRICS } from './english/stage-metrics';
import { STAGE_ACTIONS } from './english/stage-actions';
import { CALENDAR } from './english/calendar';
import { PORTFOLIO } from './english/portfolio';
import { FOLLOW_UP_REPORT } from './english/follow-up-report';
import { STAGE_CLOSE } from './english/stage-close';
import { STAGE_RETROSPECTIVE } from './english/stage-retrospective';
import { STAGE_SHARED } from './english/stage-shared';
import { READINESS_STAGE } from './english/stage-readiness';
import { CANVAS } from './english/canvas';
import { PLAN } from './english/plan';
import { HOST } from './english/host';
import { HOST_DOCUMENTS } from './english/host-documents';
import { APP_MESSAGES } from './english/app-messages';
import { FOLLOW_UP } from './english/follow-up';
import { ROOM_ACTIVITY } from './english/room-activity';
import { ROOM_PHONE } from './english/room-phone';
import type { Message } from './translator';

export const ENGLISH = {
  ...COMMON,
  ...HOME,
  ...COCKPIT,
  ...AUDIENCE,
  ...SHARED_COMPONENTS,
  ...STAGE_WELCOME,
  ...STAGE_OWNERSHIP,
  ...STAGE_DATA,
  ...STAGE_STAKEHOLDERS,
  ...STAGE_WORKFLOW,
  ...STAGE_METRICS,
  ...STAGE_ACTIONS,
  ...CALENDAR,
  ...PORTFOLIO,
  ...FOLLOW_UP_REPORT,
  ...STAGE_CLOSE,
  ...STAGE_RETROSPECTIVE,
  ...STAGE_SHARED,
  ...READINESS_STAGE,
  ...CANVAS,
  ...PLAN,
  ...HOST,
  ...HOST_DOCUMENTS,
  ...FOLLOW_UP,
  ...ROOM_ACTIVITY,
  ...ROOM_PHONE,
  ...APP_MESSAGES,

  // The words of stored values, one definition for the app, the audience screen and the plan.
  'choice.answer.yes': 'Yes',
  'choice.answer.partly': 'Partly',
  'choice.answer.no': 'No',
  'choice.stance.champion': 'Champion',
  'choice.stance.supporter': 'Supporter',
  'choice.stance.neutral': 'Neutral',
  'choice.stance.sceptic': 'Sceptic',
  'choice.stance.blocker': 'Blocker',
  'choice.stakeholderKind.executive': 'Executive',
  'choice.stakeholderKind.middle-manager': 'Middle manager',
  'choice.stakeholderKind.frontline': 'Frontline team',
  'choice.stakeholderKind.it': 'IT',
  'choice.stakeholderKind.data': 'Data',
  'choice.stakeholderKind.other': 'Other',
  'choice.relationship.reportsTo': 'reports to',
  'choice.relationship.handsWorkTo': 'hands work to',
  'choice.relationship.dependsOn': 'depends on',
  'choice.relationship.influences': 'influences',
  'choice.workflowLane.current': 'Today',
  'choice.workflowLane.future': 'With the AI',
  'choice.workflowChangeStatus.proposed': 'Proposed',
  'choice.workflowChangeStatus.agreed': 'Agreed',
  'choice.workflowChangeStatus.trialled': 'Trialled',
  'choice.workflowChangeStatus.adopted': 'Adopted',
  'choice.workflowChangeStatus.rejected': 'Rejected',
  'choice.dataReadiness.ready': 'Ready',
  'choice.dataReadiness.partial': 'Partly ready',
  'choice.dataReadiness.not-ready': 'Not ready',
  'choice.dataReadiness.unknown': 'Not known yet',
  'choice.feedType.batch': 'Scheduled batch loads',
  'choice.feedType.stream': 'Real-time stream',
  'choice.feedType.api': 'On request (API)',
  'choice.feedType.manual-export': 'Manual export',
  'choice.feedType.other': 'Other or not known',
  'choice.dataContrast.curatedVsLive': 'Prepared data vs live data',
  'choice.dataContrast.singleVsMany': 'One source vs many systems',
  'choice.dataContrast.staticVsRealtime': 'Fixed inputs vs real-time feeds',
  'choice.dataContrast.controlledVsEdgeCases': 'Controlled setting vs edge cases',
  'choice.actionPriority.high': 'High',
  'choice.actionPriority.medium': 'Medium',
  'choice.actionPriority.low': 'Low',
  'choice.actionStatus.todo': 'Not started',
  'choice.actionStatus.in-progress': 'In progress',
  'choice.actionStatus.done': 'Done',
  'choice.actionStatus.blocked': 'Blocked',
  'choice.actionStatus.dropped': 'Dropped',
  'choice.actionKiller.ownership': 'Ownership',
  'choice.actionKiller.data': 'Data',
  'choice.actionKiller.buyIn': 'Buy-in',
  'choice.actionKiller.metrics': 'Metrics',
  'choice.actionKiller.general': 'General',
  'choice.canvas.stakeholders': 'Stakeholder map',
  'choice.canvas.influenceGrid': 'Influence and impact',
  'choice.canvas.workflow': 'Workflow: today and with the AI',
  'choice.canvas.dataMap': 'Data map',
  'choice.votingMode.phones': 'Phones (over the room network)',
  'choice.votingMode.keypad': 'Keypad on the shared screen (people step up in turn)',
  'choice.votingMode.hands': 'Show of hands (you type the counts)',
  'choice.votingModeShort.phones': 'Phones',
  'choice.votingModeShort.keypad': 'Keypad on the shared screen',
  'choice.votingModeShort.hands': 'Show of hands',

  // Counts, in the facilitator's voting panel, on the audience screen and on phones.
  'count.votes': { one: '{count} vote', other: '{count} votes' },
  'count.votesIn': { one: '{count} vote in', other: '{count} votes in' },
  'count.phonesConnected': { one: '{count} phone connected', other: '{count} phones connected' },
  'count.phonesConnectedOf': {
    one: '{connected} of {count} phone connected, {reconnecting} reconnecting',
    other: '{connected} of {count} phones connected, {reconnecting} reconnecting',
  },
  'count.simulatedPhones': {
    one: '{count} simulated phone on this computer joins and votes in every phone round.',
    other: '{count} simulated phones on this computer join and vote in every phone round.',
  },

  // The facilitator's voting panel (readiness stage).
  'voting.room.noPhonesYet': 'No phones have joined yet',
  'voting.room.named': 'named voting',
  'voting.room.anonymous': 'anonymous',
  'voting.room.openHeading': 'The voting room is open',
  'voting.room.rehearsalHeading': 'Rehearsal: the voting room is open',
  'voting.room.rehearsalHint':
    'Try the whole flow and the audience screen; this practice workshop is separate from your real ones, and you can delete it from the library afterwards.',
  'voting.room.code': 'Room code:',
  'voting.room.phonesOpen': 'Phones open',
  'voting.room.checking': 'Checking that phones can reach the room…',
  'voting.room.checkAgain': 'Check again',
  'voting.room.close': 'Close the voting room',
  'voting.room.closedHeading': 'Voting room for phones',
  'voting.room.closedHint':
    'Phones join over this computer’s network, with no internet. Pick the network the room’s phones are on.',
  'voting.room.network': 'Network',
  'voting.room.askNames': 'Ask for names (otherwise votes are anonymous)',
  'voting.room.open': 'Open the voting room',
  'voting.room.busyHeading': 'The voting room is busy with another workshop',
  'voting.room.busyText':
    'A voting room or round that another workshop opened is still running. Close it to vote here: every vote it took is kept, and goes into that workshop when you open it again.',
  'voting.room.busyClose': 'Close the other workshop’s voting room',
  'voting.room.loopbackBrowser':
    'Phones cannot reach this room: in the browser mode it listens on this computer only (127.0.0.1). To let phones in, stop ReadyRoom and start it again with your Wi-Fi address, for example {command} (the address of this computer on the room’s network). Voting on the shared screen (keypad) and by show of hands works as it is.',
  'voting.room.loopbackDesktop':
    'Phones cannot reach “this computer only”. Connect this computer to the room’s Wi-Fi and pick that network to let phones in.',
  'voting.round.heading': 'Round {number}',
  'voting.round.questions': 'Questions in this round',
  'voting.round.how': 'How the room votes',
  'voting.round.countdown': 'Countdown in minutes (optional)',
  'voting.round.needsRoom': 'Open the voting room first, so phones can join.',
  'voting.round.open': 'Open round {number}',
  'voting.round.openHeading': 'Round {number} is open',
  'voting.round.keypadHint':
    'Participants vote on the audience screen, one after another, with the keys 1, 2 and 3.',
  'voting.round.phonesHint':
    'Participants vote on their phones. You see how many votes arrived, never what they say.',
  'voting.round.close': 'Close round {number}',

  // The phone page.
  'phone.title': 'ReadyRoom vote',
  'phone.connecting': 'Connecting to the voting room…',
  'phone.connected': 'Connected',
  'phone.reconnecting': 'Reconnecting…',
  'phone.unreachableHeading': 'Can’t reach the voting room',
  'phone.unreachableText': 'Check that this phone is on the room’s Wi-Fi. This page keeps trying by itself.',
  'phone.endedHeading': 'The vote has ended',
  'phone.endedText': 'The voting room has closed. Thank you for taking part.',
  'phone.joinHeading': 'Join the vote',
  'phone.roomCode': 'Room code',
  'phone.roomCodeHint': 'The six-character code on the room screen.',
  'phone.yourName': 'Your name',
  'phone.namedHint': 'This vote shows names: yours appears with your answers.',
  'phone.anonymousHint': 'Your vote is anonymous.',
  'phone.joining': 'Joining…',
  'phone.join': 'Join',
  'phone.inHeading': 'You’re in',
  'phone.inHeadingNamed': 'You’re in, {name}',
  'phone.waiting': 'Waiting for the next question. Keep this page open: it appears here by itself.',
  'phone.resultsHeading': 'Results of round {number}',
  'phone.closedHeading': 'Voting has closed',
  'phone.closedText': 'Results appear here when the facilitator shares them.',
  'phone.keypadHeading': 'Vote on the shared screen',
  'phone.keypadText': 'This round is voted on the screen at the front of the room, not on phones.',
  'phone.voteHeading': { one: 'Your vote', other: 'Your votes' },
  'phone.voteHint': 'Tap Yes, Partly or No. “Partly” does not count as yes.',
  'phone.partlyIsNotYes': '“Partly” does not count as yes.',
  'phone.sending': 'Sending your vote ({answer})…',
  'phone.notVoted': 'Not voted yet.',
  'phone.yourVote': 'Your vote: {answer}.',
  'phone.didNotVote': 'You did not vote on this one.',
  'phone.myAnswer': '{question}: {answer}',
  'phone.noVote': 'no vote',
  'phone.resultCount': { one: '{count} vote ({percent}%)', other: '{count} votes ({percent}%)' },
  'phone.voteConfirmed': 'Your vote is in — you can change it until the round closes.',
  'phone.youAreIn': 'You’re in. Keep this page open.',
  'phone.typeCode': 'Please type the room code from the room screen.',
  'phone.typeName': 'Please type your name.',
  'phone.offlineVote': 'Your vote did not reach the room. Check your Wi-Fi, then tap your answer again.',
  'phone.offlineJoin':
    'This phone could not reach the voting room. Check you are on the room’s Wi-Fi, then try again.',
} as const satisfies Readonly<Record<string, Message>>;

/** The id of a message of the catalogue. */
export type MessageId = keyof typeof ENGLISH;
