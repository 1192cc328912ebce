import { TextRun } from 'docx';
import { choiceLabels, text } from '../../../../shared/text';
import {
  PILOT_CONDITIONS,
  RISK_BANDS,
  type Risk,
  type RiskBand,
  riskBand,
  riskScore,
  roomOriginOf,
  type Workshop,
} from '../../../../shared/workshop';
import { type PlanContext, type PlanPart, planPart } from './context';
import { type CellValue, dataTable, nameCell, note, paragraph, richCell, textOrNotSet } from './elements';
import { hasText } from './format';
import { ownerColumn } from './people';
import { PICTURE_BOXES, pictureWithCaption } from './pictures';
import { COLOURS, TEXT_WIDTH } from './styles';
import { actionsLine, type Traceability } from './traceability';

/** The band words, the same the app and the heat map use. */
export const RISK_BAND_LABELS = choiceLabels('riskBand', RISK_BANDS);

/** Each band's cell colours: the word is always written, the colour only repeats it. */
const BAND_COLOURS: Readonly<Record<RiskBand, { readonly ink: string; readonly fill: string }>> = {
  green: { ink: COLOURS.yes, fill: COLOURS.yesFill },
  amber: { ink: COLOURS.partly, fill: COLOURS.partlyFill },
  'red-amber': { ink: '9A4A12', fill: 'F9DCC8' },
  red: { ink: COLOURS.no, fill: COLOURS.noFill },
};

/** The risks, the most serious first (by score, then in the register's order). */
export function risksBySeverity(risks: readonly Risk[]): Risk[] {
  return risks
    .map((risk, index) => ({ risk, index }))
    .sort((first, second) => riskScore(second.risk) - riskScore(first.risk) || first.index - second.index)
    .map((entry) => entry.risk);
}

/** The alternative text of the heat map: how many risks fall in each band. */
export function heatMapDescription(risks: readonly Risk[]): string {
  const counts = new Map<RiskBand, number>();
  for (const risk of risks)
    counts.set(riskBand(riskScore(risk)), (counts.get(riskBand(riskScore(risk))) ?? 0) + 1);
  const bands = [...RISK_BANDS]
    .reverse()
    .filter((band) => (counts.get(band) ?? 0) > 0)
    .map((band) =>
      text('plan.heatMap.bandCount', {
        count: counts.get(band) ?? 0,
        band: RISK_BAND_LABELS[band].toLowerCase(),
      }),
    );
  return text('plan.heatMap.summary', { count: risks.length, bands: bands.join(', ') });
}

/**
 * The risk register, on landscape pages: the heat map, then every risk with its source,
 * likelihood, impact, score, band in words, owner, mitigation and the action that carries
 * the mitigation out; under each risk, the actions that address it.
 */
export function riskRegisterPart(context: PlanContext): PlanPart | undefined {
  const { workshop, trace, people } = context;
  if (workshop.risks.length === 0) return undefined;
  const actionsById = new Map(workshop.actions.map((action) => [action.id as string, action]));
  return planPart(
    text('plan.risks.title'),
    [
      paragraph([new TextRun(text('plan.risks.intro', { count: workshop.risks.length }))]),
      ...pictureWithCaption(
        context.pictures.riskHeatMap,
        text('plan.risks.heatMapCaption'),
        { maxWidth: PICTURE_BOXES.landscape.maxWidth, maxHeight: 360 },
        heatMapDescription(workshop.risks),
      ),
      dataTable<Risk>(
        [
          {
            heading: text('plan.risks.column.code'),
            width: 0.6,
            cell: (risk) => trace.codes.risks.get(risk.id) ?? '',
          },
          { heading: text('plan.risks.column.risk'), width: 3.2, cell: (risk) => riskCell(risk, trace) },
          {
            heading: text('plan.risks.column.source'),
            width: 2,
            cell: (risk) => sourceWords(risk, workshop),
          },
          {
            heading: text('plan.risks.column.likelihood'),
            width: 0.45,
            cell: (risk) => String(risk.likelihood),
          },
          { heading: text('plan.risks.column.impact'), width: 0.45, cell: (risk) => String(risk.impact) },
          { heading: text('plan.risks.column.score'), width: 0.65, cell: (risk) => String(riskScore(risk)) },
          {
            heading: text('plan.risks.column.band'),
            width: 1.1,
            cell: (risk) => bandCell(riskBand(riskScore(risk))),
          },
          ownerColumn(text('plan.risks.column.owner'), 1.4, people),
          {
            heading: text('plan.risks.column.mitigation'),
            width: 3,
            cell: (risk) => textOrNotSet(risk.mitigation),
          },
          {
            heading: text('plan.risks.column.linkedAction'),
            width: 0.9,
            cell: (risk) => {
              const action =
                risk.mitigatingActionId === null ? undefined : actionsById.get(risk.mitigatingActionId);
              return action === undefined ? '' : trace.actionCode(action);
            },
          },
        ],
        risksBySeverity(workshop.risks),
        TEXT_WIDTH.landscape,
      ),
      note(text('plan.risks.legend')),
    ],
    'landscape',
  );
}

function riskCell(risk: Risk, trace: Traceability): CellValue {
  return nameCell(risk.title, text('plan.risks.untitled'), [
    [new TextRun({ text: actionsLine(trace.actionsFor('risk', risk.id)), italics: true })],
  ]);
}

function bandCell(band: RiskBand): CellValue {
  const colours = BAND_COLOURS[band];
  return richCell(
    [[new TextRun({ text: RISK_BAND_LABELS[band], bold: true, color: colours.ink })]],
    colours.fill,
  );
}

/** Where a risk came from, in words. */
export function sourceWords(
  risk: Risk,
  workshop: Pick<Workshop, 'stakeholders' | 'workflow' | 'dataSources' | 'roomActivities'>,
): string {
  const { source } = risk;
  const named = (name: string | undefined) =>
    hasText(name) ? (name.trim().split(/\r?\n/)[0] ?? '') : text('plan.trace.unnamed');
  switch (source.kind) {
    case 'stakeholder':
      return text('plan.risks.source.stakeholder', {
        name: named(workshop.stakeholders.find((entry) => entry.id === source.stakeholderId)?.name),
      });
    case 'workflowChange':
      return text('plan.risks.source.workflowChange', {
        name: named(
          workshop.workflow.changes.find((entry) => entry.id === source.workflowChangeId)?.description,
        ),
      });
    case 'dataSource':
      return text('plan.risks.source.dataSource', {
        name: named(workshop.dataSources.find((entry) => entry.id === source.dataSourceId)?.system),
      });
    case 'pilotCondition':
      return text('plan.risks.source.pilotCondition', {
        name: named(PILOT_CONDITIONS.find((entry) => entry.id === source.conditionId)?.label),
      });
    case 'manual': {
      const origin = roomOriginOf(workshop, risk.id, 'risk');
      return origin === null
        ? text('plan.risks.source.manual')
        : text('plan.risks.source.writingRound', { prompt: origin.prompt });
    }
  }
}
