import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StakeholderId } from './ids';
import { ID_PATTERN, newId, StakeholderIdSchema } from './ids';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('creates random UUIDs that are valid ids', () => {
    const first = newId<StakeholderId>();
    const second = newId<StakeholderId>();

    expect(first).toMatch(uuidPattern);
    expect(first).not.toBe(second);
    expect(StakeholderIdSchema.parse(first)).toBe(first);
    expect(ID_PATTERN.test(first)).toBe(true);
  });

  it('still works where randomUUID is missing, as on a phone over plain http', () => {
    const { getRandomValues } = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(globalThis.crypto) });

    const ids = Array.from({ length: 50 }, () => newId<StakeholderId>());

    expect(ids.every((id) => uuidPattern.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(50);
  });
});
