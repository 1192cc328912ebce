import { useMemo } from 'react';
import type { VotingRoundId } from '../../../shared/workshop/ids';
import type { Readiness } from '../../../shared/workshop/readiness';
import { roundSpreads } from '../../../shared/workshop/readiness-spread';
import { describeSpread } from '../../audience/describe-spread';
import { questionLabel } from '../stages/readiness/readiness-labels';

/**
 * Under a revealed round that asked "How sure are you?": how split the room was on each
 * question and how sure it said it was, as the audience screen shows it.
 */
export function RoundSpread({ readiness, roundId }: { readiness: Readiness; roundId: VotingRoundId }) {
  const spreads = useMemo(() => roundSpreads(readiness, roundId), [readiness, roundId]);
  return (
    <ul className="round-result__spread">
      {Object.entries(spreads).map(([questionId, spread]) => (
        <li key={questionId}>
          <strong>{questionLabel(questionId as keyof typeof spreads)}:</strong>{' '}
          {describeSpread(spread.level, spread.averageConfidence)}
        </li>
      ))}
    </ul>
  );
}
