/** The Word plan's frame (document properties, header, footer) and the texts of its summary and action parts. */
import type { Message } from '../translator';

export const PLAN_PARTS = {
  'plan.notSet': 'Not set',
  'plan.document.title': '{title}: action plan',
  'plan.document.subject': 'Action plan',
  'plan.document.creator': 'ReadyRoom',
  'plan.document.description': 'The action plan of a ReadyRoom scaling readiness workshop.',
  'plan.header.right': 'Action plan',
  'plan.footer.pages': 'Page {current} of {total}',

  'plan.summary.title': 'Executive summary',
  'plan.summary.glance': 'Readiness at a glance',
  'plan.summary.gaps': 'The gaps to close',
  'plan.summary.numbers': 'The plan in numbers',
  'plan.summary.pilotProved': 'What the pilot proved.',
  'plan.summary.notHold': 'What will not hold at scale.',
  'plan.summary.column.killer': 'Scaling killer',
  'plan.summary.column.final': 'Final answer',
  'plan.summary.column.actions': 'Actions in the plan',
  'plan.summary.firstDue': 'The first is due on {date}.',
  'plan.summary.why': 'Why: {rationale}',
  'plan.summary.noActions': 'No actions have been agreed yet.',
  'plan.summary.allDueOn': 'All dated actions are due on {date}.',
  'plan.summary.firstAndLast': 'The first is due on {first} and the last on {last}.',
  'plan.summary.actionsHeld': {
    one: 'The plan has {count} action held by {owners};',
    other: 'The plan has {count} actions held by {owners};',
  },
  'plan.summary.owners': { one: '{count} owner', other: '{count} owners' },
  'plan.summary.highPriority': { one: '{count} is high priority.', other: '{count} are high priority.' },
  'plan.summary.withoutOwner': {
    one: '{count} action without an owner',
    other: '{count} actions without an owner',
  },
  'plan.summary.withoutDueDate': {
    one: '{count} action without a due date',
    other: '{count} actions without a due date',
  },
  'plan.summary.stillToAgree': 'Still to agree:',
  'plan.summary.stillToAgreeText':
    '{missing}, marked {notSet} in the action plan. Agree these first, so that every action has someone who answers for it and a date to meet.',

  'plan.actions.title': 'Action plan',
  'plan.actions.groupOther': 'Other actions',
  'plan.actions.group': '{killer} actions',
  'plan.actions.intro': {
    one: '{count} action, grouped by the scaling killer each works against and sorted by due date. Owners and dates marked {notSet} still need to be agreed.',
    other:
      '{count} actions, grouped by the scaling killer each works against and sorted by due date. Owners and dates marked {notSet} still need to be agreed.',
  },
  'plan.actions.finalAnswer': 'Final answer to the {killer} question: {answer}.',
  'plan.actions.column.code': '#',
  'plan.actions.column.action': 'Action',
  'plan.actions.column.owner': 'Owner',
  'plan.actions.column.dueDate': 'Due date',
  'plan.actions.column.priority': 'Priority',
  'plan.actions.column.status': 'Status',
  'plan.actions.untitled': 'Untitled action',
} as const satisfies Readonly<Record<string, Message>>;
