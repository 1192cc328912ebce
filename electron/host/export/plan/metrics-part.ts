import { TextRun } from 'docx';
import type { Metric, MetricLayer } from '../../../../shared/workshop';
import { type PlanContext, type PlanPart, planPart } from './context';
import { type Block, dataTable, paragraph, richCell, textOrNotSet, textRuns, titled } from './elements';
import { hasText } from './format';
import type { PeopleIndex } from './people';
import { COLOURS, STYLE, TEXT_WIDTH } from './styles';

const layers: readonly { layer: MetricLayer; title: string; purpose: string }[] = [
  { layer: 'process', title: 'Process metrics', purpose: 'Is the AI performing on real work?' },
  {
    layer: 'outcome',
    title: 'Outcome metrics',
    purpose: 'Is the business better off, in revenue, cost or risk?',
  },
];

/**
 * Metrics in two layers, each a table with baseline, target, owner, source and how often
 * it is reviewed. A missing baseline, target or owner shows as "Not set".
 */
export function metricsPart(context: PlanContext): PlanPart | undefined {
  const { metrics } = context.workshop;
  if (metrics.length === 0) {
    return undefined;
  }
  return planPart('Metrics', [
    paragraph([
      new TextRun(
        'Success is measured in two layers, agreed before scaling: process metrics show whether the AI performs, and outcome metrics show whether the business is better off.',
      ),
    ]),
    ...layers.flatMap(({ layer, title, purpose }) => {
      const inLayer = metrics.filter((metric) => metric.layer === layer);
      return titled(
        2,
        title,
        inLayer.length === 0
          ? []
          : [
              paragraph([new TextRun({ text: purpose, italics: true })]),
              metricsTable(inLayer, context.people),
            ],
      );
    }),
  ]);
}

function metricsTable(metrics: readonly Metric[], people: PeopleIndex): Block {
  return dataTable<Metric>(
    [
      {
        heading: 'Metric',
        width: 2.4,
        cell: (metric) =>
          richCell([
            [
              new TextRun({
                text: hasText(metric.name) ? metric.name.trim() : 'Unnamed metric',
                style: STYLE.strong,
              }),
            ],
            ...(hasText(metric.definition) ? [textRuns(metric.definition, { color: COLOURS.muted })] : []),
          ]),
      },
      { heading: 'Baseline', width: 1.2, cell: (metric) => textOrNotSet(metric.baseline) },
      { heading: 'Target', width: 1.1, cell: (metric) => textOrNotSet(metric.target) },
      { heading: 'Unit', width: 1.1, cell: (metric) => metric.unit.trim() },
      {
        heading: 'Owner',
        width: 1.3,
        cell: (metric) => {
          const owner = people.owner(metric.owner);
          return textOrNotSet(owner.kind === 'named' ? owner.name : undefined);
        },
      },
      { heading: 'Source', width: 1.3, cell: (metric) => metric.source.trim() },
      { heading: 'Review', width: 0.9, cell: (metric) => metric.cadence.trim() },
    ],
    metrics,
    TEXT_WIDTH.portrait,
  );
}
