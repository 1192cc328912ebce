/**
 * A small seeded random number generator (mulberry32), so a failing reliability run can be
 * repeated exactly: each test prints its seed and reads `READYROOM_TEST_SEED` if set.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed for this run: `READYROOM_TEST_SEED` when set, else `fallback`. */
export function testSeed(fallback: number): number {
  const fromEnvironment = Number(process.env['READYROOM_TEST_SEED']);
  return Number.isSafeInteger(fromEnvironment) ? fromEnvironment : fallback;
}

/** A whole number from `low` to `high` inclusive. */
export function randomInteger(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}
