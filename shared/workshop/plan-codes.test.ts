import { describe, expect, it } from 'vitest';
import { anAction, aRisk, aWorkshop } from '../../test/fixtures/builders';
import { planCode, planCodes } from './plan-codes';

describe('planCodes', () => {
  it('numbers actions A1, A2… and risks R1, R2… in the order of their lists', () => {
    const actions = [anAction(), anAction(), anAction()];
    const risks = [aRisk(), aRisk()];
    const codes = planCodes(aWorkshop({ actions, risks }));

    expect(actions.map((action) => codes.actions.get(action.id))).toEqual(['A1', 'A2', 'A3']);
    expect(risks.map((risk) => codes.risks.get(risk.id))).toEqual(['R1', 'R2']);
  });

  it('gives one code from a position', () => {
    expect(planCode('risk', 2)).toBe('R3');
    expect(planCode('action', 0)).toBe('A1');
  });
});
