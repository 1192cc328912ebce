import { describe, expect, it } from 'vitest';
import { newId, type ParticipantId } from '../../../../shared/workshop/ids';
import type { Participant } from '../../../../shared/workshop/people';
import { hasOwner, ownerWithoutParticipant, participantDisplayName } from './owners';

function aParticipant(name: string): Participant {
  return { id: newId<ParticipantId>(), name, role: '', team: '', isMiddleManager: false };
}

describe('owner helpers', () => {
  const ana = aParticipant('Ana Lopez');
  const unnamed = aParticipant('  ');

  it('names a participant, or their place in the list while the name is blank', () => {
    expect(participantDisplayName(ana, 0)).toBe('Ana Lopez');
    expect(participantDisplayName(unnamed, 2)).toBe('participant 3');
  });

  it('counts a participant or a typed name as an owner, not a blank name or nobody', () => {
    expect(hasOwner({ kind: 'participant', participantId: ana.id })).toBe(true);
    expect(hasOwner({ kind: 'named', name: 'Sam' })).toBe(true);
    expect(hasOwner({ kind: 'named', name: ' ' })).toBe(false);
    expect(hasOwner({ kind: 'none' })).toBe(false);
  });

  it("keeps a leaving participant's name on what they owned", () => {
    expect(ownerWithoutParticipant({ kind: 'participant', participantId: ana.id }, ana)).toEqual({
      kind: 'named',
      name: 'Ana Lopez',
    });
    expect(ownerWithoutParticipant({ kind: 'participant', participantId: unnamed.id }, unnamed)).toEqual({
      kind: 'none',
    });
    const other = { kind: 'participant', participantId: newId<ParticipantId>() } as const;
    expect(ownerWithoutParticipant(other, ana)).toBe(other);
  });
});
