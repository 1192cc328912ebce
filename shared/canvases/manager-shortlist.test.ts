import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aStakeholder, fixtureId } from '../../test/fixtures/builders';
import type { Stakeholder } from '../workshop';
import { STAKEHOLDER_KINDS } from '../workshop';
import { rankManagers, shortlistWarnings, type ShortlistWarning } from './manager-shortlist';

/** A middle manager with low impact, so only the count warnings can be about them. */
function aManager(overrides: Partial<Stakeholder> = {}): Stakeholder {
  return aStakeholder({ kind: 'middle-manager', impact: 2, influence: 2, ...overrides });
}

/** `count` managers, of whom the first `marked` are co-designers. */
function managers(count: number, marked: number): Stakeholder[] {
  return Array.from({ length: count }, (_, index) =>
    aManager({ name: `Manager ${index + 1}`, isCoDesigner: index < marked }),
  );
}

function kinds(warnings: readonly ShortlistWarning[]): string[] {
  return warnings.map((warning) => warning.kind);
}

describe('rankManagers', () => {
  it('keeps only middle managers', () => {
    const people = STAKEHOLDER_KINDS.map((kind) => aStakeholder({ kind, name: kind }));
    expect(rankManagers(people).map((person) => person.name)).toEqual(['middle-manager']);
  });

  it('puts the most affected first', () => {
    const low = aManager({ name: 'Low', impact: 1, influence: 5 });
    const high = aManager({ name: 'High', impact: 5, influence: 1 });
    const middle = aManager({ name: 'Middle', impact: 3, influence: 3 });
    expect(rankManagers([low, high, middle]).map((person) => person.name)).toEqual(['High', 'Middle', 'Low']);
  });

  it('breaks a tie in impact by influence, then by name whatever its case, then by id', () => {
    const quiet = aManager({ id: fixtureId('m-1'), name: 'Quiet', impact: 4, influence: 1 });
    const zoe = aManager({ id: fixtureId('m-2'), name: 'zoe', impact: 4, influence: 3 });
    const adam = aManager({ id: fixtureId('m-3'), name: 'Adam', impact: 4, influence: 3 });
    const bella = aManager({ id: fixtureId('m-4'), name: 'bella', impact: 4, influence: 3 });
    const bellaAgainB = aManager({ id: fixtureId('m-6'), name: 'Bella', impact: 4, influence: 3 });
    const bellaAgainA = aManager({ id: fixtureId('m-5'), name: 'BELLA', impact: 4, influence: 3 });
    const ranked = rankManagers([quiet, zoe, bellaAgainB, adam, bella, bellaAgainA]);
    expect(ranked.map((person) => person.id)).toEqual(['m-3', 'm-4', 'm-5', 'm-6', 'm-2', 'm-1']);
  });

  it('does not reorder the list it is given', () => {
    const people = [aManager({ impact: 1 }), aManager({ impact: 5 })];
    const before = [...people];
    rankManagers(people);
    expect(people).toEqual(before);
  });

  it('gives the same order however the list was ordered', () => {
    const anyManager = fc.record({
      impact: fc.integer({ min: 1, max: 5 }),
      influence: fc.integer({ min: 1, max: 5 }),
      name: fc.constantFrom('Ana', 'ana', 'Bo', 'Cy', ''),
    });
    fc.assert(
      fc.property(
        fc.array(anyManager, { maxLength: 15 }).chain((details) => {
          const people = details.map((detail, index) => aManager({ ...detail, id: fixtureId(`m-${index}`) }));
          return fc.tuple(fc.constant(people), fc.shuffledSubarray(people, { minLength: people.length }));
        }),
        ([people, shuffled]) => {
          const ids = (list: readonly Stakeholder[]) => rankManagers(list).map((person) => person.id);
          expect(ids(shuffled)).toEqual(ids(people));
          const ranked = rankManagers(people);
          for (const [index, after] of ranked.entries()) {
            const before = ranked[index - 1];
            if (before === undefined) continue;
            expect(before.impact).toBeGreaterThanOrEqual(after.impact);
            if (before.impact === after.impact)
              expect(before.influence).toBeGreaterThanOrEqual(after.influence);
          }
        },
      ),
    );
  });
});

