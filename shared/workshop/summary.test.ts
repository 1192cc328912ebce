import { describe, expect, it } from 'vitest';
import { aReadiness, aWorkshop } from '../../test/fixtures/builders';
import { summariseWorkshop } from './summary';

describe('summariseWorkshop', () => {
  it('gives what the library lists', () => {
    const workshop = aWorkshop({
      meta: { ...aWorkshop().meta, title: ' Claims triage ', organisation: 'Harbour Mutual' },
      updatedAt: '2025-03-18T13:05:00.000Z',
      readiness: aReadiness({ ownership: 'yes', data: 'no', buyIn: 'yes', metrics: 'yes' }),
    });

    const summary = summariseWorkshop(workshop);

    expect(summary).toMatchObject({
      id: workshop.id,
      title: 'Claims triage',
      organisation: 'Harbour Mutual',
      updatedAt: '2025-03-18T13:05:00.000Z',
      verdict: { kind: 'not-ready', gaps: ['data'] },
    });
  });

  it('names a workshop without a title', () => {
    expect(summariseWorkshop(aWorkshop({ meta: { ...aWorkshop().meta, title: '  ' } })).title).toBe(
      'Untitled workshop',
    );
  });
});
