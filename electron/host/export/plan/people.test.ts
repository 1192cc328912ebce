import { describe, expect, it } from 'vitest';
import {
  aParticipant,
  aStakeholder,
  aWorkshop,
  fixtureId,
  namedOwner,
  participantOwner,
} from '../../../../test/fixtures/builders';
import { NO_OWNER } from '../../../../shared/workshop';
import { indexPeople } from './people';

describe('resolving owners to names', () => {
  const helen = aParticipant({ id: fixtureId('participant-helen'), name: 'Helen Ward' });
  const people = indexPeople(
    aWorkshop({
      participants: [helen, aParticipant({ id: fixtureId('participant-blank'), name: '  ' })],
      stakeholders: [aStakeholder({ id: fixtureId('stakeholder-sofia'), name: 'Sofia Marquez' })],
    }),
  );

  it('gives the name of a participant owner', () => {
    expect(people.owner(participantOwner(helen.id))).toMatchObject({ kind: 'named', name: 'Helen Ward' });
  });

  it('gives the name the group typed for someone not in the room', () => {
    expect(people.owner(namedOwner('  Claims team leads '))).toMatchObject({
      kind: 'named',
      name: 'Claims team leads',
    });
  });

  it('treats nobody, an empty name and a participant no longer listed as missing', () => {
    expect(people.owner(NO_OWNER)).toEqual({ kind: 'missing' });
    expect(people.owner(namedOwner(''))).toEqual({ kind: 'missing' });
    expect(people.owner(participantOwner(fixtureId('participant-blank')))).toEqual({ kind: 'missing' });
    expect(people.owner(participantOwner(fixtureId('participant-gone')))).toEqual({ kind: 'missing' });
  });

  it('counts a participant and the same name typed by hand as one person', () => {
    const picked = people.owner(participantOwner(helen.id));
    const typed = people.owner(namedOwner('helen  ward'));

    expect(picked.kind === 'named' && typed.kind === 'named' && picked.key === typed.key).toBe(true);
  });

  it('finds stakeholders by id', () => {
    expect(people.stakeholder(fixtureId('stakeholder-sofia'))?.name).toBe('Sofia Marquez');
    expect(people.stakeholder(null)).toBeUndefined();
  });
});
