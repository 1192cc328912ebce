import { TextRun } from 'docx';
import { text } from '../../../../shared/text';
import type { Metric, MetricLayer } from '../../../../shared/workshop';
import { type PlanContext, type PlanPart, planPart } from './context';
import { type Block, dataTable, nameCell, paragraph, textLines, textOrNotSet, titled } from './elements';
import { ownerColumn, type PeopleIndex } from './people';
import { COLOURS, TEXT_WIDTH } from './styles';

const layers: readonly { layer: MetricLayer; title: string; purpose: string }[] = [
  { layer: 'process', title: text('plan.metrics.process'), purpose: text('plan.metrics.processPurpose') },
  { layer: 'outcome', title: text('plan.metrics.outcome'), purpose: text('plan.metrics.outcomePurpose') },
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
  return planPart(text('plan.metrics.title'), [
    paragraph([new TextRun(text('plan.metrics.intro'))]),
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
        heading: text('plan.metrics.column.metric'),
        width: 2.4,
        cell: (metric) =>
          nameCell(
            metric.name,
            text('plan.metrics.unnamed'),
            textLines(metric.definition, { color: COLOURS.muted }),
          ),
      },
      {
        heading: text('plan.metrics.column.baseline'),
        width: 1.2,
        cell: (metric) => textOrNotSet(metric.baseline),
      },
      {
        heading: text('plan.metrics.column.target'),
        width: 1.1,
        cell: (metric) => textOrNotSet(metric.target),
      },
      { heading: text('plan.metrics.column.unit'), width: 1.1, cell: (metric) => metric.unit.trim() },
      ownerColumn(text('plan.metrics.column.owner'), 1.3, people),
      { heading: text('plan.metrics.column.source'), width: 1.3, cell: (metric) => metric.source.trim() },
      { heading: text('plan.metrics.column.review'), width: 0.9, cell: (metric) => metric.cadence.trim() },
    ],
    metrics,
    TEXT_WIDTH.portrait,
  );
}
