import type { Workshop } from '../../shared/workshop/workshop';

const COUNTER_LINE = /^save (\d+)\n/;

/** The save counter the crash test keeps in the facilitator notes; 0 when there is none. */
export function counterOf(workshop: Workshop): number {
  return Number(COUNTER_LINE.exec(workshop.facilitatorNotes)?.[1] ?? 0);
}

/**
 * The workshop with save counter `counter`. The notes also change length from save to save
 * (up to ~20 KB), so a file mixing two saves, or cut short, could not pass for either one.
 */
export function withCounter<Document extends Workshop>(workshop: Document, counter: number): Document {
  const filler = 'the room agreed on the next step; '.repeat((counter * 7919) % 600);
  return {
    ...workshop,
    updatedAt: new Date(Date.UTC(2025, 5, 2, 8, 0, 0, counter)).toISOString(),
    facilitatorNotes: `save ${counter}\n${filler}`,
  };
}
