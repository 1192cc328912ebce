/**
 * Where everything of the roadmap picture goes: the time scale (30-60-90 days from the
 * workshop, or quarters when dates reach further), the lanes and the rows within them.
 * Pure, so it is tested without a browser; `roadmap-picture.tsx` only draws it.
 */

/** An action on the roadmap. */
export interface RoadmapItem {
  readonly code: string;
  readonly title: string;
  /** The lane's id: the scaling killer it works against. */
  readonly lane: string;
  /** `yyyy-mm-dd`. */
  readonly dueDate: string;
}

/** A dated line across the lanes, such as the go/no-go review. */
export interface RoadmapMilestone {
  readonly label: string;
  /** `yyyy-mm-dd`. */
  readonly date: string;
}

/** What the roadmap shows: plain values, so the app and the plan draw it from the same props. */
export interface RoadmapProps {
  /** `yyyy-mm-dd`: where the scale starts (the workshop's date). */
  readonly startDate: string;
  readonly lanes: readonly { readonly id: string; readonly label: string }[];
  readonly items: readonly RoadmapItem[];
  readonly milestones: readonly RoadmapMilestone[];
  /** Actions without a due date, listed beside the roadmap. */
  readonly unscheduled: readonly { readonly code: string; readonly title: string }[];
}

/** The picture's size and parts, in CSS pixels. */
export const ROADMAP_FRAME = {
  width: 1600,
  laneLabelWidth: 170,
  sideWidth: 340,
  headerHeight: 96,
  rowHeight: 32,
  lanePadding: 14,
  /** Room under the lanes for two rows of milestone labels. */
  footer: 46,
  fontSize: 17,
} as const;

const DAY_MS = 86_400_000;
const MAX_ROWS = 8;
const TITLE_CHARACTERS = 24;

/** Days since 1970 of a `yyyy-mm-dd` date, or NaN. */
export function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (match === null) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** A column of the time scale. */
export interface RoadmapColumn {
  readonly kind: 'days' | 'quarter';
  /** 0, 1, 2 for the 30-day columns; the quarter (1–4) otherwise. */
  readonly index: number;
  readonly year: number;
  /** Its first day, as a day number. */
  readonly from: number;
  readonly to: number;
}

/** The most 30-day columns before the scale turns to quarters: half a year. */
const MOST_DAY_COLUMNS = 6;

/**
 * The time scale: 30-60-90 days from the start when every date fits, 30-day steps on up to
 * half a year, otherwise calendar quarters.
 */
export function roadmapColumns(startDay: number, lastDay: number): RoadmapColumn[] {
  const dayColumns = Math.max(3, Math.ceil((lastDay - startDay) / 30));
  if (!(dayColumns > MOST_DAY_COLUMNS)) {
    return Array.from({ length: dayColumns }, (_, index) => ({
      kind: 'days' as const,
      index,
      year: 0,
      from: startDay + index * 30,
      to: startDay + (index + 1) * 30,
    }));
  }
  const columns: RoadmapColumn[] = [];
  const start = new Date(startDay * DAY_MS);
  let year = start.getUTCFullYear();
  let quarter = Math.floor(start.getUTCMonth() / 3);
  for (;;) {
    const from = Date.UTC(year, quarter * 3, 1) / DAY_MS;
    const to = Date.UTC(year, quarter * 3 + 3, 1) / DAY_MS;
    columns.push({ kind: 'quarter', index: quarter + 1, year, from, to });
    if (to > lastDay) break;
    quarter += 1;
    if (quarter === 4) {
      quarter = 0;
      year += 1;
    }
  }
  return columns;
}

/** An action placed on the roadmap. */
export interface PlacedItem {
  readonly item: RoadmapItem;
  readonly x: number;
  readonly y: number;
  readonly label: string;
  /** The label goes left of the marker when it would run past the timeline's right edge. */
  readonly labelLeft: boolean;
}

/** A lane placed on the roadmap. */
export interface PlacedLane {
  readonly id: string;
  readonly label: string;
  readonly y: number;
  readonly height: number;
}

/** Everything the picture draws, placed. */
export interface RoadmapLayout {
  readonly width: number;
  readonly height: number;
  readonly timeline: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  readonly columns: readonly (RoadmapColumn & { readonly left: number; readonly right: number })[];
  readonly lanes: readonly PlacedLane[];
  readonly items: readonly PlacedItem[];
  /** Each milestone's line, and the row under the lanes its label goes in (labels never overlap). */
  readonly milestones: readonly (RoadmapMilestone & { readonly x: number; readonly labelRow: number })[];
  /** The start line (the workshop's date) when it is not the scale's left edge. */
  readonly startX: number;
}

/** An estimate of how wide a label is drawn (no text measuring outside a browser). */
export function labelWidth(label: string, fontSize: number = ROADMAP_FRAME.fontSize): number {
  return Math.ceil(label.length * fontSize * 0.56) + 6;
}

function shortTitle(title: string): string {
  const trimmed = title.trim().replace(/\s+/g, ' ');
  return trimmed.length <= TITLE_CHARACTERS
    ? trimmed
    : `${trimmed.slice(0, TITLE_CHARACTERS - 1).trimEnd()}…`;
}

