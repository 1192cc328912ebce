import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { choice, kindUnion, longText, shortText, wholeNumber } from './fields';
import {
  ActionIdSchema,
  DataSourceIdSchema,
  RiskIdSchema,
  StakeholderIdSchema,
  WorkflowChangeIdSchema,
  type RiskId,
} from './ids';
import { ownerField } from './people';
import { PILOT_CONDITION_IDS, RISK_BANDS, RISK_SOURCE_KINDS } from './choices';

export { RISK_BANDS, RISK_SOURCE_KINDS };

/** Where a risk came from. */
export type RiskSourceKind = (typeof RISK_SOURCE_KINDS)[number];

/** The RAG band of a risk's score. */
export type RiskBand = (typeof RISK_BANDS)[number];

/**
 * Where a risk came from, with a reference to the record the room wrote it from: a
 * stakeholder (their concern, stance or likely workaround), a workflow change (its likely
 * workaround), a data source at risk at scale, a pilot condition that vanishes, or nothing
 * (`manual`: written by hand).
 */
export const RiskSourceSchema = kindUnion('a risk source', {
  stakeholder: { stakeholderId: StakeholderIdSchema },
  workflowChange: { workflowChangeId: WorkflowChangeIdSchema },
  dataSource: { dataSourceId: DataSourceIdSchema },
  pilotCondition: { conditionId: choice(PILOT_CONDITION_IDS) },
  manual: {},
});

/** Where a risk came from. */
export type RiskSource = DeepReadonly<z.output<typeof RiskSourceSchema>>;

/** Lowest and highest likelihood or impact. */
export const RISK_SCALE = { lowest: 1, highest: 5 } as const;

/**
 * One risk of the register. Its score (likelihood × impact) and band are not stored: they
 * are worked out by {@link riskScore} and {@link riskBand}, so they can never disagree.
 */
export const RiskSchema = z.strictObject({
  id: RiskIdSchema,
  title: shortText(),
  source: RiskSourceSchema.default(() => ({ kind: 'manual' as const })),
  /** How likely it is to happen, 1 (rare) to 5 (almost certain). */
  likelihood: wholeNumber(RISK_SCALE.lowest, RISK_SCALE.highest).default(3),
  /** How much harm it does if it happens, 1 (minor) to 5 (severe). */
  impact: wholeNumber(RISK_SCALE.lowest, RISK_SCALE.highest).default(3),
  owner: ownerField(),
  mitigation: longText(),
  /** The action that carries out the mitigation, if one does. */
  mitigatingActionId: ActionIdSchema.nullable().default(null),
});

/** One risk of the register. */
export type Risk = DeepReadonly<z.output<typeof RiskSchema>>;

/** A risk's score: likelihood × impact, 1 to 25. */
export function riskScore(risk: Pick<Risk, 'likelihood' | 'impact'>): number {
  return risk.likelihood * risk.impact;
}

/** The RAG band of a score: 1–4 green, 5–9 amber, 10–15 red-amber, 16–25 red. */
export function riskBand(score: number): RiskBand {
  if (score >= 16) return 'red';
  if (score >= 10) return 'red-amber';
  if (score >= 5) return 'amber';
  return 'green';
}

/** A new risk written in the room: no title yet, middling likelihood and impact, nobody owns it. */
export function blankRisk(id: RiskId): Risk {
  return {
    id,
    title: '',
    source: { kind: 'manual' },
    likelihood: 3,
    impact: 3,
    owner: { kind: 'none' },
    mitigation: '',
    mitigatingActionId: null,
  };
}
