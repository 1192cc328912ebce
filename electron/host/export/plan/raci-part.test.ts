import { describe, expect, it } from 'vitest';
import type { PersonRef } from '../../../../shared/workshop';
import { readZipEntries } from '../../../../test/export/docx-parts';
import { anAction, aParticipant, aStakeholder, aWorkshop } from '../../../../test/fixtures/builders';
import { packActionPlan } from '../pack-action-plan';
import { buildActionPlan } from './action-plan';
import { indexPeople } from './people';
import { raciMatrix } from './raci-part';

const person = (participant: { id: string }): PersonRef =>
  ({ kind: 'participant', participantId: participant.id }) as PersonRef;

describe('the RACI matrix', () => {
  it('has a row per action with an Accountable, one A in each, and a column per person with a role', () => {
    const [ann, bo, cy, idle] = ['Ann', 'Bo', 'Cy', 'Idle'].map((name) => aParticipant({ name }));
    if (ann === undefined || bo === undefined || cy === undefined || idle === undefined) throw new Error();
    const board = aStakeholder({ name: 'Board' });
    const workshop = aWorkshop({
      participants: [ann, bo, cy, idle],
      stakeholders: [board],
      actions: [
        anAction({
          title: 'First',
          raci: {
            accountable: person(ann),
            responsible: [person(ann), person(bo)],
            consulted: [],
            informed: [{ kind: 'stakeholder', stakeholderId: board.id }],
          },
        }),
        anAction({
          title: 'Nobody accountable',
          raci: { accountable: null, responsible: [person(cy)], consulted: [], informed: [] },
        }),
      ],
    });

    const matrix = raciMatrix(workshop, indexPeople(workshop));

    // Cy is only in an action without an Accountable, Idle in none: neither is a column.
    expect(matrix.people.map((entry) => entry.name)).toEqual(['Ann', 'Bo', 'Board']);
    expect(matrix.rows.map((row) => [row.action.title, [...row.roles.values()]])).toEqual([
      ['First', ['A, R', 'R', 'I']],
    ]);
    expect(matrix.withoutAccountable.map((action) => action.title)).toEqual(['Nobody accountable']);
  });

  it('lists the roles by action instead when more than 16 people hold one', async () => {
    const people = Array.from({ length: 17 }, (_, index) => aParticipant({ name: `Person ${index + 1}` }));
    const workshop = aWorkshop({
      participants: people,
      actions: people.map((entry, index) =>
        anAction({
          title: `Action ${index + 1}`,
          raci: { accountable: person(entry), responsible: [], consulted: [], informed: [] },
        }),
      ),
    });

    const docx = await packActionPlan(
      buildActionPlan(workshop, {}, { generatedAt: new Date('2025-03-18T15:00:00Z') }),
    );
    const xml = readZipEntries(docx).get('word/document.xml')?.toString('utf8') ?? '';

    expect(xml).toContain('17 people hold a role, too many for a matrix');
    for (const heading of ['Accountable', 'Responsible', 'Consulted', 'Informed'])
      expect(xml).toContain(`>${heading}<`);
    expect(xml).not.toContain('btLr');
  });

  it('names the holders of a role in the order of the people list, whatever order the RACI gives them', async () => {
    const people = Array.from({ length: 17 }, (_, index) => aParticipant({ name: `Person ${index + 1}` }));
    const board = aStakeholder({ name: 'Board' });
    const [first, second, third] = people;
    if (first === undefined || second === undefined || third === undefined) throw new Error();
    const workshop = aWorkshop({
      participants: people,
      stakeholders: [board],
      actions: people.map((entry, index) =>
        anAction({
          title: `Action ${index + 1}`,
          raci:
            index === 0
              ? {
                  accountable: person(entry),
                  responsible: [person(third), person(second)],
                  consulted: [],
                  informed: [{ kind: 'stakeholder', stakeholderId: board.id }, person(third), person(first)],
                }
              : { accountable: person(entry), responsible: [], consulted: [], informed: [] },
        }),
      ),
    });

    const docx = await packActionPlan(
      buildActionPlan(workshop, {}, { generatedAt: new Date('2025-03-18T15:00:00Z') }),
    );
    const xml = readZipEntries(docx).get('word/document.xml')?.toString('utf8') ?? '';

    expect(xml).toContain('>Person 2, Person 3<');
    expect(xml).toContain('>Person 1, Person 3, Board<');
  });
});
