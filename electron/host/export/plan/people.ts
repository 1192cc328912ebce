import type {
  OwnerRef,
  Participant,
  ParticipantId,
  Stakeholder,
  StakeholderId,
  Workshop,
} from '../../../../shared/workshop';
import { type CellValue, type Column, textOrNotSet } from './elements';

/** Who owns something, as the plan shows it: a name, or nobody yet. */
export type ResolvedOwner =
  | {
      readonly kind: 'named';
      readonly name: string;
      /**
       * Identifies the person across the plan, so an owner is counted once whether the group
       * picked them from the participants or typed their name.
       */
      readonly key: string;
    }
  | { readonly kind: 'missing' };

const MISSING: ResolvedOwner = { kind: 'missing' };

/**
 * Looks up people by id in constant time. Built once per export, so a plan with hundreds of
 * rows never searches the participant list for each owner.
 */
export interface PeopleIndex {
  /** Turns an owner reference into a name; a reference to nobody, or to someone no longer listed, is missing. */
  owner(owner: OwnerRef): ResolvedOwner;
  /** The name of a participant, or undefined when the id is unknown or the name is empty. */
  participantName(participantId: ParticipantId | null): string | undefined;
  /** A stakeholder by id. */
  stakeholder(stakeholderId: StakeholderId | null): Stakeholder | undefined;
}

/** Indexes the participants and stakeholders of a workshop. */
export function indexPeople(workshop: Pick<Workshop, 'participants' | 'stakeholders'>): PeopleIndex {
  const participants = new Map<string, Participant>(
    workshop.participants.map((person) => [person.id, person]),
  );
  const stakeholders = new Map<string, Stakeholder>(
    workshop.stakeholders.map((person) => [person.id, person]),
  );

  // One resolved owner per name: the same people own row after row of a long plan.
  const resolved = new Map<string, ResolvedOwner>();
  const named = (name: string): ResolvedOwner => {
    let owner = resolved.get(name);
    if (owner === undefined) {
      owner = { kind: 'named', name, key: name.toLocaleLowerCase('en').replace(/\s+/g, ' ') };
      resolved.set(name, owner);
    }
    return owner;
  };

  function participantName(participantId: ParticipantId | null): string | undefined {
    if (participantId === null) {
      return undefined;
    }
    const name = participants.get(participantId)?.name.trim();
    return name === undefined || name === '' ? undefined : name;
  }

  return {
    owner(owner) {
      switch (owner.kind) {
        case 'participant': {
          const name = participantName(owner.participantId);
          return name === undefined ? MISSING : named(name);
        }
        case 'stakeholder': {
          const name = stakeholders.get(owner.stakeholderId)?.name.trim();
          return name === undefined || name === '' ? MISSING : named(name);
        }
        case 'named': {
          const name = owner.name.trim();
          return name === '' ? MISSING : named(name);
        }
        case 'none':
          return MISSING;
      }
    },
    participantName,
    stakeholder(stakeholderId) {
      return stakeholderId === null ? undefined : stakeholders.get(stakeholderId);
    },
  };
}

/** An owner as a table cell: the name, or "Not set" when nobody owns it yet. */
export function ownerCell(people: PeopleIndex, owner: OwnerRef): CellValue {
  const resolved = people.owner(owner);
  return textOrNotSet(resolved.kind === 'named' ? resolved.name : undefined);
}

/** A table's owner column: each row's owner by name, or "Not set". */
export function ownerColumn<Row extends { readonly owner: OwnerRef }>(
  heading: string,
  width: number,
  people: PeopleIndex,
): Column<Row> {
  return { heading, width, cell: (row) => ownerCell(people, row.owner) };
}
