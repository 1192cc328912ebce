import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aReadiness, aWorkshop, fixtureId } from '../../test/fixtures/builders';
import type { SessionId } from '../../shared/workshop';
import { TrendPicture, trendProps } from './trend-picture';

describe('the trend picture', () => {
  it('draws each question across the sessions and names the trend in words', () => {
    const none = { answer: null, rationale: '' };
    const yes = { answer: 'yes' as const, rationale: '' };
    const partly = { answer: 'partly' as const, rationale: '' };
    const workshop = aWorkshop({
      meta: { ...aWorkshop().meta, date: '2025-03-18' },
      readiness: aReadiness({ ownership: 'yes', data: 'no', buyIn: 'partly', metrics: null }),
      sessions: [
        {
          id: fixtureId('session-1') as SessionId,
          kind: 'workshop',
          date: '2025-03-18',
          actionReviews: [],
          finalAnswers: { ownership: none, data: none, buyIn: none, metrics: none },
        },
        {
          id: fixtureId('session-2') as SessionId,
          kind: 'follow-up',
          date: '2025-05-20',
          actionReviews: [],
          finalAnswers: { ownership: yes, data: partly, buyIn: partly, metrics: yes },
        },
      ],
    });

    const props = trendProps(workshop);
    expect(props.sessions).toEqual(['18 Mar 2025', '20 May 2025']);
    const { container } = render(<TrendPicture {...props} />);
    const picture = within(container).getByRole('img');
    expect(picture.getAttribute('aria-label')).toBe(
      'Trend of the four readiness questions across 2 sessions: Ownership Yes → Yes; Data No → Partly; Buy-in Partly → Partly; Metrics Not voted → Yes.',
    );
    const texts = [...container.querySelectorAll('text')].map((node) => node.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Yes',
        'Partly',
        'No',
        '18 Mar 2025',
        '20 May 2025',
        'Ownership',
        'Data',
        'Buy-in',
        'Metrics',
      ]),
    );
    // One line per question that has two answers in a row (Metrics was not voted at first).
    expect(container.querySelectorAll('line[stroke-width="5"]')).toHaveLength(3);
    expect(container.querySelectorAll('circle')).toHaveLength(7);
  });
});
