import { timingSafeEqual } from 'node:crypto';

/** Whether `given` is the per-launch token, compared in constant time. */
export function tokensMatch(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string') return false;
  const expectedBuffer = Buffer.from(expected);
  const givenBuffer = Buffer.from(given);
  return expectedBuffer.length === givenBuffer.length && timingSafeEqual(expectedBuffer, givenBuffer);
}
