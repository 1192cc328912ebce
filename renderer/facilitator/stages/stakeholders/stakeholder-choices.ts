import {
  RELATIONSHIP_LABELS,
  STAKEHOLDER_KIND_LABELS,
  STANCE_LABELS,
} from '../../../../shared/canvases/labels';
import { text } from '../../../../shared/text';
import { RELATIONSHIP_TYPES, STAKEHOLDER_KINDS, STANCES } from '../../../../shared/workshop';
import { choicesOf } from '../shared/fields';

const SCORE_WORDS = [
  '',
  text('stage.stakeholders.veryLow'),
  'low',
  'medium',
  'high',
  text('stage.stakeholders.veryHigh'),
] as const;
export type Score = '1' | '2' | '3' | '4' | '5';
export const SCORE_CHOICES = choicesOf(
  ['1', '2', '3', '4', '5'] as const,
  (value) => `${value} — ${SCORE_WORDS[Number(value)]}`,
);
export const STANCE_CHOICES = choicesOf(
  STANCES,
  (value) => `${STANCE_LABELS[value].symbol} ${STANCE_LABELS[value].text}`,
);
export const KIND_CHOICES = choicesOf(STAKEHOLDER_KINDS, (value) => STAKEHOLDER_KIND_LABELS[value]);
export const RELATIONSHIP_CHOICES = choicesOf(RELATIONSHIP_TYPES, (value) => RELATIONSHIP_LABELS[value]);
