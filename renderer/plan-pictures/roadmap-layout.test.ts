import { describe, expect, it } from 'vitest';
import { dayNumber, labelWidth, layoutRoadmap, roadmapColumns, type RoadmapProps } from './roadmap-layout';

const lanes = [
  { id: 'ownership', label: 'Ownership' },
  { id: 'data', label: 'Data' },
  { id: 'general', label: 'Other' },
];

function props(overrides: Partial<RoadmapProps> = {}): RoadmapProps {
  return { startDate: '2025-03-18', lanes, items: [], milestones: [], unscheduled: [], ...overrides };
}

describe('the roadmap layout', () => {
  it('uses 30-60-90 days from the workshop while every date fits, 30-day steps to half a year, and quarters beyond', () => {
    const start = dayNumber('2025-03-18');
    expect(roadmapColumns(start, start + 90).map((column) => [column.kind, column.from - start])).toEqual([
      ['days', 0],
      ['days', 30],
      ['days', 60],
    ]);
    expect(roadmapColumns(start, start + 94).map((column) => column.from - start)).toEqual([0, 30, 60, 90]);
    expect(roadmapColumns(start, start + 180)).toHaveLength(6);
    expect(
      roadmapColumns(start, dayNumber('2025-10-02')).map((column) => `Q${column.index} ${column.year}`),
    ).toEqual(['Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025']);
  });

  it('puts each action at its due date in its killer’s lane, in rows that never overlap', () => {
    const items = Array.from({ length: 6 }, (_, index) => ({
      code: `A${index + 1}`,
      title: `Action number ${index + 1}`,
      lane: 'data',
      dueDate: '2025-04-01',
    }));
    const layout = layoutRoadmap(props({ items }));
    const data = layout.lanes.find((lane) => lane.id === 'data');

    // The general lane is left out while it has nothing in it.
    expect(layout.lanes.map((lane) => lane.id)).toEqual(['ownership', 'data']);
    expect(layout.items).toHaveLength(6);
    const rows = new Set(layout.items.map((item) => item.y));
    expect(rows.size).toBe(6);
    for (const item of layout.items) {
      expect(item.y).toBeGreaterThan(data?.y ?? 0);
      expect(item.y).toBeLessThan((data?.y ?? 0) + (data?.height ?? 0));
      expect(item.x).toBeCloseTo(
        layout.timeline.left + (14 / 90) * (layout.timeline.right - layout.timeline.left),
      );
    }
  });

  it('keeps a crowded lane to codes alone and labels near the right edge on the left of their marker', () => {
    const items = Array.from({ length: 40 }, (_, index) => ({
      code: `A${index + 1}`,
      title: 'A rather long action title that needs clipping',
      lane: 'ownership',
      dueDate: '2025-06-15',
    }));
    const layout = layoutRoadmap(props({ items }));

    expect(layout.items.every((item) => /^A\d+$/.test(item.label))).toBe(true);
    expect(layout.items.every((item) => item.labelLeft)).toBe(true);
    expect(layout.items.every((item) => item.x - labelWidth(item.label) > layout.timeline.left - 40)).toBe(
      true,
    );
  });

  it('draws milestones as lines at their dates', () => {
    const layout = layoutRoadmap(props({ milestones: [{ label: 'Go/no-go review', date: '2025-05-02' }] }));
    const { left, right } = layout.timeline;

    expect(layout.milestones[0]?.x).toBeCloseTo(left + (45 / 90) * (right - left));
  });

  it('puts the labels of close milestones in rows of their own, and room for them under the lanes', () => {
    const one = layoutRoadmap(props({ milestones: [{ label: 'Go/no-go review', date: '2025-05-02' }] }));
    const three = layoutRoadmap(
      props({
        milestones: [
          { label: 'Go/no-go review', date: '2025-05-02' },
          { label: 'Trial starts', date: '2025-04-01' },
          { label: 'Board', date: '2025-05-04' },
        ],
      }),
    );

    expect(three.milestones.map((milestone) => [milestone.label, milestone.labelRow])).toEqual([
      ['Trial starts', 0],
      ['Go/no-go review', 0],
      ['Board', 1],
    ]);
    expect(three.height).toBeGreaterThanOrEqual(one.height);
  });
});
