/** Follow-up sessions: running one, switching sessions, the action review and the re-test. */
import type { Message } from '../translator';

export const FOLLOW_UP = {
  'followUp.run': 'Run a follow-up',
  'followUp.runOn': 'Run a follow-up on {title}',
  'followUp.sessions': 'Sessions',
  'followUp.sessionWorkshop': 'Workshop, {date}',
  'followUp.sessionFollowUp': 'Follow-up, {date}',
  'followUp.current': '{session} (now)',
  'followUp.readOnly':
    'This session is over: what it recorded is shown here and cannot be changed. Choose the latest session to carry on.',

  'followUp.review.prompt':
    'Go through each action with its owner: where is it now, how far has it come, and is the date still right?',
  'followUp.review.empty': 'This workshop has no actions to review yet.',
  'followUp.review.status': 'Status',
  'followUp.review.progress': 'Percent done',
  'followUp.review.note': 'Review note',
  'followUp.review.dueDate': 'Due date',
  'followUp.review.originalDue': 'Originally due {date}',
  'followUp.review.overdue': 'Overdue: it was due {date}',
  'followUp.review.owner': 'Owner: {owner}',
  'followUp.review.noOwner': 'No owner yet',
  'followUp.review.reviewed': 'Reviewed in this session',
  'followUp.review.notReviewed': 'Not reviewed yet',
  'followUp.review.counts': {
    one: '{count} action: {done} done, {blocked} blocked, {overdue} overdue.',
    other: '{count} actions: {done} done, {blocked} blocked, {overdue} overdue.',
  },
  'followUp.review.gapVoteHeading': 'Has a gap closed?',
  'followUp.review.gapVote':
    'Let the room vote on the question of a gap: the same voting room, on phones, keypads or by a show of hands. The vote counts toward this session’s answers; the re-test asks all four again.',

  'followUp.retest.prompt':
    'Ask the same four questions again. Vote silently first, reveal, then compare with every earlier session.',
  'followUp.retest.answers': 'The group’s answers now',
  'followUp.retest.answersHint':
    'The majority of this session’s last vote counts until you record the group’s answer.',
  'followUp.retest.answerFor': 'Answer now: {question}',
  'followUp.retest.fromVote': 'From the vote',
  'followUp.retest.notYet': 'Not yet',
  'followUp.retest.movement': 'What moved',
  'followUp.retest.movementCaption': 'Each question’s answer in every session, and how it moved',
  'followUp.retest.question': 'Question',
  'followUp.retest.movedSince': '{then} → {now} since {session} ({change})',
  'followUp.retest.now': 'Now',
  'followUp.retest.change.better': 'better',
  'followUp.retest.change.worse': 'worse',
  'followUp.retest.change.same': 'no change',
  'followUp.retest.change.unknown': 'not known',
  'followUp.retest.verdicts': 'The verdict then and now',
  'followUp.retest.verdictIn': '{session}: {verdict}',
} as const satisfies Readonly<Record<string, Message>>;
