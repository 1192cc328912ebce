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
});