/** Places the lanes, the actions in rows that do not overlap, and the milestones. */
export function layoutRoadmap(props: RoadmapProps): RoadmapLayout {
  const frame = ROADMAP_FRAME;
  const dated = [...props.items, ...props.milestones.map((milestone) => ({ dueDate: milestone.date }))]
    .map((entry) => dayNumber(entry.dueDate))
    .filter((day) => !Number.isNaN(day));
  const startDay = Number.isNaN(dayNumber(props.startDate))
    ? Math.min(...dated, Date.UTC(2000, 0, 1) / DAY_MS)
    : dayNumber(props.startDate);
  const lastDay = Math.max(startDay, ...dated);
  const columns = roadmapColumns(startDay, lastDay);
  const left = frame.laneLabelWidth;
  const right = frame.width - frame.sideWidth - 20;
  const firstDay = columns[0]?.from ?? startDay;
  const endDay = columns[columns.length - 1]?.to ?? startDay + 90;
  const xOf = (day: number) =>
    left + ((Math.min(Math.max(day, firstDay), endDay) - firstDay) / (endDay - firstDay)) * (right - left);

  const lanes: PlacedLane[] = [];
  const items: PlacedItem[] = [];
  let y = frame.headerHeight;
  for (const lane of props.lanes) {
    const inLane = props.items
      .filter((item) => item.lane === lane.id && !Number.isNaN(dayNumber(item.dueDate)))
      .sort((first, second) => dayNumber(first.dueDate) - dayNumber(second.dueDate));
    if (inLane.length === 0 && lane.id === 'general') continue;
    // Codes and short titles when they fit in a few rows; codes alone when the lane is crowded.
    let placed = packRows(inLane, xOf, right, (item) => `${item.code} ${shortTitle(item.title)}`);
    if (placed.rows > MAX_ROWS) placed = packRows(inLane, xOf, right, (item) => item.code);
    const rows = Math.max(1, Math.min(placed.rows, MAX_ROWS));
    const height = rows * frame.rowHeight + 2 * frame.lanePadding;
    for (const entry of placed.entries) {
      const row = Math.min(entry.row, MAX_ROWS - 1);
      items.push({
        item: entry.item,
        x: entry.x,
        y: y + frame.lanePadding + row * frame.rowHeight + frame.rowHeight / 2,
        label: entry.label,
        labelLeft: entry.labelLeft,
      });
    }
    lanes.push({ id: lane.id, label: lane.label, y, height });
    y += height;
  }
  const milestones = placeMilestones(props.milestones, xOf);
  const labelRows = Math.max(0, ...milestones.map((milestone) => milestone.labelRow + 1));
  return {
    width: frame.width,
    height: y + Math.max(frame.footer, 10 + labelRows * MILESTONE_ROW),
    timeline: { left, right, top: frame.headerHeight, bottom: y },
    columns: columns.map((column) => ({ ...column, left: xOf(column.from), right: xOf(column.to) })),
    lanes,
    items,
    milestones,
    startX: xOf(startDay),
  };
}

/** The height of a row of milestone labels under the lanes. */
export const MILESTONE_ROW = 18;

/** Milestones by date, each label in the first row where it clears the one before ("Go/no-go review: 30 May"). */
function placeMilestones(
  milestones: readonly RoadmapMilestone[],
  xOf: (day: number) => number,
): (RoadmapMilestone & { x: number; labelRow: number })[] {
  const rowEnds: number[] = [];
  return milestones
    .filter((milestone) => !Number.isNaN(dayNumber(milestone.date)))
    .sort((first, second) => dayNumber(first.date) - dayNumber(second.date))
    .map((milestone) => {
      const x = xOf(dayNumber(milestone.date));
      // The label is the milestone's name and a short date, in 14 px bold.
      const end = x + 6 + labelWidth(`${milestone.label}: 30 Sept`, 15);
      return { ...milestone, x, labelRow: claimRow(rowEnds, x, end) };
    });
}

/**
 * The first row whose last label ends before `from` (or a new row below them all), which
 * the label from `from` to `to` then takes: `rowEnds` holds where each row ends.
 */
function claimRow(rowEnds: number[], from: number, to: number): number {
  const row = rowEnds.findIndex((end) => end < from);
  if (row === -1) return rowEnds.push(to) - 1;
  rowEnds[row] = to;
  return row;
}

/** Puts each item in the first row where its marker and label do not touch the one before. */
function packRows(
  items: readonly RoadmapItem[],
  xOf: (day: number) => number,
  right: number,
  labelOf: (item: RoadmapItem) => string,
): {
  rows: number;
  entries: { item: RoadmapItem; x: number; row: number; label: string; labelLeft: boolean }[];
} {
  const rowEnds: number[] = [];
  const entries = items.map((item) => {
    const x = xOf(dayNumber(item.dueDate));
    const label = labelOf(item);
    const width = labelWidth(label) + 14;
    const labelLeft = x + width > right;
    const from = labelLeft ? x - width : x - 8;
    const to = labelLeft ? x + 8 : x + width;
    return { item, x, row: claimRow(rowEnds, from, to), label, labelLeft };
  });
  return { rows: rowEnds.length, entries };
}
