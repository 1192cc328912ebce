import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../../shared/host-api/voting-contract';
import { createRoomCode, normalizeRoomCode, roomCodeMatches } from './room-code';

describe('room codes', () => {
  it('have no characters that look alike on a projector', () => {
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) expect(ROOM_CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(ROOM_CODE_ALPHABET).size).toBe(ROOM_CODE_ALPHABET.length);
  });

  it('are six characters from the alphabet, whatever the generator picks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: ROOM_CODE_LENGTH, maxLength: ROOM_CODE_LENGTH }),
        (picks) => {
          let index = 0;
          const code = createRoomCode((below) => (picks[index++] ?? 0) % below);
          expect(code).toHaveLength(ROOM_CODE_LENGTH);
          for (const character of code) expect(ROOM_CODE_ALPHABET).toContain(character);
        },
      ),
    );
  });

  it('come from the cryptographic generator by default and differ', () => {
    const codes = new Set(Array.from({ length: 200 }, () => createRoomCode()));
    expect(codes.size).toBeGreaterThan(195);
    for (const code of codes)
      expect(code).toMatch(new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`));
  });

  it('match what people type: any case, spaces and dashes ignored', () => {
    expect(normalizeRoomCode(' k7p-x2m ')).toBe('K7PX2M');
    expect(roomCodeMatches('K7PX2M', 'k7p x2m')).toBe(true);
    expect(roomCodeMatches('K7PX2M', 'K7PX2N')).toBe(false);
    expect(roomCodeMatches('K7PX2M', 'K7PX2')).toBe(false);
    expect(roomCodeMatches('K7PX2M', 42)).toBe(false);
    expect(roomCodeMatches('K7PX2M', 'K'.repeat(5000))).toBe(false);
  });

  it('never match a different code', () => {
    const code = fc.string({ unit: fc.constantFrom(...ROOM_CODE_ALPHABET), minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(code, code, (expected, typed) => {
        expect(roomCodeMatches(expected, typed)).toBe(expected === typed);
      }),
    );
  });
});
