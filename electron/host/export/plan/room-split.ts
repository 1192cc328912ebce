/**
 * The readiness part's note on a question where the room was split (see `readinessSpread`):
 * a count that ends in a final answer can hide a room that disagreed, and a sponsor should
 * know before relying on it.
 */
import { TextRun } from 'docx';
import { text } from '../../../../shared/text';
import { type QuestionId, type Readiness, type RoundTally, roundSpreads } from '../../../../shared/workshop';
import { type Block, paragraph } from './elements';

/**
 * "The room was split on this question in round 2: …", for the latest round that asked the
 * question and got votes, when the room was split in it; with how sure voters were when the
 * round asked. Nothing when the room was not split.
 */
export function roomSplitNote(
  readiness: Readiness,
  questionId: QuestionId,
  asked: readonly RoundTally[],
): Block[] {
  const latest = asked.findLast((tally) => tally.counts[questionId].total > 0);
  if (latest === undefined) return [];
  const spread = roundSpreads(readiness, latest.round.id)[questionId];
  if (spread?.level !== 'split') return [];
  const { yes, partly, no } = latest.counts[questionId];
  const sentences = [text('plan.results.split', { number: latest.round.number, yes, partly, no })];
  if (spread.averageConfidence !== null) {
    sentences.push(
      text('plan.results.splitHowSure', {
        count: spread.confidenceCount,
        average: Math.round(spread.averageConfidence * 10) / 10,
      }),
    );
  }
  return [paragraph([new TextRun({ text: sentences.join(' '), italics: true })])];
}
