import { describe, expect, it } from 'vitest';
import { anAction, namedOwner, participantOwner, fixtureId } from '../../test/fixtures/builders';
import type { PersonRef } from './people';
import { peopleInRaci, raciProblems, withoutPersonInRole, withPersonInRole } from './raci';
import { emptyRaci } from './action-links';

const ana: PersonRef = { kind: 'participant', participantId: fixtureId('p-ana') };
const ben: PersonRef = { kind: 'participant', participantId: fixtureId('p-ben') };
const bea: PersonRef = { kind: 'stakeholder', stakeholderId: fixtureId('s-bea') };

describe('raciProblems', () => {
  it('is happy with one Accountable who is the owner, and someone Responsible', () => {
    const action = anAction({
      owner: participantOwner(fixtureId('p-ana')),
      raci: { ...emptyRaci(), accountable: ana, responsible: [ben] },
    });
    expect(raciProblems(action)).toEqual([]);
  });

  it('says when nobody is Accountable or Responsible', () => {
    expect(raciProblems(anAction()).map((problem) => problem.kind)).toEqual([
      'no-accountable',
      'no-responsible',
    ]);
  });

  it('says when the owner is someone else, a typed name or nobody', () => {
    const raci = { ...emptyRaci(), accountable: ana, responsible: [ana] };
    for (const owner of [
      participantOwner(fixtureId('p-ben')),
      namedOwner('Ana'),
      { kind: 'none' as const },
    ]) {
      expect(raciProblems(anAction({ owner, raci }))).toEqual([
        { kind: 'owner-disagrees', accountable: ana },
      ]);
    }
  });

  it('tells a stakeholder owner apart from a participant with the same id', () => {
    const raci = { ...emptyRaci(), accountable: bea, responsible: [ana] };
    expect(
      raciProblems(anAction({ owner: { kind: 'stakeholder', stakeholderId: fixtureId('s-bea') }, raci })),
    ).toEqual([]);
    expect(raciProblems(anAction({ owner: participantOwner(fixtureId('s-bea')), raci }))).toHaveLength(1);
  });
});

describe('RACI lists', () => {
  it('adds a person to a role once, and takes them out again', () => {
    const once = withPersonInRole(emptyRaci(), 'consulted', ana);
    expect(withPersonInRole(once, 'consulted', ana)).toBe(once);
    expect(once.consulted).toEqual([ana]);
    expect(withoutPersonInRole(once, 'consulted', ana).consulted).toEqual([]);
  });

  it('lists everyone in a RACI once, Accountable first', () => {
    const raci = { accountable: ben, responsible: [ana, ben], consulted: [bea], informed: [ana] };
    expect(peopleInRaci(raci)).toEqual([ben, ana, bea]);
  });
});
