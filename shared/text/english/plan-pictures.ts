/** The Word plan's pictures (also shown in the app): the roadmap and the risk heat map. */
import type { Message } from '../translator';

export const PLAN_PICTURES = {
  'plan.roadmap.first30': 'First 30 days',
  'plan.roadmap.days': 'Days {from}–{to}',
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
  'plan.roadmap.goNoGo': 'Go/no-go review',
  'plan.heatMap.likelihood': 'Likelihood',
  'plan.heatMap.impact': 'Impact',
  'plan.heatMap.summary': {
    one: 'Risk heat map of {count} risk: {bands}.',
    other: 'Risk heat map of {count} risks: {bands}.',
  },
  'plan.heatMap.bandCount': '{count} {band}',
  'plan.heatMap.more': '+{count}',
  'plan.heatMap.legend': '{band} ({from}–{to})',
  // The words of a risk's band, read through choiceLabels('riskBand', RISK_BANDS) by the app and the plan.
  'choice.riskBand.green': 'Green',
  'choice.riskBand.amber': 'Amber',
  'choice.riskBand.red-amber': 'Red-amber',
  'choice.riskBand.red': 'Red',
} as const satisfies Readonly<Record<string, Message>>;
