import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyWorkshop } from '../../test/fixtures/arbitraries';
import {
  aDataSource,
  aParticipant,
  aRelationship,
  aStakeholder,
  aWorkflowChange,
  aWorkflowStep,
  aWorkshop,
  fixtureId,
  namedOwner,
  participantOwner,
} from '../../test/fixtures/builders';
import { generateLargeWorkshop } from '../../test/fixtures/large-workshop';
import {
  CANVAS_NAMES,
  emptyLayout,
  ID_PATTERN,
  parseWorkshopFile,
  SHORT_TEXT_LIMIT,
  serialiseWorkshop,
  type CanvasName,
  type Position,
  type Workshop,
} from '../workshop';
import {
  AI_SYSTEM_NODE_ID,
  canvasGraph,
  defaultAiSystemPosition,
  defaultMapPosition,
  defaultSourcePosition,
  defaultStepPosition,
  type CanvasGraph,
  type CanvasGraphNode,
} from './canvas-graph';
import { CanvasGraphSchema } from './canvas-graph-schema';
import { gridPlacement } from './influence-grid';
import { CANVAS_LABELS } from './labels';

/** A workshop whose given canvas has these saved positions. */
function withPositions(
  workshop: Workshop,
  canvas: CanvasName,
  positions: Record<string, Position>,
): Workshop {
  const layout = emptyLayout();
  return {
    ...workshop,
    layout: { ...layout, [canvas]: { ...layout[canvas], positions } },
  };
}

function nodeById(graph: CanvasGraph, id: string): CanvasGraphNode {
  const node = graph.nodes.find((each) => each.id === id);
  if (node === undefined) throw new Error(`no node ${id} on the ${graph.canvas} canvas`);
  return node;
}

function placeOf(node: CanvasGraphNode): Position {
  return { x: node.x, y: node.y };
}

describe('canvasGraph: the stakeholder map', () => {
  const ada = aStakeholder({ id: fixtureId('ada'), name: 'Ada', role: 'Claims lead', team: 'Claims' });
  const ben = aStakeholder({ id: fixtureId('ben'), name: 'Ben', stance: 'sceptic', impact: 5, influence: 2 });
  const cleo = aStakeholder({ id: fixtureId('cleo'), name: 'Cleo', isCoDesigner: true });

  it('uses saved positions and places the others in rows', () => {
    const workshop = withPositions(aWorkshop({ stakeholders: [ada, ben, cleo] }), 'stakeholders', {
      ben: { x: 900, y: -40 },
    });
    const graph = canvasGraph(workshop, 'stakeholders');
    expect(graph.canvas).toBe('stakeholders');
    expect(graph.title).toBe(CANVAS_LABELS.stakeholders);
    expect(graph.nodes.map((node) => node.id)).toEqual(['ada', 'ben', 'cleo']);
    expect(placeOf(nodeById(graph, 'ada'))).toEqual(defaultMapPosition(0));
    expect(placeOf(nodeById(graph, 'ben'))).toEqual({ x: 900, y: -40 });
    expect(placeOf(nodeById(graph, 'cleo'))).toEqual(defaultMapPosition(2));
  });

  it('puts unplaced stakeholders in rows of six that do not overlap', () => {
    const places = Array.from({ length: 13 }, (_, index) => defaultMapPosition(index));
    expect(new Set(places.map(({ x, y }) => `${x},${y}`)).size).toBe(13);
    const [first, , , , fifth, sixth, seventh] = places;
    expect(places.slice(0, 6).every((place) => place.y === first?.y)).toBe(true);
    expect(sixth?.x).toBeGreaterThan(fifth?.x ?? Infinity);
    // The seventh starts a new row, under the first.
    expect(seventh?.x).toBe(first?.x);
    expect(seventh?.y).toBeGreaterThan(sixth?.y ?? Infinity);
  });

  it('shows what is drawn on a stakeholder card', () => {
    const graph = canvasGraph(aWorkshop({ stakeholders: [ben] }), 'stakeholders');
    expect(nodeById(graph, 'ben')).toEqual({
      type: 'stakeholder',
      id: 'ben',
      ...defaultMapPosition(0),
      name: 'Ben',
      role: '',
      team: '',
      kind: 'middle-manager',
      stance: 'sceptic',
      impact: 5,
      influence: 2,
      isCoDesigner: false,
    });
  });

  it('turns relationships into labelled edges; a label of its own wins over the type', () => {
    const reports = aRelationship({ id: fixtureId('r-1'), from: ada.id, to: ben.id, type: 'reportsTo' });
    const handsOver = aRelationship({ id: fixtureId('r-2'), from: ben.id, to: cleo.id, type: 'handsWorkTo' });
    const custom = aRelationship({
      id: fixtureId('r-3'),
      from: cleo.id,
      to: ada.id,
      type: 'dependsOn',
      label: '  signs off budgets  ',
    });
    const blank = aRelationship({
      id: fixtureId('r-4'),
      from: ada.id,
      to: cleo.id,
      type: 'influences',
      label: '   ',
    });
    const graph = canvasGraph(
      aWorkshop({ stakeholders: [ada, ben, cleo], relationships: [reports, handsOver, custom, blank] }),
      'stakeholders',
    );
    expect(graph.edges).toEqual([
      { id: 'r-1', source: 'ada', target: 'ben', label: 'reports to', kind: 'relationship' },
      { id: 'r-2', source: 'ben', target: 'cleo', label: 'hands work to', kind: 'relationship' },
      { id: 'r-3', source: 'cleo', target: 'ada', label: 'signs off budgets', kind: 'relationship' },
      { id: 'r-4', source: 'ada', target: 'cleo', label: 'influences', kind: 'relationship' },
    ]);
  });
});