describe('shortlistWarnings', () => {
  it('is silent for 5 marked out of enough managers', () => {
    expect(shortlistWarnings(managers(8, 5))).toEqual([]);
  });

  it('is silent for 10 marked', () => {
    expect(shortlistWarnings(managers(12, 10))).toEqual([]);
  });

  it('warns when fewer than 5 managers are marked', () => {
    const warnings = shortlistWarnings(managers(8, 4));
    expect(kinds(warnings)).toEqual(['too-few']);
    expect(warnings[0]?.message).toBe(
      'Only 4 managers are co-designers. Mark at least 5, so the people who will run the new way of working help shape it.',
    );
  });

  it('says "1 manager is" for a single co-designer and "No managers" for none', () => {
    expect(shortlistWarnings(managers(8, 1))[0]?.message).toMatch(/^Only 1 manager is a co-designer\. /);
    expect(shortlistWarnings(managers(8, 0))[0]?.message).toMatch(/^No managers are co-designers yet\. /);
  });

  it('warns when more than 10 managers are marked', () => {
    const warnings = shortlistWarnings(managers(14, 11));
    expect(kinds(warnings)).toEqual(['too-many']);
    expect(warnings[0]?.message).toBe(
      '11 managers are co-designers. Keep it to 10 or fewer, so the group can still work and decide together.',
    );
  });

  it('counts only middle managers as co-designers', () => {
    const marked = managers(8, 4);
    const executive = aStakeholder({ kind: 'executive', isCoDesigner: true, impact: 2 });
    expect(kinds(shortlistWarnings([...marked, executive]))).toEqual(['too-few']);
  });

  it('names a high-impact manager who is not a co-designer', () => {
    const priya = aManager({ name: 'Priya Shah', impact: 4 });
    const warnings = shortlistWarnings([...managers(6, 5), priya]);
    expect(warnings).toEqual([
      {
        kind: 'high-impact-left-out',
        stakeholderId: priya.id,
        message:
          'Priya Shah is not a co-designer, yet their team is among the most affected (impact 4 of 5). Ask them to help design the change.',
      },
    ]);
  });

  it('does not warn about a high-impact manager who is a co-designer, nor one with impact 3', () => {
    const coDesigning = aManager({ name: 'Coral', impact: 5, isCoDesigner: true });
    const lessAffected = aManager({ name: 'Lee', impact: 3 });
    expect(shortlistWarnings([...managers(6, 4), coDesigning, lessAffected])).toEqual([]);
  });

  it('names the role when the manager has no name yet', () => {
    const unnamed = aManager({ name: '  ', role: 'Claims team lead', impact: 5 });
    const warning = shortlistWarnings([...managers(6, 5), unnamed]).find(
      (each) => each.kind === 'high-impact-left-out',
    );
    expect(warning?.message).toMatch(/^Claims team lead is not a co-designer/);
  });

  it('never warns about people who are not middle managers', () => {
    const others = STAKEHOLDER_KINDS.filter((kind) => kind !== 'middle-manager').map((kind) =>
      aStakeholder({ kind, impact: 5, influence: 5, isCoDesigner: false, name: `High ${kind}` }),
    );
    const warnings = shortlistWarnings([...managers(6, 5), ...others]);
    expect(warnings).toEqual([]);
  });

  it('warns when too few managers are on the map, naming how many', () => {
    expect(kinds(shortlistWarnings(managers(3, 3)))).toEqual(['too-few-managers', 'too-few']);
    expect(shortlistWarnings(managers(3, 3))[0]?.message).toBe(
      'Only 3 middle managers are on the map. Add the managers whose teams will use the AI every day.',
    );
    expect(shortlistWarnings(managers(1, 0))[0]?.message).toMatch(/^Only 1 middle manager is on the map\. /);
    expect(shortlistWarnings([])[0]?.message).toMatch(/^No middle managers are on the map yet\. /);
  });

  it('does not warn about too few managers on the map from 5 up', () => {
    expect(kinds(shortlistWarnings(managers(5, 5)))).toEqual([]);
  });

  it('lists the count warnings first, then the left-out managers, most affected first', () => {
    const five = aManager({ name: 'Five', impact: 5 });
    const four = aManager({ name: 'Four', impact: 4 });
    const warnings = shortlistWarnings([four, five]);
    expect(kinds(warnings)).toEqual([
      'too-few-managers',
      'too-few',
      'high-impact-left-out',
      'high-impact-left-out',
    ]);
    expect(warnings.slice(2).map((warning) => warning.stakeholderId)).toEqual([five.id, four.id]);
  });

  it('writes every message as plain sentences', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 1, max: 5 }),
        (count, marked, impact) => {
          const people = [...managers(count, Math.min(count, marked)), aManager({ name: 'Robin', impact })];
          for (const warning of shortlistWarnings(people)) {
            expect(warning.message).toMatch(/^[A-Z0-9].*\.$/);
            expect(warning.message).not.toMatch(/undefined|null|NaN|\{|\}/);
            if (warning.stakeholderId !== undefined) {
              const person = people.find((each) => each.id === warning.stakeholderId);
              expect(warning.message).toContain(person?.name);
            }
          }
        },
      ),
    );
  });
});
