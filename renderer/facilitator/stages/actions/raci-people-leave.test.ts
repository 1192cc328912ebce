import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { emptyRaci } from '../../../../shared/workshop/action-links';
import {
  anAction,
  aParticipant,
  aRisk,
  aStakeholder,
  aWorkshop,
  participantOwner,
} from '../../../../test/fixtures/builders';
import { removeStakeholders } from '../stakeholders/stakeholder-edits';
import { removeParticipant } from '../welcome/remove-participant';

const ana = aParticipant({ name: 'Ana Lopez' });
const ben = aParticipant({ name: 'Ben Carter' });
const bea = aStakeholder({ name: 'Bea Lindqvist' });
const anaRef = { kind: 'participant', participantId: ana.id } as const;
const benRef = { kind: 'participant', participantId: ben.id } as const;
const beaRef = { kind: 'stakeholder', stakeholderId: bea.id } as const;

const workshop = aWorkshop({
  participants: [ana, ben],
  stakeholders: [bea],
  actions: [
    anAction({
      raci: {
        ...emptyRaci(),
        accountable: anaRef,
        responsible: [anaRef, benRef],
        consulted: [beaRef],
        informed: [anaRef],
      },
    }),
  ],
  risks: [aRisk({ owner: participantOwner(ana.id) })],
});

describe('a person who leaves the lists', () => {
  it('leaves every RACI, and the risks they owned keep their name', () => {
    const after = produce(workshop, (draft) => removeParticipant(draft, ana.id));
    expect(after.actions[0]?.raci).toEqual({
      accountable: null,
      responsible: [benRef],
      consulted: [beaRef],
      informed: [],
    });
    expect(after.risks[0]?.owner).toEqual({ kind: 'named', name: 'Ana Lopez' });
  });

  it('leaves every RACI when a stakeholder leaves the map', () => {
    const after = produce(workshop, (draft) => removeStakeholders(draft, new Set([bea.id])));
    expect(after.actions[0]?.raci.consulted).toEqual([]);
    expect(after.actions[0]?.raci.accountable).toEqual(anaRef);
  });
});