describe('canvasGraph: the influence grid', () => {
  it('places each stakeholder by their scores, ignoring positions saved for the map, with no edges', () => {
    const first = aStakeholder({ id: fixtureId('p-1'), impact: 5, influence: 5 });
    const second = aStakeholder({ id: fixtureId('p-2'), impact: 1, influence: 2 });
    const people = [first, second, aStakeholder({ id: fixtureId('p-3'), impact: 5, influence: 5 })];
    const workshop = withPositions(
      aWorkshop({
        stakeholders: people,
        relationships: [aRelationship({ from: first.id, to: second.id })],
      }),
      'stakeholders',
      { 'p-1': { x: -999, y: -999 } },
    );
    const graph = canvasGraph(workshop, 'influenceGrid');
    const placement = gridPlacement(people);
    expect(graph.canvas).toBe('influenceGrid');
    expect(graph.title).toBe(CANVAS_LABELS.influenceGrid);
    for (const person of people)
      expect(placeOf(nodeById(graph, person.id))).toEqual(placement.get(person.id));
    expect(graph.edges).toEqual([]);
    expect(nodeById(graph, 'p-1')).toMatchObject({ type: 'stakeholder', impact: 5, influence: 5 });
  });
});

describe('canvasGraph: the workflow', () => {
  const currentThird = aWorkflowStep({ id: fixtureId('c-3'), lane: 'current', order: 30, title: 'Pay' });
  const currentFirst = aWorkflowStep({ id: fixtureId('c-1'), lane: 'current', order: 10, title: 'Receive' });
  const futureSecond = aWorkflowStep({ id: fixtureId('f-2'), lane: 'future', order: 2, title: 'Check' });
  const currentSecond = aWorkflowStep({ id: fixtureId('c-2'), lane: 'current', order: 20, title: 'Assess' });
  const futureFirst = aWorkflowStep({
    id: fixtureId('f-1'),
    lane: 'future',
    order: 1,
    title: 'Triage by AI',
  });
  const steps = [currentThird, currentFirst, futureSecond, currentSecond, futureFirst];

  it('names each step owner, whether a participant, a stakeholder on the map or a named person', () => {
    const ana = aParticipant({ id: fixtureId('p-ana'), name: 'Ana Ruiz' });
    const tom = aStakeholder({ id: fixtureId('s-tom'), name: 'Tom Okafor' });
    const owned = [
      aWorkflowStep({ id: fixtureId('o-1'), order: 1, owner: participantOwner(ana.id) }),
      aWorkflowStep({
        id: fixtureId('o-2'),
        order: 2,
        owner: { kind: 'stakeholder', stakeholderId: tom.id },
      }),
      aWorkflowStep({ id: fixtureId('o-3'), order: 3, owner: namedOwner('Facilities') }),
      aWorkflowStep({ id: fixtureId('o-4'), order: 4 }),
    ];
    const graph = canvasGraph(
      aWorkshop({ participants: [ana], stakeholders: [tom], workflow: { steps: owned, changes: [] } }),
      'workflow',
    );
    expect(graph.nodes.map((node) => (node.type === 'step' ? node.owner : null))).toEqual([
      'Ana Ruiz',
      'Tom Okafor',
      'Facilities',
      '',
    ]);
  });

  it('lists the current lane, then the future lane, each in step order', () => {
    const graph = canvasGraph(aWorkshop({ workflow: { steps, changes: [] } }), 'workflow');
    expect(graph.canvas).toBe('workflow');
    expect(graph.title).toBe(CANVAS_LABELS.workflow);
    expect(graph.nodes.map((node) => node.id)).toEqual(['c-1', 'c-2', 'c-3', 'f-1', 'f-2']);
    expect(graph.nodes.map((node) => (node.type === 'step' ? node.lane : node.type))).toEqual([
      'current',
      'current',
      'current',
      'future',
      'future',
    ]);
  });

  it('places unplaced steps in their lane by order, and uses saved positions', () => {
    const workshop = withPositions(aWorkshop({ workflow: { steps, changes: [] } }), 'workflow', {
      'c-2': { x: 1234, y: 56 },
    });
    const graph = canvasGraph(workshop, 'workflow');
    expect(placeOf(nodeById(graph, 'c-1'))).toEqual(defaultStepPosition('current', 0));
    expect(placeOf(nodeById(graph, 'c-2'))).toEqual({ x: 1234, y: 56 });
    expect(placeOf(nodeById(graph, 'c-3'))).toEqual(defaultStepPosition('current', 2));
    expect(placeOf(nodeById(graph, 'f-1'))).toEqual(defaultStepPosition('future', 0));
    expect(placeOf(nodeById(graph, 'f-2'))).toEqual(defaultStepPosition('future', 1));
    expect(defaultStepPosition('future', 0).y).toBeGreaterThan(defaultStepPosition('current', 0).y);
  });

  it('makes an edge only of a change with both ends, labelled by its status', () => {
    const changes = [
      aWorkflowChange({
        id: fixtureId('both'),
        fromStepId: currentFirst.id,
        toStepId: futureFirst.id,
        status: 'agreed',
      }),
      aWorkflowChange({ id: fixtureId('new-step'), fromStepId: null, toStepId: futureSecond.id }),
      aWorkflowChange({ id: fixtureId('gone-step'), fromStepId: currentThird.id, toStepId: null }),
      aWorkflowChange({ id: fixtureId('nowhere') }),
    ];
    const graph = canvasGraph(aWorkshop({ workflow: { steps, changes } }), 'workflow');
    expect(graph.edges).toEqual([
      { id: 'both', source: 'c-1', target: 'f-1', label: 'Agreed', kind: 'change' },
    ]);
  });

  it('names the owner of a step, whether a participant or someone named', () => {
    const dana = aParticipant({ id: fixtureId('dana'), name: 'Dana Okafor' });
    const ownedSteps = [
      aWorkflowStep({ id: fixtureId('s-1'), order: 1, owner: participantOwner(dana.id) }),
      aWorkflowStep({ id: fixtureId('s-2'), order: 2, owner: namedOwner('Finance director') }),
      aWorkflowStep({ id: fixtureId('s-3'), order: 3 }),
      aWorkflowStep({ id: fixtureId('s-4'), order: 4, owner: participantOwner(fixtureId('left-the-room')) }),
    ];
    const graph = canvasGraph(
      aWorkshop({ participants: [dana], workflow: { steps: ownedSteps, changes: [] } }),
      'workflow',
    );
    expect(graph.nodes.map((node) => (node.type === 'step' ? node.owner : null))).toEqual([
      'Dana Okafor',
      'Finance director',
      '',
      '',
    ]);
  });
});

