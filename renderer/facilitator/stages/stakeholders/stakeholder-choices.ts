import {
  RELATIONSHIP_LABELS,
  STAKEHOLDER_KIND_LABELS,
  STANCE_LABELS,
} from '../../../../shared/canvases/labels';
import { text } from '../../../../shared/text';
import {
  RELATIONSHIP_TYPES,
  STAKEHOLDER_KINDS,
  STANCES,
  type RelationshipType,
  type Stakeholder,
} from '../../../../shared/workshop';
import type { Choice } from '../shared/fields';

const SCORE_WORDS = [
  '',
  text('stage.stakeholders.veryLow'),
  'low',
  'medium',
  'high',
  text('stage.stakeholders.veryHigh'),
] as const;
export type Score = '1' | '2' | '3' | '4' | '5';
export const SCORE_CHOICES: readonly Choice<Score>[] = (['1', '2', '3', '4', '5'] as const).map((value) => ({
  value,
  label: `${value} — ${SCORE_WORDS[Number(value)]}`,
}));
export const STANCE_CHOICES: readonly Choice<Stakeholder['stance']>[] = STANCES.map((value) => ({
  value,
  label: `${STANCE_LABELS[value].symbol} ${STANCE_LABELS[value].text}`,
}));
export const KIND_CHOICES: readonly Choice<Stakeholder['kind']>[] = STAKEHOLDER_KINDS.map((value) => ({
  value,
  label: STAKEHOLDER_KIND_LABELS[value],
}));
export const RELATIONSHIP_CHOICES: readonly Choice<RelationshipType>[] = RELATIONSHIP_TYPES.map((value) => ({
  value,
  label: RELATIONSHIP_LABELS[value],
}));
