import { TextRun } from 'docx';
import { text } from '../../../../shared/text';
import type { DataReadiness, DataSource } from '../../../../shared/workshop';
import { DATA_CONTRASTS, DATA_READINESS_LEVELS } from '../../../../shared/workshop';
import { type PlanContext, type PlanPart, planPart } from './context';
import {
  type Block,
  type CellValue,
  type Column,
  dataTable,
  paragraph,
  nameCell,
  richCell,
  textLines,
  textRuns,
} from './elements';
import { hasText, joinWords, tally } from './format';
import { DATA_CONTRAST_LABELS, DATA_READINESS_LABELS, FEED_TYPE_LABELS } from './labels';
import { ownerColumn, type PeopleIndex } from './people';
import { PICTURE_BOXES, pictureWithCaption } from './pictures';
import { COLOURS, TEXT_WIDTH, STYLE } from './styles';

/** How the summary sentence counts sources of each readiness ("3 partly ready"). */
const readinessWords = {
  ready: 'plan.data.readiness.ready',
  partial: 'plan.data.readiness.partial',
  'not-ready': 'plan.data.readiness.notReady',
  unknown: 'plan.data.readiness.unknown',
} as const satisfies Record<DataReadiness, string>;

const readinessFill: Readonly<Record<DataReadiness, string | undefined>> = {
  ready: COLOURS.yesFill,
  partial: COLOURS.partlyFill,
  'not-ready': COLOURS.noFill,
  unknown: undefined,
};

/**
 * Data sources, on landscape pages: every system the AI will read from in production, its
 * owner and readiness, and how its data at scale differs from the pilot's, with the data
 * map when there is one.
 */
export function dataSourcesPart(context: PlanContext): PlanPart | undefined {
  const sources = context.workshop.dataSources;
  const picture = pictureWithCaption(
    context.pictures.dataMap,
    text('plan.data.caption'),
    PICTURE_BOXES.landscape,
  );
  if (sources.length === 0 && picture.length === 0) {
    return undefined;
  }
  const blocks: Block[] = [];
  if (sources.length > 0) {
    blocks.push(paragraph([new TextRun(summarySentence(sources))]));
  }
  if (sources.length > 0) {
    blocks.push(dataTable(columns(context.people), sources, TEXT_WIDTH.landscape));
  }
  blocks.push(...picture);
  return planPart(text('plan.data.title'), blocks, 'landscape');
}

function summarySentence(sources: readonly DataSource[]): string {
  const counts = tally(DATA_READINESS_LEVELS, sources, (source) => source.readiness);
  const readiness = joinWords(counts.map(({ value, count }) => text(readinessWords[value], { count })));
  const automated = sources.filter((source) => source.automated).length;
  const manual = sources.length - automated;
  return (
    `${text('plan.data.systems', { count: sources.length, readiness })} ` +
    text('plan.data.automated', { count: automated }) +
    (manual === 0 ? '.' : text('plan.data.manual', { count: manual }))
  );
}

function columns(people: PeopleIndex): Column<DataSource>[] {
  return [
    {
      heading: text('plan.data.column.system'),
      width: 2.1,
      cell: (source) =>
        nameCell(
          source.system,
          text('plan.data.unnamed'),
          textLines(source.notes, { italics: true, color: COLOURS.muted }),
        ),
    },
    ownerColumn(text('plan.data.column.owner'), 1.2, people),
    {
      heading: text('plan.data.column.feed'),
      width: 0.8,
      cell: (source) => FEED_TYPE_LABELS[source.feedType],
    },
    {
      heading: text('plan.data.column.automated'),
      width: 1.1,
      cell: (source) => (source.automated ? text('plan.data.automatedYes') : text('plan.data.automatedNo')),
    },
    {
      heading: text('plan.data.column.readiness'),
      width: 1.1,
      cell: (source) =>
        richCell(
          [[new TextRun({ text: DATA_READINESS_LABELS[source.readiness], style: STYLE.strong })]],
          readinessFill[source.readiness],
        ),
    },
    ...DATA_CONTRASTS.map((contrast): Column<DataSource> => ({
      heading: DATA_CONTRAST_LABELS[contrast.id],
      width: 2,
      cell: (source) => contrastCell(source.contrasts[contrast.id]),
    })),
  ];
}

function contrastCell(contrast: { readonly pilot: string; readonly scale: string }): CellValue {
  const lines = [
    ...(hasText(contrast.pilot)
      ? [
          [
            new TextRun({ text: `${text('plan.data.pilot')} `, bold: true, color: COLOURS.muted }),
            ...textRuns(contrast.pilot),
          ],
        ]
      : []),
    ...(hasText(contrast.scale)
      ? [
          [
            new TextRun({ text: `${text('plan.data.atScale')} `, bold: true, color: COLOURS.navy }),
            ...textRuns(contrast.scale),
          ],
        ]
      : []),
  ];
  return lines.length === 0 ? '' : richCell(lines);
}
