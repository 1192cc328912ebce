import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  aRelationship,
  aStakeholder,
  aWorkflowChange,
  aWorkshop,
  fixtureId,
} from '../../../../test/fixtures/builders';
import {
  parseWorkshopFile,
  serialiseWorkshop,
  SHORT_TEXT_LIMIT,
  type RelationshipId,
  type StakeholderId,
  type Workshop,
} from '../../../../shared/workshop';
import {
  addStakeholder,
  connectStakeholders,
  copyStakeholders,
  PASTE_OFFSET,
  pasteStakeholders,
  removeRelationships,
  removeStakeholders,
} from './stakeholder-edits';

const ada = aStakeholder({
  id: fixtureId('ada'),
  name: 'Ada',
  role: 'Claims lead',
  team: 'Claims',
  impact: 5,
  influence: 4,
  stance: 'champion',
  isCoDesigner: true,
  concerns: 'Workload',
});
const ben = aStakeholder({ id: fixtureId('ben'), name: 'Ben' });
const cleo = aStakeholder({ id: fixtureId('cleo'), name: 'Cleo' });

/** Ada, Ben and Cleo placed on the map, Ada reporting to Ben, Ben handing work to Cleo. */
function aMappedWorkshop(): Workshop {
  const base = aWorkshop({
    stakeholders: [ada, ben, cleo],
    relationships: [
      aRelationship({
        id: fixtureId('ada-ben'),
        from: ada.id,
        to: ben.id,
        type: 'reportsTo',
        label: 'weekly',
      }),
      aRelationship({ id: fixtureId('ben-cleo'), from: ben.id, to: cleo.id, type: 'handsWorkTo' }),
    ],
    workflow: {
      steps: [],
      changes: [
        aWorkflowChange({ id: fixtureId('change-ada'), coDesignerStakeholderId: ada.id }),
        aWorkflowChange({ id: fixtureId('change-cleo'), coDesignerStakeholderId: cleo.id }),
      ],
    },
  });
  return {
    ...base,
    layout: {
      ...base.layout,
      stakeholders: {
        ...base.layout.stakeholders,
        positions: { ada: { x: 100, y: 200 }, ben: { x: 400, y: 200 }, cleo: { x: 700, y: 200 } },
      },
    },
  };
}

/** The document still opens after the edit (the recipes must keep it valid). */
function expectValid(workshop: Workshop): void {
  const reopened = parseWorkshopFile(serialiseWorkshop(workshop), 'edited.readyroom');
  expect(reopened.ok, reopened.ok ? '' : reopened.problem.message).toBe(true);
}

describe('addStakeholder', () => {
  it('adds a blank stakeholder where the facilitator clicked', () => {
    let added: StakeholderId | undefined;
    const workshop = produce(aMappedWorkshop(), (draft) => {
      added = addStakeholder(draft, { x: 55, y: -30 }, fixtureId('new-person'));
    });
    expect(added).toBe('new-person');
    expect(workshop.stakeholders.at(-1)).toEqual({
      id: 'new-person',
      name: '',
      role: '',
      team: '',
      kind: 'other',
      impact: 3,
      influence: 3,
      stance: 'neutral',
      isCoDesigner: false,
      concerns: '',
      likelyWorkarounds: '',
      participantId: null,
    });
    expect(workshop.layout.stakeholders.positions['new-person']).toEqual({ x: 55, y: -30 });
    expect(workshop.stakeholders).toHaveLength(4);
    expectValid(workshop);
  });

  it('gives each new stakeholder a fresh id when none is given', () => {
    const ids: StakeholderId[] = [];
    const workshop = produce(aWorkshop(), (draft) => {
      ids.push(addStakeholder(draft, { x: 0, y: 0 }), addStakeholder(draft, { x: 0, y: 0 }));
    });
    expect(new Set(ids).size).toBe(2);
    expect(workshop.stakeholders.map((person) => person.id)).toEqual(ids);
    expectValid(workshop);
  });
});

