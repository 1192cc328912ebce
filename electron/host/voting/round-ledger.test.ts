import { describe, expect, it } from 'vitest';
import type { Answer, QuestionId } from '../../../shared/workshop/readiness';
import type { BallotRecord, RoundRecord } from './journal-records';
import { RoundLedger } from './round-ledger';

const round: RoundRecord = {
  type: 'round',
  roundId: 'round-1',
  number: 1,
  questionIds: ['ownership', 'data'],
  mode: 'phones',
  openedAt: '2026-03-01T10:00:00.000Z',
  closesAt: null,
};

let serial = 0;
function ballot(voter: string, questionId: QuestionId, answer: Answer): BallotRecord {
  serial += 1;
  return {
    type: 'ballot',
    id: `ballot-${serial}`,
    voterKey: `device:${voter}`,
    voter: { kind: 'device', deviceId: voter },
    questionId,
    answer,
    castAt: new Date(Date.UTC(2026, 2, 1, 10, 0, serial)).toISOString(),
  };
}

describe('the round ledger', () => {
  it('keeps one ballot per device per question: a changed vote counts once, the latest wins', () => {
    const ledger = new RoundLedger(round);
    ledger.apply(ballot('phone-a', 'ownership', 'yes'));
    ledger.apply(ballot('phone-a', 'ownership', 'no'));
    ledger.apply(ballot('phone-a', 'ownership', 'partly'));
    ledger.apply(ballot('phone-b', 'ownership', 'yes'));
    ledger.apply(ballot('phone-a', 'data', 'no'));
    expect(ledger.ballotCounts()).toEqual({ ownership: 2, data: 1 });
    expect(ledger.results()).toEqual({
      ownership: { yes: 1, partly: 1, no: 0 },
      data: { yes: 0, partly: 0, no: 1 },
    });
    expect(ledger.answersOf('device:phone-a')).toEqual({ ownership: 'partly', data: 'no' });
    expect(ledger.ballots().filter((counted) => counted.questionId === 'ownership')).toHaveLength(2);
  });

  it('shows only counts while open, every ballot once closed, results once revealed', () => {
    const ledger = new RoundLedger(round);
    ledger.apply(ballot('phone-a', 'ownership', 'yes'));
    const open = ledger.toState();
    expect(open).toMatchObject({
      status: 'open',
      ballotCounts: { ownership: 1, data: 0 },
      results: null,
      ballots: [],
    });

    ledger.apply({ type: 'closed', closedAt: '2026-03-01T10:05:00.000Z' });
    const closed = ledger.toState();
    expect(closed).toMatchObject({ status: 'closed', closedAt: '2026-03-01T10:05:00.000Z', results: null });
    expect(closed.ballots).toHaveLength(1);

    ledger.reveal();
    expect(ledger.toState().results).toEqual({
      ownership: { yes: 1, partly: 0, no: 0 },
      data: { yes: 0, partly: 0, no: 0 },
    });
  });

  it('takes no ballot after closing, nor on a question the round does not ask', () => {
    const ledger = new RoundLedger(round);
    ledger.beginClosing();
    expect(ledger.accepts('ownership')).toBe(false);
    ledger.cancelClosing();
    expect(ledger.accepts('ownership')).toBe(true);
    expect(ledger.accepts('metrics')).toBe(false);
    ledger.apply(ballot('phone-a', 'metrics', 'yes'));
    ledger.apply({ type: 'closed', closedAt: '2026-03-01T10:05:00.000Z' });
    ledger.apply(ballot('phone-a', 'ownership', 'yes'));
    expect(ledger.ballots()).toEqual([]);
  });
});
