import { randomInt, timingSafeEqual } from 'node:crypto';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../../shared/host-api/voting-contract';

/**
 * A fresh room code: {@link ROOM_CODE_LENGTH} characters drawn uniformly from
 * {@link ROOM_CODE_ALPHABET}, which has no look-alikes (no 0/O, no 1/I/L), so a code read
 * off a projector is typed right the first time. `pick(n)` returns a whole number below n;
 * it defaults to the cryptographic generator so codes cannot be predicted.
 */
export function createRoomCode(pick: (below: number) => number = randomInt): string {
  let code = '';
  for (let index = 0; index < ROOM_CODE_LENGTH; index += 1) {
    code += ROOM_CODE_ALPHABET[pick(ROOM_CODE_ALPHABET.length)] ?? '';
  }
  return code;
}

/** What a person typed, tidied: upper case, without spaces or dashes ("k7p x2m" → "K7PX2M"). */
export function normalizeRoomCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** Whether `typed` is the room's code (case, spaces and dashes ignored), in constant time. */
export function roomCodeMatches(code: string, typed: unknown): boolean {
  if (typeof typed !== 'string' || typed.length > 40) return false;
  const expected = Buffer.from(code);
  const given = Buffer.from(normalizeRoomCode(typed));
  return expected.length === given.length && timingSafeEqual(expected, given);
}
