import { describe, expect, it } from 'vitest';
import { emptyPresentation, type Presentation } from '../../shared/host-api/presentation-contract';
import type { VotingState } from '../../shared/host-api/voting-contract';
import { audienceView } from './audience-screen';

function presenting(kind: string, results: Presentation['results'] = []): Presentation {
  return {
    ...emptyPresentation(0),
    workshopTitle: 'Depot rollout',
    stage: { title: 'A stage', kind, prompt: '', position: 1, count: 3 },
    results,
  };
}

const revealed: Presentation['results'] = [
  { roundNumber: 2, counts: [{ questionId: 'data', yes: 2, partly: 1, no: 0 }] },
];
const roundOpen = { round: { status: 'open' } } as unknown as VotingState;

describe('what the audience screen shows', () => {
  it('shows the vote and then the revealed results on every stage where the room votes', () => {
    for (const kind of ['readiness', 're-test', 'action-review']) {
      expect(audienceView(presenting(kind), roundOpen), kind).toBe('voting');
      expect(audienceView(presenting(kind, revealed), null), kind).toBe('results');
      expect(audienceView(presenting(kind), null), kind).toBe('stage');
    }
  });

  it('shows the stage elsewhere, even with results revealed earlier', () => {
    expect(audienceView(presenting('metrics', revealed), roundOpen)).toBe('stage');
  });

  it('shows a writing round or dot vote while phones take part, on any stage', () => {
    const activityOpen = (kind: 'writing' | 'dots') =>
      ({ round: null, activity: { kind, status: 'open' } }) as unknown as VotingState;
    expect(audienceView(presenting('metrics'), activityOpen('writing'))).toBe('writing');
    expect(audienceView(presenting('readiness', revealed), activityOpen('dots'))).toBe('dots');
  });

  it('shows the revealed notes or ranking the facilitator shows, unless a round is open', () => {
    const notes: Presentation = {
      ...presenting('workflow'),
      activity: { kind: 'notes', prompt: 'What will break?', groups: [], more: 0 },
    };
    const ranking: Presentation = {
      ...presenting('readiness', revealed),
      activity: { kind: 'ranking', prompt: 'Which matter most?', phones: 3, items: [] },
    };
    expect(audienceView(notes, null)).toBe('notes');
    expect(audienceView(ranking, null)).toBe('ranking');
    expect(audienceView(ranking, roundOpen)).toBe('voting');
  });
});
