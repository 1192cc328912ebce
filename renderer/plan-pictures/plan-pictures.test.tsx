import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RiskHeatMapPicture, type HeatMapBand } from './risk-heat-map-picture';
import { RoadmapPicture } from './roadmap-picture';

const bandOf = (score: number): HeatMapBand =>
  score >= 16 ? 'red' : score >= 10 ? 'red-amber' : score >= 5 ? 'amber' : 'green';

describe('the plan pictures', () => {
  it('draws the heat map as one picture named by its bands, each risk’s code in the cell of its likelihood and impact', () => {
    const { container } = render(
      <RiskHeatMapPicture
        bandOf={bandOf}
        risks={[
          { code: 'R1', likelihood: 4, impact: 5 },
          { code: 'R2', likelihood: 4, impact: 5 },
          { code: 'R3', likelihood: 1, impact: 2 },
        ]}
      />,
    );

    const picture = within(container).getByRole('img');
    expect(picture.getAttribute('aria-label')).toBe('Risk heat map of 3 risks: 2 red, 1 green.');
    const texts = [...container.querySelectorAll('text')].map((node) => node.textContent);
    expect(texts).toContain('R1 R2');
    expect(texts).toContain('R3');
    // Every cell says its score, so the band never rests on colour alone.
    for (const score of [1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25])
      expect(texts).toContain(String(score));
    expect(texts).toEqual(
      expect.arrayContaining(['Red (16–25)', 'Red-amber (10–15)', 'Amber (5–9)', 'Green (1–4)']),
    );
  });

  it('draws the roadmap with its lanes, actions, milestones and the actions not scheduled yet', () => {
    const { container } = render(
      <RoadmapPicture
        startDate="2025-03-18"
        lanes={[
          { id: 'data', label: 'Data' },
          { id: 'buyIn', label: 'Buy-in' },
        ]}
        items={[{ code: 'A1', title: 'Set up feed alerts', lane: 'data', dueDate: '2025-04-02' }]}
        milestones={[{ label: 'Go/no-go review', date: '2025-05-30' }]}
        unscheduled={[{ code: 'A2', title: 'Retire the spreadsheet' }]}
      />,
    );

    expect(within(container).getByRole('img').getAttribute('aria-label')).toBe(
      'Roadmap of 1 dated action from 18 Mar 2025, by scaling killer; 1 not scheduled yet.',
    );
    const texts = [...container.querySelectorAll('text')].map((node) => node.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Data',
        'Buy-in',
        'First 30 days',
        'Days 31–60',
        'Days 61–90',
        'A1 Set up feed alerts',
        'Go/no-go review: 30 May',
        'Not scheduled yet',
        'A2 Retire the spreadsheet',
      ]),
    );
  });
});
