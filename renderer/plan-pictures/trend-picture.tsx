/**
 * The trend of the four readiness questions across sessions, for the follow-up report: one
 * column per session (the workshop, then each follow-up, by date), Yes at the top, Partly in
 * the middle, No at the bottom, and a line per question from answer to answer. Each question
 * has its own line style and a label at its last answer, so the picture never rests on colour
 * alone; a missing answer breaks the line. Plain props and plain SVG, like the roadmap.
 */
import { choiceLabels, text } from '../../shared/text';
import {
  ANSWERS,
  type Answer,
  QUESTION_IDS,
  READINESS_QUESTIONS,
  sessionAnswers,
  type Workshop,
  workshopSessions,
} from '../../shared/workshop';
import { svgPicturePng } from './draw-svg-picture';
import { PictureFrame } from './picture-frame';
import { PICTURE_COLOURS, shortDate } from './picture-style';

export interface TrendProps {
  /** The sessions, oldest first, as their column labels. */
  readonly sessions: readonly string[];
  /** Each question's answer in each session (null: not voted). */
  readonly questions: readonly { readonly label: string; readonly answers: readonly (Answer | null)[] }[];
}

/** The trend of a workshop: its sessions by date and each question's answer in each. */
export function trendProps(
  workshop: Pick<Workshop, 'sessions' | 'meta' | 'createdAt' | 'readiness'>,
): TrendProps {
  const sessions = workshopSessions(workshop);
  const answers = sessions.map((session) => sessionAnswers(workshop, session.id));
  return {
    sessions: sessions.map((session) => shortDate(session.date, true)),
    questions: QUESTION_IDS.map((id) => ({
      label: READINESS_QUESTIONS.find((question) => question.id === id)?.label ?? id,
      answers: answers.map((session) => session[id].answer),
    })),
  };
}

export const TREND_FRAME = { width: 1200, height: 620, left: 150, right: 200, top: 50, bottom: 90 } as const;

/** Each question's line: a colour and a dash pattern, so lines tell apart without colour too. */
const LINES = [
  { stroke: '#1F3A5F', dash: '' },
  { stroke: '#B8612E', dash: '18 8' },
  { stroke: '#2E7D4F', dash: '4 8' },
  { stroke: '#7A3E9D', dash: '24 8 4 8' },
] as const;

const LEVELS: Readonly<Record<Answer, number>> = { yes: 0, partly: 1, no: 2 };

/** The words a screen reader says for the picture, and the report's alt text. */
export function trendSummary(props: TrendProps): string {
  const words = choiceLabels('answer', ANSWERS);
  const notVoted = text('followUpReport.notVoted');
  return text('followUpReport.trend.summary', {
    count: props.sessions.length,
    questions: props.questions
      .map((question) =>
        text('followUpReport.trend.question', {
          question: question.label,
          path: question.answers.map((answer) => (answer === null ? notVoted : words[answer])).join(' → '),
        }),
      )
      .join('; '),
  });
}

/** Draws the trend picture as one SVG. */
export function TrendPicture(props: TrendProps) {
  const { width, height, left, right, top, bottom } = TREND_FRAME;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const columns = Math.max(props.sessions.length, 1);
  const x = (index: number) => left + (columns === 1 ? plotWidth / 2 : (plotWidth * index) / (columns - 1));
  const y = (answer: Answer) => top + (plotHeight * LEVELS[answer]) / 2;
  // Lines of the same answers would lie on top of each other: each question is nudged a little.
  const nudge = (index: number) => (index - 1.5) * 9;
  // Questions that end on the same answer get their labels one under the other, never on top.
  const labelShift = new Map<number, number>();
  const ends = new Map<string, number[]>();
  props.questions.forEach((question, index) => {
    const column = question.answers.findLastIndex((answer) => answer !== null);
    const answer = question.answers[column];
    if (answer === null || answer === undefined) return;
    const key = `${column}:${answer}`;
    ends.set(key, [...(ends.get(key) ?? []), index]);
  });
  for (const indexes of ends.values()) {
    indexes.forEach((index, rank) =>
      labelShift.set(index, (rank - (indexes.length - 1) / 2) * 30 - nudge(index)),
    );
  }
  const levelWords = choiceLabels('answer', ANSWERS);
  return (
    <PictureFrame width={width} height={height} label={trendSummary(props)}>
      {(['yes', 'partly', 'no'] as const).map((answer) => (
        <g key={answer}>
          <line
            x1={left - 20}
            x2={width - right + 20}
            y1={y(answer)}
            y2={y(answer)}
            stroke={PICTURE_COLOURS.rule}
          />
          <text
            x={left - 36}
            y={y(answer) + 8}
            textAnchor="end"
            fontSize={24}
            fontWeight={700}
            fill={PICTURE_COLOURS.ink}
          >
            {levelWords[answer]}
          </text>
        </g>
      ))}
      {props.sessions.map((label, index) => (
        <text
          key={index}
          x={x(index)}
          y={height - bottom + 50}
          textAnchor="middle"
          fontSize={22}
          fill={PICTURE_COLOURS.muted}
        >
          {label}
        </text>
      ))}
      {props.questions.map((question, index) => {
        const line = LINES[index % LINES.length] ?? LINES[0];
        const points = question.answers.map((answer, column) =>
          answer === null ? null : { x: x(column), y: y(answer) + nudge(index) },
        );
        const segments = points.slice(1).flatMap((point, column) => {
          const previous = points[column];
          return point === null || previous === null || previous === undefined
            ? []
            : [[previous, point] as const];
        });
        const last = [...points].reverse().find((point) => point !== null) ?? null;
        return (
          <g key={question.label}>
            {segments.map(([from, to], segment) => (
              <line
                key={segment}
                x1={from.x}
                y1={from.y}
                x2={to.x}
                y2={to.y}
                stroke={line.stroke}
                strokeWidth={5}
                strokeDasharray={line.dash}
              />
            ))}
            {points.map((point, column) =>
              point === null ? null : (
                <circle key={column} cx={point.x} cy={point.y} r={9} fill={line.stroke} />
              ),
            )}
            {last === null ? null : (
              <text
                x={last.x + 22}
                y={last.y + 8 + (labelShift.get(index) ?? 0)}
                fontSize={22}
                fontWeight={700}
                fill={line.stroke}
              >
                {question.label}
              </text>
            )}
          </g>
        );
      })}
    </PictureFrame>
  );
}

/**
 * The follow-up report's pictures, as the app's Export and the command line's picture page
 * draw them: the trend, once the workshop has had a follow-up (one session has no trend).
 */
export async function followUpPictures(
  workshop: Pick<Workshop, 'sessions' | 'meta' | 'createdAt' | 'readiness'>,
  pixelRatio = 1.25,
): Promise<{ trend?: { pngBase64: string } }> {
  if (workshopSessions(workshop).length < 2) return {};
  return {
    trend: { pngBase64: await svgPicturePng(<TrendPicture {...trendProps(workshop)} />, pixelRatio) },
  };
}