describe('canvasGraph: the data map', () => {
  const eve = aParticipant({ id: fixtureId('eve'), name: 'Eve Lindqvist' });
  const policy = aDataSource({
    id: fixtureId('policy'),
    system: 'Policy admin',
    owner: participantOwner(eve.id),
    readiness: 'ready',
    feedType: 'stream',
    automated: true,
  });
  const claims = aDataSource({ id: fixtureId('claims'), system: 'Claims', owner: namedOwner('Claims IT') });
  const email = aDataSource({ id: fixtureId('email'), system: 'Email inbox', readiness: 'not-ready' });

  it('draws each source flowing into one AI system node', () => {
    const workshop = aWorkshop({ participants: [eve], dataSources: [policy, claims, email] });
    const graph = canvasGraph(
      { ...workshop, meta: { ...workshop.meta, initiative: '  Claims triage assistant ' } },
      'dataMap',
    );
    expect(graph.canvas).toBe('dataMap');
    expect(graph.title).toBe(CANVAS_LABELS.dataMap);
    expect(graph.nodes.filter((node) => node.type === 'aiSystem')).toEqual([
      {
        type: 'aiSystem',
        id: AI_SYSTEM_NODE_ID,
        ...defaultAiSystemPosition(3),
        title: 'Claims triage assistant',
      },
    ]);
    expect(graph.edges).toEqual(
      ['policy', 'claims', 'email'].map((id) => ({
        id: `flow-${id}`,
        source: id,
        target: AI_SYSTEM_NODE_ID,
        label: '',
        kind: 'flow',
      })),
    );
    expect(new Set(graph.edges.map((edge) => edge.id)).size).toBe(3);
  });

  it('shows readiness, feed and owner on each source', () => {
    const graph = canvasGraph(
      aWorkshop({ participants: [eve], dataSources: [policy, claims, email] }),
      'dataMap',
    );
    expect(nodeById(graph, 'policy')).toEqual({
      type: 'dataSource',
      id: 'policy',
      ...defaultSourcePosition(0),
      system: 'Policy admin',
      owner: 'Eve Lindqvist',
      readiness: 'ready',
      feedType: 'stream',
      automated: true,
    });
    expect(nodeById(graph, 'claims')).toMatchObject({ owner: 'Claims IT', ...defaultSourcePosition(1) });
    expect(nodeById(graph, 'email')).toMatchObject({ owner: '', readiness: 'not-ready' });
  });

  it('calls the AI system by a plain name when the initiative is not filled in', () => {
    const graph = canvasGraph(aWorkshop({ dataSources: [] }), 'dataMap');
    expect(graph.nodes).toEqual([
      { type: 'aiSystem', id: AI_SYSTEM_NODE_ID, ...defaultAiSystemPosition(0), title: 'The AI system' },
    ]);
    expect(graph.edges).toEqual([]);
  });

  it('uses saved positions for sources and for the AI system', () => {
    const workshop = withPositions(aWorkshop({ dataSources: [policy, claims] }), 'dataMap', {
      claims: { x: -300, y: 75 },
      [AI_SYSTEM_NODE_ID]: { x: 800, y: 10 },
    });
    const graph = canvasGraph(workshop, 'dataMap');
    expect(placeOf(nodeById(graph, 'policy'))).toEqual(defaultSourcePosition(0));
    expect(placeOf(nodeById(graph, 'claims'))).toEqual({ x: -300, y: 75 });
    expect(placeOf(nodeById(graph, AI_SYSTEM_NODE_ID))).toEqual({ x: 800, y: 10 });
  });

  it('keeps the AI system id apart from any valid data-source id', () => {
    // Ids start with a letter or digit and may contain "-", so "ai-system" is a valid id; the
    // data map must still have exactly one AI-system node.
    expect(ID_PATTERN.test(AI_SYSTEM_NODE_ID)).toBe(true);
    const graph = canvasGraph(aWorkshop({ dataSources: [policy] }), 'dataMap');
    expect(graph.nodes.filter((node) => node.id === AI_SYSTEM_NODE_ID)).toHaveLength(1);
  });
});

