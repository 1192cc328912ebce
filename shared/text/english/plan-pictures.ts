/** The Word plan's pictures (also shown in the app): the roadmap and the risk heat map. */
import type { Message } from '../translator';

export const PLAN_PICTURES = {
  'plan.roadmap.first30': 'First 30 days',
  'plan.roadmap.days31to60': 'Days 31–60',
  'plan.roadmap.days61to90': 'Days 61–90',
  'plan.roadmap.quarter': 'Q{quarter} {year}',
  'plan.roadmap.from': 'from {date}',
  'plan.roadmap.unscheduled': 'Not scheduled yet',
  'plan.roadmap.noneUnscheduled': 'Every action has a due date.',
  'plan.roadmap.more': { one: 'and {count} more', other: 'and {count} more' },
  'plan.roadmap.noDates': 'No action or milestone has a date yet.',
  'plan.roadmap.summary': {
    one: 'Roadmap of {count} dated action from {start}, by scaling killer; {unscheduled} not scheduled yet.',
    other:
      'Roadmap of {count} dated actions from {start}, by scaling killer; {unscheduled} not scheduled yet.',
  },
  'plan.roadmap.milestoneAt': '{label}: {date}',
  'plan.heatMap.likelihood': 'Likelihood',
  'plan.heatMap.impact': 'Impact',
  'plan.heatMap.summary': {
    one: 'Risk heat map of {count} risk: {bands}.',
    other: 'Risk heat map of {count} risks: {bands}.',
  },
  'plan.heatMap.bandCount': '{count} {band}',
  'plan.heatMap.more': '+{count}',
  'plan.heatMap.legend': '{band} ({from}–{to})',
  'plan.riskBand.green': 'Green',
  'plan.riskBand.amber': 'Amber',
  'plan.riskBand.redAmber': 'Red-amber',
  'plan.riskBand.red': 'Red',
} as const satisfies Readonly<Record<string, Message>>;
