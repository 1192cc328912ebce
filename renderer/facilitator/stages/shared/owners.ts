import type { Draft } from 'immer';
import { POST_LAUNCH_QUESTIONS } from '../../../../shared/workshop/ownership';
import {
  samePerson,
  type OwnerRef,
  type Participant,
  type PersonRef,
} from '../../../../shared/workshop/people';
import type { Workshop } from '../../../../shared/workshop/workshop';
import type { Stakeholder } from '../../../../shared/workshop/stakeholders';
import { text } from '../../../../shared/text';

/**
 * How a participant is named on screen and in accessible labels: their name, or their place
 * in the list while the name is still blank ("participant 3").
 */
export function participantDisplayName(participant: Pick<Participant, 'name'>, position: number): string {
  const name = participant.name.trim();
  return name === '' ? text('stage.shared.participantValue1', { value1: position + 1 }) : name;
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

/**
 * Replaces the owner of everything that has one (data sources, metrics, actions, workflow
 * steps and the four post-launch owners) with what `replace` makes of it: how removing a
 * person hands what they owned back as their name, in one place.
 */
export function replaceOwnersEverywhere(
  draft: Draft<Workshop>,
  replace: (owner: OwnerRef) => OwnerRef,
): void {
  const release = (item: { owner: OwnerRef }) => {
    item.owner = replace(item.owner);
  };
  draft.dataSources.forEach(release);
  draft.metrics.forEach(release);
  draft.actions.forEach(release);
  draft.workflow.steps.forEach(release);
  draft.risks.forEach(release);
  const owners = draft.ownership.postLaunchOwners;
  for (const question of POST_LAUNCH_QUESTIONS) owners[question.id] = replace(owners[question.id]);
  // A RACI names people from the lists only: someone who leaves them leaves every RACI.
  const stays = (person: PersonRef) => samePerson(replace(person), person);
  for (const { raci } of draft.actions) {
    if (raci.accountable !== null && !stays(raci.accountable)) raci.accountable = null;
    raci.responsible = raci.responsible.filter(stays);
    raci.consulted = raci.consulted.filter(stays);
    raci.informed = raci.informed.filter(stays);
  }
}
