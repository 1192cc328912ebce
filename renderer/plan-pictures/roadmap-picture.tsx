/**
 * The roadmap picture: actions as markers at their due dates, in one lane per scaling
 * killer, on a 30-60-90-day scale from the workshop (or by quarter when dates reach
 * further), with milestone lines such as the go/no-go review, and the actions not scheduled
 * yet listed beside it. Plain props and plain SVG (no style sheet), so the app can show it
 * and the Word plan can take it as a PNG (`draw-svg-picture.ts`).
 */
import { text } from '../../shared/text';
import {
  dayNumber,
  layoutRoadmap,
  MILESTONE_ROW,
  ROADMAP_FRAME,
  type RoadmapColumn,
  type RoadmapProps,
} from './roadmap-layout';
import { PictureFrame, VerticalLine } from './picture-frame';
import { PICTURE_COLOURS, shortDate } from './picture-style';

export type { RoadmapProps } from './roadmap-layout';

const SIDE_LINE = 22;
const SIDE_CHARACTERS = 34;

function columnTitle(column: RoadmapColumn): string {
  if (column.kind === 'quarter') {
    return text('plan.roadmap.quarter', { quarter: String(column.index), year: String(column.year) });
  }
  return column.index === 0
    ? text('plan.roadmap.first30')
    : text('plan.roadmap.days', { from: column.index * 30 + 1, to: (column.index + 1) * 30 });
}

/** The words a screen reader says for the picture, and the plan's alt text. */
export function roadmapSummary(props: RoadmapProps): string {
  const dated = props.items.filter((item) => !Number.isNaN(dayNumber(item.dueDate))).length;
  return text('plan.roadmap.summary', {
    count: dated,
    start: shortDate(props.startDate, true),
    unscheduled: props.unscheduled.length,
  });
}

export function RoadmapPicture(props: RoadmapProps) {
  const layout = layoutRoadmap(props);
  const { timeline } = layout;
  const sideLeft = ROADMAP_FRAME.width - ROADMAP_FRAME.sideWidth;
  const sideLines = Math.max(1, Math.floor((layout.height - ROADMAP_FRAME.headerHeight - 40) / SIDE_LINE));
  const shown =
    props.unscheduled.length > sideLines ? props.unscheduled.slice(0, sideLines - 1) : props.unscheduled;
  const hidden = props.unscheduled.length - shown.length;
  return (
    <PictureFrame
      width={layout.width}
      height={layout.height}
      label={roadmapSummary(props)}
      fontSize={ROADMAP_FRAME.fontSize}
    >
      {layout.lanes.map((lane, index) => (
        <g key={lane.id}>
          <rect
            x={8}
            y={lane.y}
            width={timeline.right - 8}
            height={lane.height}
            fill={index % 2 === 0 ? PICTURE_COLOURS.band : '#ffffff'}
          />
          <text x={16} y={lane.y + 28} fontWeight={700} fill={PICTURE_COLOURS.ink}>
            {lane.label}
          </text>
        </g>
      ))}
      {layout.columns.map((column) => (
        <g key={`${column.year}-${column.index}`}>
          <VerticalLine
            x={column.left}
            top={timeline.top - 44}
            bottom={timeline.bottom}
            stroke={PICTURE_COLOURS.rule}
          />
          <text x={column.left + 8} y={timeline.top - 28} fontWeight={700} fill={PICTURE_COLOURS.navy}>
            {columnTitle(column)}
          </text>
          <text x={column.left + 8} y={timeline.top - 10} fill={PICTURE_COLOURS.muted} fontSize={13}>
            {text('plan.roadmap.from', { date: shortDate(column.from) })}
          </text>
        </g>
      ))}
      <VerticalLine
        x={timeline.right}
        top={timeline.top - 44}
        bottom={timeline.bottom}
        stroke={PICTURE_COLOURS.rule}
      />
      {layout.columns[0]?.kind === 'quarter' ? (
        <VerticalLine
          x={layout.startX}
          top={timeline.top}
          bottom={timeline.bottom}
          stroke={PICTURE_COLOURS.muted}
          strokeDasharray="2 4"
        />
      ) : null}
      {layout.milestones.map((milestone) => (
        <g key={`${milestone.label}-${milestone.date}`}>
          <VerticalLine
            x={milestone.x}
            top={timeline.top - 4}
            bottom={timeline.bottom + 4}
            stroke={PICTURE_COLOURS.milestone}
            strokeWidth={2.5}
            strokeDasharray="8 5"
          />
          <text
            x={milestone.x + 6}
            y={timeline.bottom + 20 + milestone.labelRow * MILESTONE_ROW}
            fill={PICTURE_COLOURS.milestone}
            fontWeight={700}
            fontSize={14}
          >
            {text('plan.roadmap.milestoneAt', { label: milestone.label, date: shortDate(milestone.date) })}
          </text>
        </g>
      ))}
      {layout.items.map(({ item, x, y, label, labelLeft }) => (
        <g key={`${item.code}-${item.title}`}>
          <path
            d={`M ${x} ${y - 7} L ${x + 7} ${y} L ${x} ${y + 7} L ${x - 7} ${y} Z`}
            fill={PICTURE_COLOURS.navy}
          />
          <text
            x={labelLeft ? x - 12 : x + 12}
            y={y + 5}
            textAnchor={labelLeft ? 'end' : 'start'}
            fill={PICTURE_COLOURS.ink}
            stroke="#ffffff"
            strokeWidth={4}
            strokeLinejoin="round"
            paintOrder="stroke"
          >
            {label}
          </text>
        </g>
      ))}
      {layout.items.length === 0 && layout.milestones.length === 0 ? (
        <text
          x={(timeline.left + timeline.right) / 2}
          y={(timeline.top + timeline.bottom) / 2}
          textAnchor="middle"
          fill={PICTURE_COLOURS.muted}
        >
          {text('plan.roadmap.noDates')}
        </text>
      ) : null}
      <text x={sideLeft + 8} y={timeline.top - 28} fontWeight={700} fill={PICTURE_COLOURS.navy}>
        {text('plan.roadmap.unscheduled')}
      </text>
      {props.unscheduled.length === 0 ? (
        <text x={sideLeft + 8} y={timeline.top + 20} fill={PICTURE_COLOURS.muted}>
          {text('plan.roadmap.noneUnscheduled')}
        </text>
      ) : null}
      {shown.map((entry, index) => (
        <text
          key={`${entry.code}-${index}`}
          x={sideLeft + 8}
          y={timeline.top + 20 + index * SIDE_LINE}
          fill={PICTURE_COLOURS.ink}
        >
          <tspan fontWeight={700}>{entry.code}</tspan>
          {` ${clip(entry.title, SIDE_CHARACTERS)}`}
        </text>
      ))}
      {hidden > 0 ? (
        <text x={sideLeft + 8} y={timeline.top + 20 + shown.length * SIDE_LINE} fill={PICTURE_COLOURS.muted}>
          {text('plan.roadmap.more', { count: hidden })}
        </text>
      ) : null}
    </PictureFrame>
  );
}

function clip(title: string, characters: number): string {
  const trimmed = title.trim().replace(/\s+/g, ' ');
  return trimmed.length <= characters ? trimmed : `${trimmed.slice(0, characters - 1).trimEnd()}…`;
}
