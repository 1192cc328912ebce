/** The follow-up report (Word): what moved since the workshop, the actions, the new verdict, the trend picture. */
import type { Message } from '../translator';

export const FOLLOW_UP_REPORT = {
  'followUpReport.title': 'Follow-up report',
  'followUpReport.heldOn': 'Follow-up held on {date}',
  'followUpReport.workshopOn': 'Workshop held on {date}',
  'followUpReport.organisation': 'Organisation: {organisation}',
  'followUpReport.verdict.title': 'The verdict now',
  'followUpReport.verdict.then': '{session} on {date}: {sentence}',
  'followUpReport.session.workshop': 'The workshop',
  'followUpReport.session.followUp': 'Follow-up',
  'followUpReport.moved.title': 'What moved',
  'followUpReport.moved.intro':
    'Each readiness question’s answer in every session, oldest first, and how it moved since the session before this one.',
  'followUpReport.moved.column.question': 'Question',
  'followUpReport.moved.column.now': 'Now',
  'followUpReport.moved.column.movement': 'Movement',
  'followUpReport.moved.better': 'Better: {path}',
  'followUpReport.moved.worse': 'Worse: {path}',
  'followUpReport.moved.same': 'No change: {answer}',
  'followUpReport.moved.unknown': 'Not voted in both sessions',
  'followUpReport.moved.movedList': 'Moved: {questions}.',
  'followUpReport.moved.stillList': 'Did not move: {questions}.',
  'followUpReport.moved.noneMoved': 'No question moved since the session before.',
  'followUpReport.notVoted': 'Not voted',
  'followUpReport.trend.caption': 'Each question’s answer in every session: Yes at the top, No at the bottom',
  'followUpReport.actions.title': 'Actions',
  'followUpReport.actions.counts':
    'Done: {done}. Overdue: {overdue}. Blocked: {blocked}. In progress: {inProgress}. Not started: {todo}. Dropped: {dropped}.',
  'followUpReport.actions.asOf':
    'Overdue means still open and past its due date on {date}, the day of the follow-up.',
  'followUpReport.actions.done': 'Done',
  'followUpReport.actions.overdue': 'Overdue',
  'followUpReport.actions.blocked': 'Blocked',
  'followUpReport.actions.column.code': 'Code',
  'followUpReport.actions.column.action': 'Action',
  'followUpReport.actions.column.owner': 'Owner',
  'followUpReport.actions.column.due': 'Due',
  'followUpReport.actions.column.review': 'Progress and note',
  'followUpReport.actions.moved': '{date} (was {original})',
  'followUpReport.actions.progress': '{percent}% done',
  'followUpReport.next.title': 'Next review',
  'followUpReport.next.date': 'The next review is the go/no-go review on {date}.',
  'followUpReport.next.milestone': 'The next review is {label} on {date}.',
  'followUpReport.next.notSet':
    'No next review date is set yet: agree one before everyone leaves, as a milestone or the go/no-go review.',
  'followUpReport.noFollowUp':
    'This workshop has had no follow-up yet, so nothing can have moved. Run a follow-up to re-test the four questions and review the actions.',
  'followUpReport.trend.summary':
    'Trend of the four readiness questions across {count} sessions: {questions}.',
  'followUpReport.trend.question': '{question} {path}',
  'followUpReport.export.button': 'Follow-up report (Word)',
  'followUpReport.export.format': 'follow-up report',
  'followUpReport.document.subject': 'Follow-up on the scaling readiness of an AI initiative',
  'followUpReport.document.creator': 'ReadyRoom',
} as const satisfies Record<string, Message>;
