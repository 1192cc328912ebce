import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { anAction, aRisk, aStakeholder, aWorkshop, fixtureId } from '../../test/fixtures/builders';
import type { ActionId, RiskId } from './ids';
import { danglingPlanReferences, forgetPlanReferences } from './plan-references';

const bea = aStakeholder({ name: 'Bea' });
const riskId: RiskId = fixtureId('risk-feed');
const actionId: ActionId = fixtureId('action-feed');
const workshop = aWorkshop({
  stakeholders: [bea],
  actions: [
    anAction({
      id: actionId,
      addresses: [
        { kind: 'gap', questionId: 'data' },
        { kind: 'risk', riskId },
        { kind: 'stakeholder', stakeholderId: bea.id },
      ],
    }),
  ],
  risks: [
    aRisk({
      id: riskId,
      source: { kind: 'stakeholder', stakeholderId: bea.id },
      mitigatingActionId: actionId,
    }),
  ],
});

describe('forgetPlanReferences', () => {
  it('drops links to a removed stakeholder and makes a risk drawn from them one written in the room', () => {
    const after = produce(workshop, (draft) =>
      forgetPlanReferences(draft, { kind: 'stakeholder', stakeholderId: bea.id }),
    );
    expect(after.actions[0]?.addresses).toEqual([
      { kind: 'gap', questionId: 'data' },
      { kind: 'risk', riskId },
    ]);
    expect(after.risks[0]?.source).toEqual({ kind: 'manual' });
    expect(after.risks[0]?.title).toBe(workshop.risks[0]?.title);
  });

  it('clears the mitigating action of a risk when the action goes, and links to a removed risk', () => {
    const withoutAction = produce(workshop, (draft) =>
      forgetPlanReferences(draft, { kind: 'action', actionId }),
    );
    expect(withoutAction.risks[0]?.mitigatingActionId).toBeNull();
    const withoutRisk = produce(workshop, (draft) => forgetPlanReferences(draft, { kind: 'risk', riskId }));
    expect(withoutRisk.actions[0]?.addresses.map((link) => link.kind)).toEqual(['gap', 'stakeholder']);
  });

  it('changes nothing that does not point at the removed record', () => {
    const after = produce(workshop, (draft) =>
      forgetPlanReferences(draft, { kind: 'dataSource', dataSourceId: fixtureId('data-source-other') }),
    );
    expect(after).toBe(workshop);
  });
});

describe('danglingPlanReferences', () => {
  it('finds nothing while every record the plan points at is there', () => {
    expect(danglingPlanReferences(workshop)).toEqual([]);
  });

  it('names each record that is gone once, whichever part of the plan points at it', () => {
    const gone = produce(workshop, (draft) => {
      draft.stakeholders = [];
      draft.actions[0]?.addresses.push({ kind: 'stakeholder', stakeholderId: bea.id });
    });
    expect(danglingPlanReferences(gone)).toEqual([{ kind: 'stakeholder', stakeholderId: bea.id }]);
    const noAction = produce(workshop, (draft) => {
      draft.actions = [];
    });
    expect(danglingPlanReferences(noAction)).toEqual([{ kind: 'action', actionId }]);
  });
});