describe('removeStakeholders', () => {
  it('removes the people with their lines, their places on the map and their co-designer role', () => {
    const before = aMappedWorkshop();
    const workshop = produce(before, (draft) => removeStakeholders(draft, new Set(['ada'])));
    expect(workshop.stakeholders.map((person) => person.id)).toEqual(['ben', 'cleo']);
    expect(workshop.relationships.map((line) => line.id)).toEqual(['ben-cleo']);
    expect(Object.keys(workshop.layout.stakeholders.positions).sort()).toEqual(['ben', 'cleo']);
    expect(workshop.workflow.changes.map((change) => change.coDesignerStakeholderId)).toEqual([null, 'cleo']);
    // The change itself stays: only who co-designs it is forgotten.
    expect(workshop.workflow.changes).toHaveLength(2);
    expectValid(workshop);
  });

  it('removes lines in both directions when several people go', () => {
    const workshop = produce(aMappedWorkshop(), (draft) =>
      removeStakeholders(draft, new Set(['ben', 'cleo'])),
    );
    expect(workshop.stakeholders.map((person) => person.id)).toEqual(['ada']);
    expect(workshop.relationships).toEqual([]);
    expect(workshop.layout.stakeholders.positions).toEqual({ ada: { x: 100, y: 200 } });
  });

  it('changes nothing for an empty selection or unknown ids', () => {
    const before = aMappedWorkshop();
    expect(produce(before, (draft) => removeStakeholders(draft, new Set()))).toBe(before);
    expect(produce(before, (draft) => removeStakeholders(draft, new Set(['nobody'])))).toEqual(before);
  });
});

describe('removeRelationships', () => {
  it('removes only the chosen lines', () => {
    const workshop = produce(aMappedWorkshop(), (draft) => removeRelationships(draft, new Set(['ada-ben'])));
    expect(workshop.relationships.map((line) => line.id)).toEqual(['ben-cleo']);
    expect(workshop.stakeholders).toHaveLength(3);
  });
});

describe('connectStakeholders', () => {
  function connect(
    workshop: Workshop,
    from: string,
    to: string,
    type: 'reportsTo' | 'handsWorkTo' | 'dependsOn' | 'influences',
  ): { workshop: Workshop; id: RelationshipId | null } {
    let id: RelationshipId | null = null;
    const after = produce(workshop, (draft) => {
      id = connectStakeholders(draft, from, to, type, fixtureId('new-line'));
    });
    return { workshop: after, id };
  }

  it('adds a typed line with no label of its own', () => {
    const { workshop, id } = connect(aMappedWorkshop(), 'cleo', 'ada', 'influences');
    expect(id).toBe('new-line');
    expect(workshop.relationships.at(-1)).toEqual({
      id: 'new-line',
      from: 'cleo',
      to: 'ada',
      type: 'influences',
      label: '',
    });
    expectValid(workshop);
  });

  it('refuses a line from someone to themselves', () => {
    const before = aMappedWorkshop();
    const { workshop, id } = connect(before, 'ada', 'ada', 'influences');
    expect(id).toBeNull();
    expect(workshop).toBe(before);
  });

  it('refuses a line to or from someone who is not on the map', () => {
    const before = aMappedWorkshop();
    expect(connect(before, 'ada', 'ghost', 'influences')).toEqual({ workshop: before, id: null });
    expect(connect(before, 'ghost', 'ada', 'influences')).toEqual({ workshop: before, id: null });
  });

  it('refuses a second line of the same type between the same two people', () => {
    const before = aMappedWorkshop();
    const { workshop, id } = connect(before, 'ada', 'ben', 'reportsTo');
    expect(id).toBeNull();
    expect(workshop.relationships).toHaveLength(2);
  });

  it('allows a line of another type, or the same type the other way round', () => {
    const before = aMappedWorkshop();
    const otherType = connect(before, 'ada', 'ben', 'dependsOn');
    expect(otherType.id).toBe('new-line');
    expect(otherType.workshop.relationships).toHaveLength(3);
    const otherWay = connect(before, 'ben', 'ada', 'reportsTo');
    expect(otherWay.id).toBe('new-line');
    expect(otherWay.workshop.relationships).toHaveLength(3);
  });
});