describe('canvasGraph: privacy', () => {
  const MARKER = 'SECRET-MARKER-7f3a';

  it('never carries concerns, likely workarounds, notes or change descriptions on any canvas', () => {
    const alice = aStakeholder({
      name: 'Alice',
      concerns: `${MARKER} worried about her job`,
      likelyWorkarounds: `${MARKER} keeps a private spreadsheet`,
    });
    const bob = aStakeholder({ name: 'Bob', concerns: MARKER, likelyWorkarounds: MARKER });
    const from = aWorkflowStep({ lane: 'current', order: 1 });
    const to = aWorkflowStep({ lane: 'future', order: 1 });
    const workshop = aWorkshop({
      stakeholders: [alice, bob],
      relationships: [aRelationship({ from: alice.id, to: bob.id })],
      workflow: {
        steps: [from, to],
        changes: [
          aWorkflowChange({
            fromStepId: from.id,
            toStepId: to.id,
            concern: `${MARKER} in the change`,
            likelyWorkaround: `${MARKER} workaround`,
            description: `${MARKER} description`,
            coDesignerStakeholderId: alice.id,
          }),
        ],
      },
      dataSources: [aDataSource({ notes: `${MARKER} notes` })],
      facilitatorNotes: MARKER,
    });
    for (const canvas of CANVAS_NAMES) {
      const text = JSON.stringify(canvasGraph(workshop, canvas));
      expect(text, canvas).not.toContain(MARKER);
    }
    // The marker is really in the document, so the check above could fail.
    expect(serialiseWorkshop(workshop)).toContain(MARKER);
  });
});

