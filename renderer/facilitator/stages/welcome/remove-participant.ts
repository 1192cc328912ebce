import type { Draft } from 'immer';
import type { ParticipantId } from '../../../../shared/workshop/ids';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { ownerWithoutParticipant, replaceOwnersEverywhere } from '../shared/owners';

/**
 * Removes a participant from the list. Everything they owned keeps their name as typed text
 * ("Someone else…"), so removing a person never silently leaves an action or a metric without
 * its owner, and no reference is left pointing at nobody.
 */
export function removeParticipant(draft: Draft<Workshop>, participantId: ParticipantId): void {
  const participant = draft.participants.find((candidate) => candidate.id === participantId);
  if (participant === undefined) return;

  replaceOwnersEverywhere(draft, (owner) => ownerWithoutParticipant(owner, participant));

  const productOwner = draft.ownership.productOwner;
  if (productOwner.participantId === participantId) {
    productOwner.participantId = null;
    if (productOwner.name.trim() === '') productOwner.name = participant.name.trim();
  }

  // Their stakeholder card stays on the map, no longer linked to anyone in the room.
  for (const stakeholder of draft.stakeholders) {
    if (stakeholder.participantId === participantId) stakeholder.participantId = null;
  }

  draft.participants = draft.participants.filter((candidate) => candidate.id !== participantId);
}
