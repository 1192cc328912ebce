/**
 * The spread beside the revealed readiness results on the audience screen: for a round that
 * asked "How sure are you?", how split the room was on each question and how sure it said it was.
 */
import type { PresentedResults } from '../../shared/host-api/presentation-contract';
import type { Workshop } from '../../shared/workshop';
import type { VotingRoundId } from '../../shared/workshop/ids';
import { roundSpreads } from '../../shared/workshop/readiness-spread';

type Spreads = ReturnType<typeof roundSpreads>;

/** Each round's spreads, worked out once per version of the readiness part. */
const spreadsByReadiness = new WeakMap<Workshop['readiness'], Map<VotingRoundId, Spreads>>();

function spreadsOf(workshop: Workshop, roundId: VotingRoundId): Spreads {
  let byRound = spreadsByReadiness.get(workshop.readiness);
  if (byRound === undefined) {
    byRound = new Map();
    spreadsByReadiness.set(workshop.readiness, byRound);
  }
  let spreads = byRound.get(roundId);
  if (spreads === undefined) {
    spreads = roundSpreads(workshop.readiness, roundId);
    byRound.set(roundId, spreads);
  }
  return spreads;
}

/** `results` with the spread of each question of the rounds that asked how sure people were. */
export function withSpreads(results: PresentedResults, workshop: Workshop | null): PresentedResults {
  if (workshop === null) return [...results];
  return results.map((result) => {
    const round = workshop.readiness.rounds.find((candidate) => candidate.number === result.roundNumber);
    if (round === undefined || !round.askConfidence) return result;
    const spreads = spreadsOf(workshop, round.id);
    return {
      ...result,
      counts: result.counts.map((counts) => {
        const spread = spreads[counts.questionId];
        if (spread === undefined) return counts;
        const average = spread.averageConfidence;
        return {
          ...counts,
          spread: {
            level: spread.level,
            averageConfidence: average === null ? null : Math.round(average * 10) / 10,
          },
        };
      }),
    };
  });
}
