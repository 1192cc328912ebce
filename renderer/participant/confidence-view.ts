/**
 * "How sure are you?" under an answer, when the round asks: five buttons, 1 (not sure at all)
 * to 5 (very sure), pressed as chosen. Optional: a phone that never taps one still voted.
 */
import { text } from '../../shared/text';
import type { QuestionId } from '../../shared/voting/room-protocol';
import { h } from './dom';

export const CONFIDENCE_VALUES = [1, 2, 3, 4, 5] as const;

/** The choice for one question; `chosen` is this phone's value (or the one on its way). */
export function confidenceChoice(questionId: QuestionId, chosen: number | undefined): Node {
  const legendId = `sure-${questionId}`;
  return h(
    'div',
    {
      class: 'confidence',
      role: 'group',
      'aria-labelledby': legendId,
      'aria-describedby': `${legendId}-scale`,
    },
    h('p', { id: legendId, class: 'confidence-legend' }, text('phone.confidence.legend')),
    h(
      'div',
      { class: 'confidence-scale' },
      ...CONFIDENCE_VALUES.map((value) =>
        h(
          'button',
          {
            type: 'button',
            class: 'sure',
            'data-question': questionId,
            'data-confidence': String(value),
            'data-focus-key': `${questionId}-sure-${value}`,
            'aria-pressed': String(chosen === value),
            'aria-label': text('phone.confidence.choice', { value }),
          },
          String(value),
        ),
      ),
    ),
    h('p', { id: `${legendId}-scale`, class: 'hint' }, text('phone.confidence.scale')),
  );
}
