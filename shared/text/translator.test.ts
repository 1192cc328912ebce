import { describe, expect, it } from 'vitest';
import {
  ACTION_PRIORITIES,
  ANSWERS,
  DATA_READINESS_LEVELS,
  FEED_TYPES,
  STAKEHOLDER_KINDS,
  STANCES,
} from '../workshop';
import { ENGLISH } from './english';
import { choiceLabels, createTranslator, text } from './index';

describe('the text catalogue', () => {
  it('chooses the plural form from count with the platform plural rules', () => {
    expect(text('count.votesIn', { count: 0 })).toBe('0 votes in');
    expect(text('count.votesIn', { count: 1 })).toBe('1 vote in');
    expect(text('count.votesIn', { count: 2 })).toBe('2 votes in');
    expect(text('count.phonesConnectedOf', { count: 30, connected: 28, reconnecting: 2 })).toBe(
      '28 of 30 phones connected, 2 reconnecting',
    );
  });

  it('serves a locale with other plural categories without code changes', () => {
    const polish = createTranslator('pl', {
      votes: { one: '{count} głos', few: '{count} głosy', many: '{count} głosów', other: '{count} głosu' },
    });
    expect([1, 2, 5, 22].map((count) => polish('votes', { count }))).toEqual([
      '1 głos',
      '2 głosy',
      '5 głosów',
      '22 głosy',
    ]);
  });

  it('fills placeholders, formats numbers, and leaves a missing value visible', () => {
    expect(text('phone.inHeadingNamed', { name: 'Ada' })).toBe('You’re in, Ada');
    expect(text('count.votes', { count: 1200 })).toBe('1,200 votes');
    expect(text('phone.inHeadingNamed')).toBe('You’re in, {name}');
  });

  it('has words for every stored value, the same for the app and the plan', () => {
    for (const [kind, values] of [
      ['answer', ANSWERS],
      ['stance', STANCES],
      ['stakeholderKind', STAKEHOLDER_KINDS],
      ['feedType', FEED_TYPES],
      ['dataReadiness', DATA_READINESS_LEVELS],
      ['actionPriority', ACTION_PRIORITIES],
    ] as const) {
      for (const value of values) {
        expect(ENGLISH, `${kind}.${value}`).toHaveProperty([`choice.${kind}.${value}`]);
      }
    }
    expect(choiceLabels('stakeholderKind', STAKEHOLDER_KINDS).frontline).toBe('Frontline team');
    expect(choiceLabels('actionPriority', ACTION_PRIORITIES).high).toBe('High');
  });

  it('has no empty message and no plural message without its "other" form', () => {
    for (const [id, message] of Object.entries(ENGLISH)) {
      if (typeof message === 'string') expect(message.trim(), id).not.toBe('');
      else expect(message.other.trim(), id).not.toBe('');
    }
  });
});
