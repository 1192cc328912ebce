import type { Draft } from 'immer';
import {
  newId,
  type Participant,
  type ParticipantId,
  type Stakeholder,
  type StakeholderId,
  type Workshop,
} from '../../../../shared/workshop';

/**
 * People are entered once. A stakeholder who is also in the room is linked to their
 * participant (`participantId`), and these recipes keep the two the same: renaming either
 * renames both, the AI Product Owner picked from the participants, and (through the owner
 * references) every owner. Each runs inside one `editWorkshop`, so each is one undo step.
 */

/** What both lists hold about a person. */
export type PersonDetails = Partial<Pick<Participant, 'name' | 'role' | 'team'>>;

function copyDetails(target: Draft<PersonDetails>, details: PersonDetails): void {
  if (details.name !== undefined) target.name = details.name;
  if (details.role !== undefined) target.role = details.role;
  if (details.team !== undefined) target.team = details.team;
}

function spreadToLinked(draft: Draft<Workshop>, participantId: ParticipantId, details: PersonDetails): void {
  for (const stakeholder of draft.stakeholders) {
    if (stakeholder.participantId === participantId) copyDetails(stakeholder, details);
  }
  const productOwner = draft.ownership.productOwner;
  if (productOwner.participantId === participantId && details.name !== undefined) {
    productOwner.name = details.name;
  }
}

/** Edits a participant, and the stakeholder card and product owner that are the same person. */
export function editParticipant(
  draft: Draft<Workshop>,
  participantId: ParticipantId,
  changes: PersonDetails & Partial<Pick<Participant, 'isMiddleManager'>>,
): void {
  const participant = draft.participants.find((candidate) => candidate.id === participantId);
  if (participant === undefined) return;
  Object.assign(participant, changes);
  spreadToLinked(draft, participantId, changes);
}

/** Edits a stakeholder's name, role or team, and the participant they are (if any) with them. */
export function editStakeholderDetails(
  draft: Draft<Workshop>,
  stakeholderId: string,
  details: PersonDetails,
): void {
  const stakeholder = draft.stakeholders.find((candidate) => candidate.id === stakeholderId);
  if (stakeholder === undefined) return;
  copyDetails(stakeholder, details);
  const participant = draft.participants.find((candidate) => candidate.id === stakeholder.participantId);
  if (participant === undefined) return;
  copyDetails(participant, details);
  spreadToLinked(draft, participant.id, details);
}

/**
 * Makes a stakeholder the same person as a participant: the card takes the participant's
 * name, role and team (and is marked a middle manager when the participant is one). Null
 * unlinks them and keeps the card as it is.
 */
export function linkStakeholder(
  draft: Draft<Workshop>,
  stakeholderId: string,
  participantId: ParticipantId | null,
): void {
  const stakeholder = draft.stakeholders.find((candidate) => candidate.id === stakeholderId);
  if (stakeholder === undefined) return;
  if (participantId === null) {
    stakeholder.participantId = null;
    return;
  }
  const participant = draft.participants.find((candidate) => candidate.id === participantId);
  if (participant === undefined) return;
  stakeholder.participantId = participant.id;
  copyDetails(stakeholder, participant);
  if (participant.isMiddleManager) stakeholder.kind = 'middle-manager';
}

/** Adds a stakeholder to the participants (they are in the room after all), linked to their card. */
export function addParticipantFromStakeholder(
  draft: Draft<Workshop>,
  stakeholderId: string,
): ParticipantId | null {
  const stakeholder = draft.stakeholders.find((candidate) => candidate.id === stakeholderId);
  if (stakeholder === undefined || stakeholder.participantId !== null) return null;
  const id = newId<ParticipantId>();
  draft.participants.push({
    id,
    name: stakeholder.name,
    role: stakeholder.role,
    team: stakeholder.team,
    isMiddleManager: stakeholder.kind === 'middle-manager',
  });
  stakeholder.participantId = id;
  return id;
}

/** The stakeholders an owner can be picked from besides the participants: named, and not in the room. */
export function stakeholdersNotInTheRoom(stakeholders: readonly Stakeholder[]): readonly Stakeholder[] {
  return stakeholders.filter(
    (stakeholder) => stakeholder.participantId === null && stakeholder.name.trim() !== '',
  );
}

/** A stakeholder's id as the owner picker's option value, apart from participant ids. */
export function stakeholderOptionValue(stakeholderId: StakeholderId): string {
  return `stakeholder:${stakeholderId}`;
}
