import { describe, expect, it } from 'vitest';
import { formatFieldPath } from './value-problems';

describe('formatFieldPath', () => {
  it.each([
    [['stakeholders', 3, 'impact'], 'stakeholders[3].impact'],
    [['readiness', 'finalAnswers', 'buyIn', 'answer'], 'readiness.finalAnswers.buyIn.answer'],
    [['layout', 'workflow', 'positions', 'step 1'], 'layout.workflow.positions["step 1"]'],
    [['layout', 'workflow', 'positions', '0a-b'], 'layout.workflow.positions["0a-b"]'],
    [[], '(the whole document)'],
  ])('writes %j as %s', (path, expected) => {
    expect(formatFieldPath(path)).toBe(expected);
  });

  it('shortens very long keys', () => {
    expect(formatFieldPath(['meta', 'x'.repeat(500)])).toBe(`meta["${'x'.repeat(60)}…"]`);
  });
});
