/** The Word plan's cover and contents, and its ownership, metrics and workflow parts. */
import type { Message } from '../translator';

export const PLAN_SECTIONS = {
  'plan.cover.untitled': 'Untitled workshop',
  'plan.cover.organisation': 'Organisation',
  'plan.cover.initiative': 'Initiative',
  'plan.cover.date': 'Workshop date',
  'plan.cover.location': 'Location',
  'plan.cover.facilitator': 'Facilitator',
  'plan.cover.kicker': 'SCALING READINESS WORKSHOP',
  'plan.cover.subtitle': 'Action plan',
  'plan.cover.prepared': 'Prepared on {date} from the workshop record.',
  'plan.contents.title': 'Contents',
  'plan.contents.note':
    'Word updates this table of contents when it opens the plan (choose Yes if it asks about updating fields); after editing, right-click it and choose Update Field. In LibreOffice, choose Tools, Update, Update All.',

  'plan.ownership.title': 'Ownership',
  'plan.ownership.productOwner': 'AI Product Owner',
  'plan.ownership.productOwnerIntro':
    'A business role, not an IT one, accountable for the business results of the AI, with a measurable objective tied to their own performance.',
  'plan.ownership.name': 'Name',
  'plan.ownership.businessRole': 'Business role',
  'plan.ownership.objective': 'Measurable objective',
  'plan.ownership.afterLaunch': 'Owners after launch',
  'plan.ownership.column.question': 'Question',
  'plan.ownership.column.owner': 'Owner',
  'plan.ownership.notes': 'Notes',

  'plan.metrics.title': 'Metrics',
  'plan.metrics.intro':
    'Success is measured in two layers, agreed before scaling: process metrics show whether the AI performs, and outcome metrics show whether the business is better off.',
  'plan.metrics.process': 'Process metrics',
  'plan.metrics.processPurpose': 'Is the AI performing on real work?',
  'plan.metrics.outcome': 'Outcome metrics',
  'plan.metrics.outcomePurpose': 'Is the business better off, in revenue, cost or risk?',
  'plan.metrics.column.metric': 'Metric',
  'plan.metrics.unnamed': 'Unnamed metric',
  'plan.metrics.column.baseline': 'Baseline',
  'plan.metrics.column.target': 'Target',
  'plan.metrics.column.unit': 'Unit',
  'plan.metrics.column.owner': 'Owner',
  'plan.metrics.column.source': 'Source',
  'plan.metrics.column.review': 'Review',

  'plan.workflow.title': 'Workflow changes',
  'plan.workflow.caption': 'Workflow: how the work is done today and how it will be done',
  'plan.workflow.column.change': 'Change',
  'plan.workflow.notDescribed': '(not described)',
  'plan.workflow.column.team': 'Affected team',
  'plan.workflow.column.coDesigner': 'Co-designer',
  'plan.workflow.column.concern': 'Concern',
  'plan.workflow.column.workaround': 'Likely workaround',
  'plan.workflow.column.status': 'Status',
  'plan.workflow.statusCount': '{count} {status}',
  'plan.workflow.summary': {
    one: '{count} change to the way the work is done ({statuses}); {coDesigned}',
    other: '{count} changes to the way the work is done ({statuses}); {coDesigned}',
  },
  'plan.workflow.coDesigned': {
    one: '{count} of them has a manager from the affected team helping to design it.',
    other: '{count} of them have a manager from the affected team helping to design them.',
  },
  'plan.workflow.stepChanged': '{from} → {to}',
  'plan.workflow.stepNew': 'New step: {to}',
  'plan.workflow.stepRemoved': 'Step removed: {from}',
} as const satisfies Readonly<Record<string, Message>>;
