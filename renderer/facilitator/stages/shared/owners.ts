import type { OwnerRef, Participant } from '../../../../shared/workshop/people';
import type { Stakeholder } from '../../../../shared/workshop/stakeholders';

/**
 * How a participant is named on screen and in accessible labels: their name, or their place
 * in the list while the name is still blank ("participant 3").
 */
export function participantDisplayName(participant: Pick<Participant, 'name'>, position: number): string {
  const name = participant.name.trim();
  return name === '' ? `participant ${position + 1}` : name;
}

/**
 * True when an owner reference names somebody: a participant, or a typed name that is not
 * blank. "Someone else…" with nothing typed yet still counts as no owner.
 */
export function hasOwner(owner: OwnerRef): boolean {
  switch (owner.kind) {
    case 'participant':
    case 'stakeholder':
      return true;
    case 'named':
      return owner.name.trim() !== '';
    case 'none':
      return false;
  }
}

/**
 * The owner reference that replaces one pointing at a participant who leaves the list: the
 * name is kept as typed text, so nobody loses track of who owned what.
 */
export function ownerWithoutParticipant(owner: OwnerRef, participant: Participant): OwnerRef {
  if (owner.kind !== 'participant' || owner.participantId !== participant.id) return owner;
  const name = participant.name.trim();
  return name === '' ? { kind: 'none' } : { kind: 'named', name };
}

/**
 * The owner reference that replaces one pointing at a stakeholder who leaves the map: the
 * name is kept as typed text.
 */
export function ownerWithoutStakeholder(owner: OwnerRef, stakeholder: Stakeholder): OwnerRef {
  if (owner.kind !== 'stakeholder' || owner.stakeholderId !== stakeholder.id) return owner;
  const name = stakeholder.name.trim();
  return name === '' ? { kind: 'none' } : { kind: 'named', name };
}
