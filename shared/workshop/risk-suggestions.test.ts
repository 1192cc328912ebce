import { describe, expect, it } from 'vitest';
import { buildSampleWorkshop } from '../../test/fixtures/build-sample-workshop';
import { aDataSource, aRisk, aStakeholder, aWorkflowChange, aWorkshop } from '../../test/fixtures/builders';
import { riskSourceKey, suggestRisks } from './risk-suggestions';
import { riskScore } from './risks';

describe('suggestRisks', () => {
  it('offers nothing for a workshop where the room said nothing worrying', () => {
    expect(suggestRisks(aWorkshop())).toEqual([]);
    expect(suggestRisks(aWorkshop({ stakeholders: [aStakeholder({ stance: 'champion' })] }))).toEqual([]);
  });

  it('turns a blocker with a likely workaround into a likely, high-impact risk', () => {
    const kwame = aStakeholder({
      name: 'Kwame Mensah',
      stance: 'blocker',
      impact: 4,
      influence: 5,
      concerns: 'Large losses sent to the wrong team',
      likelyWorkarounds: 'Re-triaging by hand',
    });
    expect(suggestRisks(aWorkshop({ stakeholders: [kwame] }))).toEqual([
      {
        key: `stakeholder:${kwame.id}`,
        source: { kind: 'stakeholder', stakeholderId: kwame.id },
        reason: 'stakeholder-workaround',
        subject: 'Kwame Mensah',
        detail: 'Re-triaging by hand',
        likelihood: 5,
        impact: 5,
      },
    ]);
  });

  it('offers a sceptic’s concern, less likely than a blocker’s', () => {
    const [suggestion] = suggestRisks(
      aWorkshop({
        stakeholders: [aStakeholder({ stance: 'sceptic', concerns: 'Targets', impact: 2, influence: 3 })],
      }),
    );
    expect(suggestion).toMatchObject({
      reason: 'stakeholder-concern',
      detail: 'Targets',
      likelihood: 4,
      impact: 3,
    });
  });

  it('rates a workaround of a co-designed change as less likely, and skips rejected changes', () => {
    const alone = aWorkflowChange({
      likelyWorkaround: 'A private spreadsheet',
      description: 'Suggestions at arrival',
    });
    const coDesigned = aWorkflowChange({
      likelyWorkaround: 'Editing every record',
      coDesignerStakeholderId: aStakeholder().id,
    });
    const rejected = aWorkflowChange({ likelyWorkaround: 'Anything', status: 'rejected' });
    const suggestions = suggestRisks(
      aWorkshop({ workflow: { steps: [], changes: [alone, coDesigned, rejected] } }),
    );
    expect(suggestions.map((entry) => [entry.source, entry.likelihood])).toEqual([
      [{ kind: 'workflowChange', workflowChangeId: alone.id }, 4],
      [{ kind: 'workflowChange', workflowChangeId: coDesigned.id }, 2],
    ]);
    expect(suggestions[0]).toMatchObject({ reason: 'change-workaround', subject: 'Suggestions at arrival' });
  });

  it('offers data sources at risk at scale: not ready, partly ready, or fed by hand', () => {
    const notReady = aDataSource({ system: 'Photos', readiness: 'not-ready', automated: false });
    const partial = aDataSource({ system: 'Fraud', readiness: 'partial', automated: true });
    const manualButReady = aDataSource({ system: 'Vehicles', readiness: 'ready', automated: false });
    const fine = aDataSource({ system: 'Policies', readiness: 'ready', automated: true });
    const suggestions = suggestRisks(aWorkshop({ dataSources: [fine, manualButReady, partial, notReady] }));
    expect(suggestions.map((entry) => [entry.subject, entry.likelihood, entry.impact])).toEqual([
      ['Photos', 5, 5],
      // Equal scores keep the order of the data sources.
      ['Vehicles', 4, 3],
      ['Fraud', 3, 4],
    ]);
  });

  it('offers the pilot conditions that vanish at scale, wholly or partly', () => {
    const workshop = aWorkshop();
    const retrospective = {
      ...workshop.retrospective,
      conditions: {
        ...workshop.retrospective.conditions,
        curatedData: { vanishesAtScale: 'yes' as const, notes: 'Cleaned by hand' },
        closeSponsor: { vanishesAtScale: 'partly' as const, notes: '' },
        forgivingTimeline: { vanishesAtScale: 'no' as const, notes: '' },
      },
    };
    expect(
      suggestRisks({ ...workshop, retrospective }).map((entry) => [
        entry.subject,
        entry.likelihood,
        entry.impact,
      ]),
    ).toEqual([
      ['curatedData', 4, 4],
      ['closeSponsor', 3, 3],
    ]);
  });

  it('does not offer a source again once a risk has it, and puts the most serious first', () => {
    const workshop = buildSampleWorkshop();
    const all = suggestRisks({ ...workshop, risks: [] });
    const scores = all.map(riskScore);
    expect(scores).toEqual([...scores].sort((first, second) => second - first));

    const remaining = suggestRisks(workshop);
    const taken = new Set(workshop.risks.map((risk) => riskSourceKey(risk.source)));
    expect(remaining.length).toBeLessThan(all.length);
    expect(remaining.some((entry) => taken.has(entry.key))).toBe(false);
    const [first] = all;
    if (first === undefined) throw new Error('the sample suggests risks');
    expect(suggestRisks({ ...workshop, risks: [aRisk({ source: first.source })] })).not.toContainEqual(first);
  });
});