describe('copyStakeholders and pasteStakeholders', () => {
  function copyAndPaste(
    workshop: Workshop,
    ids: readonly string[],
  ): { workshop: Workshop; pasted: StakeholderId[] } {
    const copied = copyStakeholders(workshop, new Set(ids));
    let pasted: StakeholderId[] = [];
    const after = produce(workshop, (draft) => {
      pasted = pasteStakeholders(draft, copied);
    });
    return { workshop: after, pasted };
  }

  it('copies only the chosen people, their places and the lines among them', () => {
    const copied = copyStakeholders(aMappedWorkshop(), new Set(['ada', 'ben']));
    expect(copied.stakeholders.map((person) => person.id)).toEqual(['ada', 'ben']);
    expect(copied.positions).toEqual({ ada: { x: 100, y: 200 }, ben: { x: 400, y: 200 } });
    expect(copied.relationships).toEqual([{ from: 'ada', to: 'ben', type: 'reportsTo', label: 'weekly' }]);
  });

  it('pastes new people with new ids and "(copy)" names, offset from the originals', () => {
    const before = aMappedWorkshop();
    const { workshop, pasted } = copyAndPaste(before, ['ada', 'ben']);
    expect(pasted).toHaveLength(2);
    expect(new Set([...pasted, 'ada', 'ben', 'cleo']).size).toBe(5);
    expect(workshop.stakeholders).toHaveLength(5);
    const [adaCopyId = '', benCopyId = ''] = pasted;
    const [adaCopy, benCopy] = pasted.map((id) => workshop.stakeholders.find((person) => person.id === id));
    expect(adaCopy).toEqual({ ...ada, id: adaCopyId, name: 'Ada (copy)', isCoDesigner: false });
    expect(benCopy?.name).toBe('Ben (copy)');
    expect(workshop.layout.stakeholders.positions[adaCopyId]).toEqual({
      x: 100 + PASTE_OFFSET,
      y: 200 + PASTE_OFFSET,
    });
    expect(workshop.layout.stakeholders.positions[benCopyId]).toEqual({
      x: 400 + PASTE_OFFSET,
      y: 200 + PASTE_OFFSET,
    });
    // The originals are untouched.
    expect(workshop.stakeholders.slice(0, 3)).toEqual(before.stakeholders);
    expect(workshop.layout.stakeholders.positions['ada']).toEqual({ x: 100, y: 200 });
    expectValid(workshop);
  });

  it('points the copied lines at the copies, with new ids, and drops lines to people left out', () => {
    const { workshop, pasted } = copyAndPaste(aMappedWorkshop(), ['ada', 'ben']);
    const [adaCopy, benCopy] = pasted;
    const newLines = workshop.relationships.slice(2);
    expect(newLines).toHaveLength(1);
    expect(newLines[0]).toMatchObject({ from: adaCopy, to: benCopy, type: 'reportsTo', label: 'weekly' });
    expect(['ada-ben', 'ben-cleo']).not.toContain(newLines[0]?.id);
    // Ben's line to Cleo was not copied: Cleo was not in the selection.
    expect(workshop.relationships.some((line) => line.from === benCopy && line.to === 'cleo')).toBe(false);
    expect(workshop.relationships.slice(0, 2).map((line) => line.id)).toEqual(['ada-ben', 'ben-cleo']);
  });

  it('pasting twice makes two sets of copies with different ids', () => {
    const before = aMappedWorkshop();
    const copied = copyStakeholders(before, new Set(['ada', 'ben']));
    const workshop = produce(before, (draft) => {
      pasteStakeholders(draft, copied);
      pasteStakeholders(draft, copied);
    });
    expect(new Set(workshop.stakeholders.map((person) => person.id)).size).toBe(7);
    expect(new Set(workshop.relationships.map((line) => line.id)).size).toBe(4);
    expectValid(workshop);
  });

  it('keeps a blank name blank, and places people who had no saved place apart', () => {
    const unnamed = aStakeholder({ id: fixtureId('unnamed'), name: '  ' });
    const unplacedToo = aStakeholder({ id: fixtureId('unplaced'), name: 'Uma' });
    const { workshop, pasted } = copyAndPaste(aWorkshop({ stakeholders: [unnamed, unplacedToo] }), [
      'unnamed',
      'unplaced',
    ]);
    const copies = pasted.map((id) => workshop.stakeholders.find((person) => person.id === id));
    expect(copies.map((person) => person?.name)).toEqual(['', 'Uma (copy)']);
    const places = pasted.map((id) => workshop.layout.stakeholders.positions[id]);
    expect(places[0]).toBeDefined();
    expect(places[1]).toBeDefined();
    expect(places[0]).not.toEqual(places[1]);
  });

  it('keeps the copy of a name as long as the file allows within the limit, so the document still saves', () => {
    const longName = 'N'.repeat(SHORT_TEXT_LIMIT);
    const { workshop, pasted } = copyAndPaste(
      aWorkshop({ stakeholders: [aStakeholder({ id: fixtureId('long'), name: longName })] }),
      ['long'],
    );
    const copy = workshop.stakeholders.find((person) => person.id === pasted[0]);
    expect(copy?.name.length).toBeLessThanOrEqual(SHORT_TEXT_LIMIT);
    expect(copy?.name).toMatch(/^N+ \(copy\)$/);
    expectValid(workshop);
  });

  it('pastes nothing for an empty copy', () => {
    const before = aMappedWorkshop();
    const { workshop, pasted } = copyAndPaste(before, []);
    expect(pasted).toEqual([]);
    expect(workshop).toBe(before);
  });
});
