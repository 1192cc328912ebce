import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aBallot, aReadiness, aVotingRound, fixtureId } from '../../test/fixtures/builders';
import type { VotingRoundId } from './ids';
import { readinessSpread, roundSpreads } from './readiness-spread';

const anyCounts = fc.record({ yes: fc.nat(500), partly: fc.nat(500), no: fc.nat(500) });
const anyConfidences = fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 40 });

describe('readinessSpread', () => {
  it('says agreed, leaning or split by the written rule', () => {
    expect(readinessSpread({ yes: 9, partly: 1, no: 0 }).level).toBe('agreed');
    expect(readinessSpread({ yes: 5, partly: 4, no: 1 }).level).toBe('leaning');
    expect(readinessSpread({ yes: 4, partly: 2, no: 4 }).level).toBe('split');
    expect(readinessSpread({ yes: 3, partly: 6, no: 3 }).level).toBe('split');
    expect(readinessSpread({ yes: 0, partly: 0, no: 0 })).toMatchObject({ level: 'agreed', disagreement: 0 });
  });

  it('reaches its ends: 0 when every vote is the same, 1 for half Yes and half No', () => {
    expect(readinessSpread({ yes: 0, partly: 7, no: 0 }).disagreement).toBe(0);
    expect(readinessSpread({ yes: 6, partly: 0, no: 6 }).disagreement).toBe(1);
  });

  it('averages how sure the voters were, and says when nobody did', () => {
    expect(readinessSpread({ yes: 2, partly: 0, no: 1 }, [5, 4, 3])).toMatchObject({
      averageConfidence: 4,
      confidenceCount: 3,
    });
    expect(readinessSpread({ yes: 2, partly: 0, no: 1 }).averageConfidence).toBeNull();
  });

  it('keeps its disagreement between 0 and 1 and its average confidence between 1 and 5', () => {
    fc.assert(
      fc.property(anyCounts, anyConfidences, (counts, confidences) => {
        const spread = readinessSpread(counts, confidences);
        expect(spread.disagreement).toBeGreaterThanOrEqual(0);
        expect(spread.disagreement).toBeLessThanOrEqual(1);
        expect(spread.votes).toBe(counts.yes + counts.partly + counts.no);
        if (spread.averageConfidence === null) expect(confidences).toHaveLength(0);
        else {
          expect(spread.averageConfidence).toBeGreaterThanOrEqual(1);
          expect(spread.averageConfidence).toBeLessThanOrEqual(5);
        }
      }),
    );
  });

  it('is 0 exactly when every vote is the same answer, and 1 exactly for an even Yes–No split', () => {
    fc.assert(
      fc.property(anyCounts, (counts) => {
        const { disagreement } = readinessSpread(counts);
        const answersUsed = [counts.yes, counts.partly, counts.no].filter((count) => count > 0).length;
        expect(disagreement === 0).toBe(answersUsed <= 1);
        expect(Math.abs(disagreement - 1) < 1e-9).toBe(
          counts.yes > 0 && counts.yes === counts.no && counts.partly === 0,
        );
      }),
    );
  });

  it('reads the same with Yes and No swapped, and with every count multiplied', () => {
    fc.assert(
      fc.property(anyCounts, fc.integer({ min: 1, max: 20 }), (counts, factor) => {
        const spread = readinessSpread(counts);
        const swapped = readinessSpread({ yes: counts.no, partly: counts.partly, no: counts.yes });
        const scaled = readinessSpread({
          yes: counts.yes * factor,
          partly: counts.partly * factor,
          no: counts.no * factor,
        });
        expect(swapped.level).toBe(spread.level);
        expect(swapped.disagreement).toBeCloseTo(spread.disagreement, 9);
        expect(scaled.level).toBe(spread.level);
        expect(scaled.disagreement).toBeCloseTo(spread.disagreement, 9);
      }),
    );
  });

  it('calls a room split only when its disagreement is at least √½', () => {
    fc.assert(
      fc.property(anyCounts, (counts) => {
        const spread = readinessSpread(counts);
        if (spread.level === 'split') expect(spread.disagreement).toBeGreaterThanOrEqual(Math.SQRT1_2 - 1e-9);
      }),
    );
  });
});

describe('roundSpreads', () => {
  it('takes the confidence of the counted ballots only: a changed vote counts once', () => {
    const round = aVotingRound({
      id: fixtureId('r1') as VotingRoundId,
      questionIds: ['data'],
      askConfidence: true,
    });
    const voter = { kind: 'device' as const, deviceId: fixtureId('phone-1') };
    const readiness = aReadiness(
      {},
      {
        rounds: [round],
        ballots: [
          aBallot({
            roundId: round.id,
            questionId: 'data',
            voter,
            answer: 'yes',
            confidence: 1,
            castAt: '2025-03-18T09:01:00.000Z',
          }),
          aBallot({
            roundId: round.id,
            questionId: 'data',
            voter,
            answer: 'no',
            confidence: 5,
            castAt: '2025-03-18T09:02:00.000Z',
          }),
          aBallot({ roundId: round.id, questionId: 'data', answer: 'yes', confidence: 3 }),
        ],
      },
    );

    expect(roundSpreads(readiness, round.id).data).toMatchObject({
      level: 'split',
      votes: 2,
      averageConfidence: 4,
      confidenceCount: 2,
    });
    expect(roundSpreads(readiness, round.id).ownership).toBeUndefined();
  });
});
