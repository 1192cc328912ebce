/** The Word plan's answer-first page: the verdict, the decisive gaps, the top actions and the traffic lights. */
import type { Message } from '../translator';

export const PLAN_ANSWER = {
  'plan.answer.title': 'The answer first',
  'plan.answer.decisiveGaps': {
    one: 'The gap that decides it: {gaps}.',
    other: 'The gaps that decide it: {gaps}.',
  },
  'plan.answer.gap': '{killer} (answered {answer})',
  'plan.answer.topActions': {
    one: 'The action that matters most: {actions}.',
    other: 'The actions that matter most: {actions}.',
  },
  'plan.answer.action': '{code}{title} ({owner}, {due})',
  'plan.answer.actionCode': '{code} ',
  'plan.answer.untitled': 'an untitled action',
  'plan.answer.noOwner': 'owner not set',
  'plan.answer.dueOn': 'due {date}',
  'plan.answer.noDueDate': 'due date not set',
  'plan.answer.noActions':
    'No actions have been agreed yet: give every gap at least one action with an owner and a due date.',
  'plan.answer.glanceTitle': 'The four scaling killers at a glance',
  'plan.answer.column.killer': 'Scaling killer',
  'plan.answer.column.roundOne': 'Round 1 (most votes)',
  'plan.answer.column.final': 'Final answer',
  'plan.answer.column.movement': 'Round 1 → final',
  'plan.answer.roundVotes': {
    one: '{answer} ({votes} of {count} vote)',
    other: '{answer} ({votes} of {count} votes)',
  },
  'plan.answer.roundTied': {
    one: '{answer}, tied ({votes} of {count} vote)',
    other: '{answer}, tied ({votes} of {count} votes)',
  },
  'plan.answer.notVoted': 'Not voted',
  'plan.answer.notAnswered': 'No final answer yet',
  'plan.answer.movedUp': 'Moved up: {from} → {to}',
  'plan.answer.movedDown': 'Moved down: {from} → {to}',
  'plan.answer.unchanged': 'No change: {answer}',
  'plan.answer.noMovement': 'Nothing to compare',
  'plan.answer.glanceNote':
    'Round 1 shows the answer most people gave the first time the question was voted on (a tie shows the more cautious answer); the final answer is the one the room agreed. Partly does not count as a yes.',
} as const satisfies Readonly<Record<string, Message>>;
