import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { text } from '../../../../shared/text';
import type { PersonRef } from '../../../../shared/workshop/people';
import { personKey } from '../../../../shared/workshop/raci';
import { useAppStore } from '../../../app/store/store-context';
import { participantDisplayName } from '../shared/owners';
import { stakeholdersNotInTheRoom } from '../shared/people-edits';
import { NO_ITEMS } from '../shared/use-workshop';

/** A person the RACI can name, with the words shown for them. */
export interface PersonChoice {
  /** Tells people apart in a select: see {@link personKey}. */
  readonly key: string;
  readonly person: PersonRef;
  readonly name: string;
  readonly group: 'room' | 'map';
}

/**
 * The one people list, as the RACI pickers offer it: the participants in the room, then the
 * stakeholders on the map who are not in the room (someone in both lists is offered once).
 */
export function usePeopleChoices(): readonly PersonChoice[] {
  const participants = useAppStore((state) => state.workshop?.participants ?? NO_ITEMS);
  const stakeholders = useAppStore(
    useShallow((state) => stakeholdersNotInTheRoom(state.workshop?.stakeholders ?? NO_ITEMS)),
  );
  return useMemo(
    () => [
      ...participants.map((participant, position): PersonChoice => {
        const person: PersonRef = { kind: 'participant', participantId: participant.id };
        return {
          key: personKey(person),
          person,
          name: participantDisplayName(participant, position),
          group: 'room',
        };
      }),
      ...stakeholders.map((stakeholder): PersonChoice => {
        const person: PersonRef = { kind: 'stakeholder', stakeholderId: stakeholder.id };
        return { key: personKey(person), person, name: stakeholder.name.trim(), group: 'map' };
      }),
    ],
    [participants, stakeholders],
  );
}

/** How a person in a RACI is named: from the people list, or as someone who left it. */
export function personName(person: PersonRef, people: readonly PersonChoice[]): string {
  const key = personKey(person);
  return people.find((choice) => choice.key === key)?.name ?? text('stage.actions.raci.someoneGone');
}
