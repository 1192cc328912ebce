/** How split the room was, in words, for the audience screen and the cockpit's results. */
import { text } from '../../shared/text';
import type { SpreadLevel } from '../../shared/workshop/readiness-spread';

const SPREAD_WORDS = {
  agreed: 'audience.results.agreed',
  leaning: 'audience.results.leaning',
  split: 'audience.results.split',
} as const;

/** "Room split · How sure: 3.4 of 5", or just the spread when nobody said how sure. */
export function describeSpread(level: SpreadLevel, averageConfidence: number | null): string {
  const parts = [text(SPREAD_WORDS[level])];
  if (averageConfidence !== null) {
    parts.push(text('audience.results.sure', { average: averageConfidence.toFixed(1) }));
  }
  return parts.join(' · ');
}
