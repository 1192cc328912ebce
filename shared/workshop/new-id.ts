import type { AnyId } from './ids';

// Apart from ids.ts and its zod schemas: the facilitator's start-up code (the store's
// follow-up commands) creates ids, and must not load zod.

/**
 * Creates a fresh random id of the kind named by the type argument, for example
 * `newId<StakeholderId>()`.
 */
export function newId<Id extends AnyId>(): Id {
  return randomUuid() as Id;
}

function randomUuid(): string {
  const random = globalThis.crypto;
  if (typeof random.randomUUID === 'function') {
    return random.randomUUID();
  }
  // Browsers offer randomUUID only in secure contexts; a phone that opens the voting page
  // over plain http on the local network still has getRandomValues.
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
