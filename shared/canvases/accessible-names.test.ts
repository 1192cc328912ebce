import { describe, expect, it } from 'vitest';
import {
  aRelationship,
  aStakeholder,
  aWorkflowStep,
  aWorkshop,
  fixtureId,
} from '../../test/fixtures/builders';
import { byId, changeLineName, graphEdgeName, relationshipLineName } from './accessible-names';
import { canvasGraph } from './canvas-graph';

const ana = aStakeholder({ id: fixtureId('ana'), name: 'Ana Lopez', role: 'Claims team lead' });
const ben = aStakeholder({ id: fixtureId('ben'), name: '  ', role: 'Head of operations' });

describe('screen-reader names of canvas lines', () => {
  it('say who is connected to whom, by name, never by id', () => {
    const influences = aRelationship({ from: ana.id, to: ben.id, type: 'influences', label: '' });
    expect(relationshipLineName(influences, byId([ana, ben]))).toBe(
      'Ana Lopez influences Head of operations',
    );
    const ownWords = aRelationship({ from: ben.id, to: ana.id, type: 'influences', label: 'signs off for' });
    expect(relationshipLineName(ownWords, byId([ana, ben]))).toBe(
      'Head of operations signs off for Ana Lopez',
    );
  });

  it('name a workflow change by its two steps and how far it has come', () => {
    const steps = [
      aWorkflowStep({ id: fixtureId('today'), title: 'Clerk keys in the claim', lane: 'current' }),
      aWorkflowStep({ id: fixtureId('ai'), title: 'AI reads the claim', lane: 'future' }),
    ];
    expect(
      changeLineName(
        { fromStepId: fixtureId('today'), toStepId: fixtureId('ai'), status: 'agreed' },
        byId(steps),
      ),
    ).toBe('Clerk keys in the claim changes to AI reads the claim (agreed)');
  });

  it('are the same on the read-only canvases, built from the graph', () => {
    const relationship = aRelationship({ from: ana.id, to: ben.id, type: 'reportsTo', label: '' });
    const graph = canvasGraph(
      aWorkshop({ stakeholders: [ana, ben], relationships: [relationship] }),
      'stakeholders',
    );
    const [edge] = graph.edges;
    if (edge === undefined) throw new Error('The map has no line.');
    expect(graphEdgeName(graph, edge)).toBe(relationshipLineName(relationship, byId([ana, ben])));
    expect(graphEdgeName(graph, edge)).not.toContain(ana.id);
  });
});
