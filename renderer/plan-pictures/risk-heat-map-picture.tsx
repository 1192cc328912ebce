/**
 * The risk heat map: a 5×5 grid of likelihood against impact, each cell in the colour of
 * its score's band (green, amber, red-amber, red) with the codes of the risks in it (R1…).
 * The cell's score and the legend's band words carry the meaning, not the colour alone.
 * Plain props and plain SVG, like the roadmap.
 */
import { choiceLabels, text } from '../../shared/text';
import { RISK_BANDS, type RiskBand } from '../../shared/workshop';
import { PictureFrame } from './picture-frame';
import { PICTURE_COLOURS } from './picture-style';

/** A risk on the heat map. */
export interface HeatMapRisk {
  readonly code: string;
  /** 1 to 5. */
  readonly likelihood: number;
  /** 1 to 5. */
  readonly impact: number;
}

/** The four bands, least serious first, as the register scores them. */
export type HeatMapBand = RiskBand;

export interface RiskHeatMapProps {
  readonly risks: readonly HeatMapRisk[];
  /** The band of a score (1–25): pass the workshop's own `riskBand`, so the map and the register agree. */
  readonly bandOf: (score: number) => HeatMapBand;
}

export const HEAT_MAP_FRAME = { width: 1160, height: 830, cell: 140, left: 190, top: 40 } as const;

export const BAND_FILLS: Readonly<Record<HeatMapBand, { fill: string; ink: string }>> = {
  green: { fill: '#CFE8D7', ink: '#1E5B37' },
  amber: { fill: '#FBE3B0', ink: '#7A4F0A' },
  'red-amber': { fill: '#F6BE9A', ink: '#7A2F0C' },
  red: { fill: '#DF8379', ink: '#5C140E' },
};

/** The band words, from the catalogue: the same the register and the app use. */
export function bandWords(): Readonly<Record<HeatMapBand, string>> {
  return choiceLabels('riskBand', RISK_BANDS);
}

const SCALE = [1, 2, 3, 4, 5] as const;
const CODES_PER_LINE = 3;
const LINES_PER_CELL = 4;

/** The words a screen reader says for the picture, and the plan's alt text. */
export function riskHeatMapSummary(props: RiskHeatMapProps): string {
  const words = bandWords();
  const counts = new Map<HeatMapBand, number>();
  for (const risk of props.risks) {
    const band = props.bandOf(risk.likelihood * risk.impact);
    counts.set(band, (counts.get(band) ?? 0) + 1);
  }
  const bands = (['red', 'red-amber', 'amber', 'green'] as const)
    .filter((band) => (counts.get(band) ?? 0) > 0)
    .map((band) =>
      text('plan.heatMap.bandCount', { count: counts.get(band) ?? 0, band: words[band].toLowerCase() }),
    )
    .join(', ');
  return text('plan.heatMap.summary', { count: props.risks.length, bands });
}

/** The codes in one cell as lines of text, the last line saying how many more there are. */
export function cellLines(codes: readonly string[]): string[] {
  const room = CODES_PER_LINE * LINES_PER_CELL;
  const shown = codes.length > room ? codes.slice(0, room - 1) : codes;
  const lines: string[] = [];
  for (let index = 0; index < shown.length; index += CODES_PER_LINE) {
    lines.push(shown.slice(index, index + CODES_PER_LINE).join(' '));
  }
  if (codes.length > shown.length) {
    const last = lines.pop() ?? '';
    lines.push(`${last} ${text('plan.heatMap.more', { count: codes.length - shown.length })}`.trim());
  }
  return lines;
}

export function RiskHeatMapPicture(props: RiskHeatMapProps) {
  const { width, height, cell, left, top } = HEAT_MAP_FRAME;
  const words = bandWords();
  const byCell = new Map<string, string[]>();
  for (const risk of props.risks) {
    const key = `${risk.likelihood}:${risk.impact}`;
    byCell.set(key, [...(byCell.get(key) ?? []), risk.code]);
  }
  const gridBottom = top + 5 * cell;
  const ranges: Readonly<Record<HeatMapBand, readonly [number, number]>> = {
    green: [1, 4],
    amber: [5, 9],
    'red-amber': [10, 15],
    red: [16, 25],
  };
  return (
    <PictureFrame width={width} height={height} label={riskHeatMapSummary(props)} fontSize={18}>
      {SCALE.map((likelihood) =>
        SCALE.map((impact) => {
          const x = left + (impact - 1) * cell;
          const y = top + (5 - likelihood) * cell;
          const score = likelihood * impact;
          const colours = BAND_FILLS[props.bandOf(score)];
          const lines = cellLines(byCell.get(`${likelihood}:${impact}`) ?? []);
          return (
            <g key={`${likelihood}-${impact}`}>
              <rect
                x={x}
                y={y}
                width={cell}
                height={cell}
                fill={colours.fill}
                stroke="#ffffff"
                strokeWidth={3}
              />
              <text x={x + cell - 10} y={y + 24} textAnchor="end" fontSize={15} fill={colours.ink}>
                {score}
              </text>
              {lines.map((line, index) => (
                <text
                  key={line}
                  x={x + cell / 2}
                  y={y + 54 + index * 24}
                  textAnchor="middle"
                  fontWeight={700}
                  fontSize={19}
                  fill={PICTURE_COLOURS.ink}
                >
                  {line}
                </text>
              ))}
            </g>
          );
        }),
      )}
      {SCALE.map((value) => (
        <g key={`axis-${value}`}>
          <text
            x={left - 14}
            y={top + (5 - value) * cell + cell / 2 + 6}
            textAnchor="end"
            fill={PICTURE_COLOURS.ink}
          >
            {value}
          </text>
          <text
            x={left + (value - 1) * cell + cell / 2}
            y={gridBottom + 28}
            textAnchor="middle"
            fill={PICTURE_COLOURS.ink}
          >
            {value}
          </text>
        </g>
      ))}
      <text
        x={110}
        y={top + (5 * cell) / 2}
        textAnchor="middle"
        fontWeight={700}
        fill={PICTURE_COLOURS.navy}
        transform={`rotate(-90 110 ${top + (5 * cell) / 2})`}
      >
        {text('plan.heatMap.likelihood')}
      </text>
      <text
        x={left + (5 * cell) / 2}
        y={gridBottom + 62}
        textAnchor="middle"
        fontWeight={700}
        fill={PICTURE_COLOURS.navy}
      >
        {text('plan.heatMap.impact')}
      </text>
      {(['red', 'red-amber', 'amber', 'green'] as const).map((band, index) => (
        <g key={band}>
          <rect
            x={left + 5 * cell + 50}
            y={top + 20 + index * 56}
            width={36}
            height={36}
            fill={BAND_FILLS[band].fill}
          />
          <text x={left + 5 * cell + 98} y={top + 44 + index * 56} fill={PICTURE_COLOURS.ink}>
            {text('plan.heatMap.legend', { band: words[band], from: ranges[band][0], to: ranges[band][1] })}
          </text>
        </g>
      ))}
    </PictureFrame>
  );
}
