import type { Action } from './actions';
import type { Raci, RaciListRole } from './action-links';
import { personOfOwner, samePerson, type PersonRef } from './people';

/**
 * What is wrong with an action's RACI, by the rule of the plan a sponsor signs: exactly one
 * Accountable, who is also the action's owner, and at least one Responsible.
 */
export type RaciProblem =
  /** Nobody is Accountable yet. */
  | { readonly kind: 'no-accountable' }
  /** The owner field names someone else (or nobody, or a typed name) than the Accountable. */
  | { readonly kind: 'owner-disagrees'; readonly accountable: PersonRef }
  /** Nobody is Responsible for doing the work. */
  | { readonly kind: 'no-responsible' };

/** The problems with an action's RACI, most serious first; empty when it follows the rule. */
export function raciProblems(action: Pick<Action, 'owner' | 'raci'>): readonly RaciProblem[] {
  const problems: RaciProblem[] = [];
  const { accountable } = action.raci;
  if (accountable === null) {
    problems.push({ kind: 'no-accountable' });
  } else {
    const owner = personOfOwner(action.owner);
    if (owner === null || !samePerson(owner, accountable)) {
      problems.push({ kind: 'owner-disagrees', accountable });
    }
  }
  if (action.raci.responsible.length === 0) problems.push({ kind: 'no-responsible' });
  return problems;
}

/** The same person, as a key to tell people apart (a participant and a stakeholder never share one). */
export function personKey(person: PersonRef): string {
  return person.kind === 'participant'
    ? `participant:${person.participantId}`
    : `stakeholder:${person.stakeholderId}`;
}

/** The RACI with `person` added to one of its lists; unchanged when they are in it already. */
export function withPersonInRole(raci: Raci, role: RaciListRole, person: PersonRef): Raci {
  if (raci[role].some((member) => samePerson(member, person))) return raci;
  return { ...raci, [role]: [...raci[role], person] };
}

/** The RACI with `person` taken out of one of its lists. */
export function withoutPersonInRole(raci: Raci, role: RaciListRole, person: PersonRef): Raci {
  return { ...raci, [role]: raci[role].filter((member) => !samePerson(member, person)) };
}

/** Every person in an action's RACI, whatever their role, once each, in the order A, R, C, I. */
export function peopleInRaci(raci: Raci): readonly PersonRef[] {
  const seen = new Map<string, PersonRef>();
  for (const person of [
    ...(raci.accountable === null ? [] : [raci.accountable]),
    ...raci.responsible,
    ...raci.consulted,
    ...raci.informed,
  ]) {
    if (!seen.has(personKey(person))) seen.set(personKey(person), person);
  }
  return [...seen.values()];
}
