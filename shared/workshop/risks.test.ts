import { describe, expect, it } from 'vitest';
import { RiskIdSchema } from './ids';
import { blankRisk, riskBand, riskScore, RiskSchema, type RiskBand } from './risks';

const levels = [1, 2, 3, 4, 5] as const;

/** The bands as the method writes them: 1–4 green, 5–9 amber, 10–15 red-amber, 16–25 red. */
function bandByTheMethod(score: number): RiskBand {
  if (score <= 4) return 'green';
  if (score <= 9) return 'amber';
  if (score <= 15) return 'red-amber';
  return 'red';
}

describe('riskScore and riskBand', () => {
  it.each(levels.flatMap((likelihood) => levels.map((impact) => [likelihood, impact] as const)))(
    'scores likelihood %i × impact %i and bands it',
    (likelihood, impact) => {
      const score = riskScore({ likelihood, impact });
      expect(score).toBe(likelihood * impact);
      expect(riskBand(score)).toBe(bandByTheMethod(score));
    },
  );

  it('puts every boundary in the right band', () => {
    expect([1, 4, 5, 9, 10, 15, 16, 25].map(riskBand)).toEqual([
      'green',
      'green',
      'amber',
      'amber',
      'red-amber',
      'red-amber',
      'red',
      'red',
    ]);
  });

  it('reaches every band from the 5 × 5 grid, and no score the grid cannot make', () => {
    const scores = new Set(levels.flatMap((likelihood) => levels.map((impact) => likelihood * impact)));
    expect(new Set([...scores].map(riskBand))).toEqual(new Set(['green', 'amber', 'red-amber', 'red']));
    expect(Math.min(...scores)).toBe(1);
    expect(Math.max(...scores)).toBe(25);
  });
});

describe('RiskSchema', () => {
  it('fills in a risk written by hand with middling likelihood and impact', () => {
    expect(RiskSchema.parse({ id: 'r1' })).toEqual(blankRisk(RiskIdSchema.parse('r1')));
  });

  it.each([0, 6, 2.5])('refuses a likelihood of %s', (likelihood) => {
    expect(RiskSchema.safeParse({ id: 'r1', likelihood }).success).toBe(false);
  });

  it('does not store a score or band', () => {
    expect(RiskSchema.safeParse({ id: 'r1', score: 9 }).success).toBe(false);
  });
});
