/** The Word plan's notes on what the room said beyond the counts: where it was split, and how sure it was. */
import type { Message } from '../translator';

export const PLAN_ROOM = {
  'plan.results.split':
    'The room was split on this question in round {number}: {yes} Yes, {partly} Partly and {no} No. Agree what would change people’s minds before the plan relies on the answer.',
  'plan.results.splitHowSure': {
    one: 'The one voter who said how sure they were gave {average} out of 5.',
    other: 'The {count} voters who said how sure they were gave {average} out of 5 on average.',
  },
  'plan.risks.source.writingRound': 'Written by the room, answering “{prompt}”',
} as const satisfies Readonly<Record<string, Message>>;