describe('canvasGraph: every graph is valid', () => {
  it('validates for the large workshop, on every canvas', () => {
    const workshop = generateLargeWorkshop();
    for (const canvas of CANVAS_NAMES) {
      const graph = canvasGraph(workshop, canvas);
      const result = CanvasGraphSchema.safeParse(graph);
      expect(result.success, `${canvas}: ${result.error?.message ?? ''}`).toBe(true);
      expect(graph.nodes.length).toBeGreaterThan(0);
    }
  });

  it('validates for the large stakeholder map of the canvas bench', () => {
    const workshop = generateLargeWorkshop({ stakeholders: 500, relationships: 800 });
    const graph = canvasGraph(workshop, 'stakeholders');
    expect(CanvasGraphSchema.safeParse(graph).success).toBe(true);
    expect(graph.nodes).toHaveLength(500);
    expect(graph.edges).toHaveLength(800);
  });

  it('validates for any valid workshop, on every canvas', () => {
    fc.assert(
      fc.property(anyWorkshop(), fc.constantFrom(...CANVAS_NAMES), (workshop, canvas) => {
        const result = CanvasGraphSchema.safeParse(canvasGraph(workshop, canvas));
        expect(result.success, result.error?.message).toBe(true);
      }),
    );
  });

  it('validates when every text and id is as long as a workshop file allows', () => {
    const long = (letter: string) => letter.repeat(SHORT_TEXT_LIMIT);
    const longId = (letter: string) => fixtureId(letter.repeat(100));
    const dana = aParticipant({ id: longId('p'), name: long('d') });
    const alice = aStakeholder({ id: longId('a'), name: long('n'), role: long('r'), team: long('t') });
    const bob = aStakeholder({ id: longId('b') });
    const from = aWorkflowStep({
      id: longId('c'),
      title: long('s'),
      team: long('t'),
      owner: participantOwner(dana.id),
    });
    const to = aWorkflowStep({ id: longId('f'), lane: 'future', owner: namedOwner(long('o')) });
    const workshop = aWorkshop({
      participants: [dana],
      stakeholders: [alice, bob],
      relationships: [aRelationship({ id: longId('r'), from: alice.id, to: bob.id, label: long('l') })],
      workflow: {
        steps: [from, to],
        changes: [aWorkflowChange({ id: longId('x'), fromStepId: from.id, toStepId: to.id })],
      },
      dataSources: [aDataSource({ id: longId('s'), system: long('y'), owner: namedOwner(long('o')) })],
    });
    const withInitiative = { ...workshop, meta: { ...workshop.meta, initiative: long('i') } };
    // The document itself is valid: it survives a save and a load.
    const reopened = parseWorkshopFile(serialiseWorkshop(withInitiative), 'long.readyroom');
    expect(reopened.ok).toBe(true);
    for (const canvas of CANVAS_NAMES) {
      const result = CanvasGraphSchema.safeParse(canvasGraph(withInitiative, canvas));
      expect(result.success, `${canvas}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });
});

describe('canvasGraph: layout persistence', () => {
  it('ignores positions of stakeholders who were deleted', () => {
    const kept = aStakeholder({ id: fixtureId('kept') });
    const workshop = withPositions(aWorkshop({ stakeholders: [kept] }), 'stakeholders', {
      kept: { x: 10, y: 20 },
      deleted: { x: 500, y: 500 },
    });
    const graph = canvasGraph(workshop, 'stakeholders');
    expect(graph.nodes.map((node) => node.id)).toEqual(['kept']);
    expect(placeOf(nodeById(graph, 'kept'))).toEqual({ x: 10, y: 20 });
    expect(JSON.stringify(graph)).not.toContain('deleted');
  });

  it('keeps saved positions and viewport through a save and a load, and draws the same graph', () => {
    const people = [aStakeholder({ id: fixtureId('one') }), aStakeholder({ id: fixtureId('two') })];
    const base = aWorkshop({ stakeholders: people });
    const workshop: Workshop = {
      ...base,
      layout: {
        ...base.layout,
        stakeholders: {
          positions: { one: { x: 12.5, y: -340 }, two: { x: 9_000_000, y: 0 }, deleted: { x: 1, y: 2 } },
          viewport: { x: -120.25, y: 44, zoom: 0.35 },
        },
        workflow: { positions: {}, viewport: { x: 3, y: 4, zoom: 2 } },
      },
    };
    const reopened = parseWorkshopFile(serialiseWorkshop(workshop), 'layout.readyroom');
    if (!reopened.ok) throw new Error(reopened.problem.message);
    expect(reopened.workshop.layout).toEqual(workshop.layout);
    expect(canvasGraph(reopened.workshop, 'stakeholders')).toEqual(canvasGraph(workshop, 'stakeholders'));
  });

  it('keeps any layout through a save and a load', () => {
    fc.assert(
      fc.property(anyWorkshop(), (workshop) => {
        const reopened = parseWorkshopFile(serialiseWorkshop(workshop), 'any.readyroom');
        if (!reopened.ok) throw new Error(reopened.problem.message);
        expect(reopened.workshop.layout).toEqual(workshop.layout);
      }),
    );
  });
});
