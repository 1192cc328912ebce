/** The Word plan's risk register, roadmap, RACI matrix, traceability lines and sign-off page. */
import type { Message } from '../translator';

export const PLAN_REGISTER = {
  // Traceability, both ways: under an action what it addresses, under a gap or risk its actions.
  'plan.trace.addresses': 'Addresses: {links}',
  'plan.trace.actions': 'Actions: {codes}',
  'plan.trace.noActions': 'No action addresses this yet.',
  'plan.trace.gap': '{killer} gap',
  'plan.trace.risk': 'Risk {code}',
  'plan.trace.stakeholder': 'Stakeholder {name}',
  'plan.trace.dataSource': 'Data source {name}',
  'plan.trace.workflowChange': 'Workflow change “{name}”',
  'plan.trace.workflowStep': 'Workflow step “{name}”',
  'plan.trace.unnamed': 'without a name',
  'plan.trace.indexTitle': 'What the actions address',
  'plan.trace.column.addressed': 'Addressed',
  'plan.trace.column.actions': 'Actions',

  'plan.risks.title': 'Risk register',
  'plan.risks.intro': {
    one: '{count} risk, built from what the room said. Score = likelihood × impact (each 1 to 5): 1–4 green, 5–9 amber, 10–15 red-amber, 16–25 red. The most serious come first.',
    other:
      '{count} risks, built from what the room said. Score = likelihood × impact (each 1 to 5): 1–4 green, 5–9 amber, 10–15 red-amber, 16–25 red. The most serious come first.',
  },
  'plan.risks.heatMapCaption': 'Risk heat map: likelihood against impact, each risk by its code',
  'plan.risks.column.code': 'Code',
  'plan.risks.column.risk': 'Risk',
  'plan.risks.column.source': 'Source',
  'plan.risks.column.likelihood': 'L',
  'plan.risks.column.impact': 'I',
  'plan.risks.column.score': 'Score',
  'plan.risks.column.band': 'Band',
  'plan.risks.column.owner': 'Owner',
  'plan.risks.column.mitigation': 'Mitigation',
  'plan.risks.column.linkedAction': 'Linked action',
  'plan.risks.source.stakeholder': 'Stakeholder: {name}',
  'plan.risks.source.workflowChange': 'Workflow change: {name}',
  'plan.risks.source.dataSource': 'Data source: {name}',
  'plan.risks.source.pilotCondition': 'Pilot condition that vanishes: {name}',
  'plan.risks.source.manual': 'Raised in the room',
  'plan.risks.untitled': 'Untitled risk',
  'plan.risks.legend': 'L = likelihood, I = impact, each from 1 (rare, minor) to 5 (almost certain, severe).',

  'plan.roadmap.title': 'Roadmap',
  'plan.roadmap.caption': 'Roadmap: actions by due date and scaling killer, with the milestones',
  'plan.roadmap.goNoGoOn': 'The go/no-go review is on {date}.',
  'plan.roadmap.noGoNoGo': 'No date is set for the go/no-go review yet.',
  'plan.roadmap.milestoneLine': '{label}: {date}.',
  'plan.roadmap.unscheduledNote': {
    one: '{count} action has no due date yet and is listed beside the roadmap: {codes}.',
    other: '{count} actions have no due date yet and are listed beside the roadmap: {codes}.',
  },

  'plan.raci.title': 'Who does what (RACI)',
  'plan.raci.intro':
    'For each action, one person is Accountable (A) for it, those Responsible (R) do the work, those Consulted (C) are asked before and those Informed (I) are told after. Only people with a role in some action are shown.',
  'plan.raci.column.action': 'Action',
  'plan.raci.withoutAccountable': {
    one: 'Still without an Accountable person: {codes}. Agree one before the plan is signed.',
    other: 'Still without an Accountable person: {codes}. Agree one for each before the plan is signed.',
  },
  'plan.raci.listIntro':
    '{count} people hold a role, too many for a matrix: each action names the people in each role.',

  'plan.csv.code': 'Code',
  'plan.csv.title': 'Title',
  'plan.csv.owner': 'Owner',
  'plan.csv.dueDate': 'Due date',
  'plan.csv.killer': 'Scaling killer',
  'plan.csv.priority': 'Priority',
  'plan.csv.status': 'Status',
  'plan.raci.accountable': 'Accountable',
  'plan.raci.responsible': 'Responsible',
  'plan.raci.consulted': 'Consulted',
  'plan.raci.informed': 'Informed',
  'plan.csv.addresses': 'Addresses',
  'plan.csv.agreedInRoom': 'Agreed in the room',
  'plan.csv.notes': 'Notes',
  'plan.csv.yes': 'Yes',
  'plan.csv.no': 'No',

  'plan.signOff.title': 'Sign-off',
  'plan.signOff.agreedHeading': 'What the room agreed',
  'plan.signOff.actionsHeading': 'Actions agreed in the room',
  'plan.signOff.noActionsAgreed': 'No action was marked as agreed in the room.',
  'plan.signOff.intro':
    'By signing, the sponsor accepts this plan: the verdict, the actions with their owners and dates, and the risks with their mitigations.',
  'plan.signOff.sponsor': 'Sponsor',
  'plan.signOff.date': 'Date',
  'plan.signOff.signature': 'Signature',
} as const satisfies Readonly<Record<string, Message>>;
