import { choiceLabels, text } from '../../../../shared/text';
import { SHORT_TEXT_LIMIT } from '../../../../shared/workshop/fields';
import { PILOT_CONDITIONS } from '../../../../shared/workshop/retrospective';
import type { SuggestedRisk } from '../../../../shared/workshop/risk-suggestions';
import {
  RISK_BANDS,
  riskBand,
  riskScore,
  type Risk,
  type RiskSource,
} from '../../../../shared/workshop/risks';
import type { Workshop } from '../../../../shared/workshop/workshop';
import type { Choice } from '../shared/fields';

/** The parts of a workshop a risk's source can point at. */
export type RiskSourceRecords = Pick<Workshop, 'stakeholders' | 'dataSources' | 'workflow'>;

function pilotConditionLabel(id: string): string {
  return PILOT_CONDITIONS.find((condition) => condition.id === id)?.label ?? id;
}

/** Where a risk came from, in words: "From the stakeholder map: Daniel Price". */
export function riskSourceText(source: RiskSource, records: RiskSourceRecords): string {
  switch (source.kind) {
    case 'stakeholder': {
      const name = records.stakeholders.find((entry) => entry.id === source.stakeholderId)?.name.trim();
      return text('stage.actions.risks.fromStakeholder', {
        name: name || text('stage.actions.risks.someone'),
      });
    }
    case 'workflowChange': {
      const change = records.workflow.changes.find((entry) => entry.id === source.workflowChangeId);
      return text('stage.actions.risks.fromWorkflowChange', {
        name: change?.description.trim() || text('stage.actions.risks.aChange'),
      });
    }
    case 'dataSource': {
      const system = records.dataSources.find((entry) => entry.id === source.dataSourceId)?.system.trim();
      return text('stage.actions.risks.fromDataSource', {
        name: system || text('stage.actions.risks.aSystem'),
      });
    }
    case 'pilotCondition':
      return text('stage.actions.risks.fromPilotCondition', {
        name: pilotConditionLabel(source.conditionId),
      });
    case 'manual':
      return text('stage.actions.risks.writtenInTheRoom');
  }
}

/** The title a suggested risk gets when added, in the room's words, cut to fit a title. */
export function suggestedRiskTitle(suggestion: SuggestedRisk): string {
  const { subject, detail } = suggestion;
  const title = (() => {
    switch (suggestion.reason) {
      case 'stakeholder-concern':
        return detail === ''
          ? text('stage.actions.risks.stakeholderResists', {
              name: subject || text('stage.actions.risks.someone'),
            })
          : text('stage.actions.risks.stakeholderConcern', {
              name: subject || text('stage.actions.risks.someone'),
              detail,
            });
      case 'stakeholder-workaround':
        return text('stage.actions.risks.stakeholderWorkaround', {
          name: subject || text('stage.actions.risks.someone'),
          detail,
        });
      case 'change-workaround':
        return text('stage.actions.risks.changeWorkaround', {
          subject: subject || text('stage.actions.risks.aChange'),
          detail,
        });
      case 'data-at-risk':
        return text('stage.actions.risks.dataAtRisk', {
          subject: subject || text('stage.actions.risks.aSystem'),
        });
      case 'pilot-condition-vanishes':
        return text('stage.actions.risks.pilotConditionVanishes', { subject: pilotConditionLabel(subject) });
    }
  })();
  return title.length <= SHORT_TEXT_LIMIT ? title : `${title.slice(0, SHORT_TEXT_LIMIT - 1)}…`;
}

/** A risk's score and band in words, so the band is never told by colour alone. */
export function riskScoreText(risk: Pick<Risk, 'likelihood' | 'impact'>): string {
  const score = riskScore(risk);
  return text('stage.actions.risks.score', {
    score,
    band: choiceLabels('riskBand', RISK_BANDS)[riskBand(score)],
  });
}

/** A risk's two scales, each rated from 1 to 5. */
type Scale = 'likelihood' | 'impact';

/** The words of the five levels, lowest first, on each scale. */
function levelWords(): readonly Readonly<Record<Scale, string>>[] {
  return [
    { likelihood: text('stage.actions.risks.likelihood1'), impact: text('stage.actions.risks.impact1') },
    { likelihood: text('stage.actions.risks.likelihood2'), impact: text('stage.actions.risks.impact2') },
    { likelihood: text('stage.actions.risks.likelihood3'), impact: text('stage.actions.risks.impact3') },
    { likelihood: text('stage.actions.risks.likelihood4'), impact: text('stage.actions.risks.impact4') },
    { likelihood: text('stage.actions.risks.likelihood5'), impact: text('stage.actions.risks.impact5') },
  ];
}

/** The five levels of one scale, for a select: the number and its words. */
function levelChoices(scale: Scale): readonly Choice<string>[] {
  return levelWords().map((words, index) => ({
    value: String(index + 1),
    label: text('stage.actions.risks.level', { level: index + 1, words: words[scale] }),
  }));
}

/** The words of the five likelihood levels, for a select. */
export function likelihoodChoices(): readonly Choice<string>[] {
  return levelChoices('likelihood');
}

/** The words of the five impact levels, for a select. */
export function impactChoices(): readonly Choice<string>[] {
  return levelChoices('impact');
}
