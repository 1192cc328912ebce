import { AlignmentType, Paragraph, ShadingType, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { AnswerCounts, QuestionId, RoundTally } from '../../../../shared/workshop';
import { ANSWERS, QUESTION_IDS, READINESS_QUESTIONS, tallyRounds } from '../../../../shared/workshop';
import { type PlanContext, type PlanPart, planPart } from './context';
import {
  type Block,
  bodyCell,
  headerCell,
  notSetRun,
  paragraph,
  styledTable,
  textParagraphs,
  titled,
} from './elements';
import { countOf, hasText } from './format';
import { ANSWER_LABELS } from './labels';
import { ANSWER_COLOURS, COLOURS, STYLE, TEXT_WIDTH } from './styles';

/** How many grid columns the vote bar is divided into: each is 5% of the votes. */
export const BAR_UNITS = 20;

/**
 * How many of `units` bar columns each count gets, by the largest-remainder method: the
 * spans add up to `units` exactly, and every count above zero gets at least one column so
 * a single "no" never disappears from the picture. All zeros give all zeros.
 */
export function barSpans(counts: readonly number[], units: number = BAR_UNITS): number[] {
  const total = counts.reduce((sum, count) => sum + Math.max(0, count), 0);
  if (total === 0) {
    return counts.map(() => 0);
  }
  const exact = counts.map((count) => (Math.max(0, count) / total) * units);
  const spans = exact.map((value, index) => ((counts[index] ?? 0) > 0 ? Math.max(1, Math.floor(value)) : 0));
  let left = units - spans.reduce((sum, span) => sum + span, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((first, second) => second.remainder - first.remainder);
  for (let step = 0; left > 0; step += 1) {
    const candidate = byRemainder[step % byRemainder.length];
    if (candidate !== undefined && (counts[candidate.index] ?? 0) > 0) {
      spans[candidate.index] = (spans[candidate.index] ?? 0) + 1;
      left -= 1;
    }
  }
  // Minimum spans of one may overshoot when many small counts meet one large one.
  while (left < 0) {
    const largest = spans.indexOf(Math.max(...spans));
    spans[largest] = (spans[largest] ?? 0) - 1;
    left += 1;
  }
  return spans;
}

const countColumns = { round: 1_500, answer: 720 } as const;

/**
 * The readiness results: for each question, the votes of every round that asked it, as
 * numbers and as a bar, then the group's final answer and why. Questions with neither
 * votes nor a final answer are left out.
 */
export function readinessResultsPart(context: PlanContext): PlanPart | undefined {
  const { readiness } = context.workshop;
  const tallies = tallyRounds(readiness);
  const questions = QUESTION_IDS.flatMap((id) => questionBlocks(context, id, tallies));
  if (questions.length === 0) {
    return undefined;
  }
  const intro =
    tallies.length === 0
      ? []
      : [
          paragraph([
            new TextRun(
              `The group voted in ${countOf(tallies.length, 'round')}. Each question needs a final yes before the pilot can scale; ` +
                '"Partly" counts as short of a yes. The facilitator records the final answer, which may differ from the majority, with the reason.',
            ),
          ]),
          legend(),
        ];
  return planPart('Readiness test results', [...intro, ...questions]);
}

function questionBlocks(context: PlanContext, id: QuestionId, tallies: readonly RoundTally[]): Block[] {
  const question = READINESS_QUESTIONS.find((candidate) => candidate.id === id);
  const final = context.workshop.readiness.finalAnswers[id];
  const asked = tallies.filter((tally) => tally.round.questionIds.includes(id));
  if (asked.length === 0 && final.answer === null && final.rationale.trim() === '') {
    return [];
  }
  const blocks: Block[] = [];
  if (question !== undefined) {
    blocks.push(paragraph([new TextRun({ text: question.text, italics: true })]));
  }
  if (asked.length > 0) {
    blocks.push(votesTable(asked.map((tally) => ({ label: roundLabel(tally), counts: tally.counts[id] }))));
  }
  blocks.push(
    new Paragraph({
      spacing: { before: 160 },
      keepNext: hasText(final.rationale),
      children: [
        new TextRun({ text: 'Final answer: ', style: STYLE.strong }),
        final.answer === null
          ? notSetRun()
          : new TextRun({
              text: ANSWER_LABELS[final.answer],
              bold: true,
              color: ANSWER_COLOURS[final.answer].strong,
            }),
      ],
    }),
    ...textParagraphs(final.rationale),
  );
  return titled(2, question?.label ?? id, blocks);
}

function roundLabel(tally: RoundTally): string {
  const mode = tally.round.mode === 'hands' ? ' (hands)' : tally.round.mode === 'keypad' ? ' (keypads)' : '';
  return `Round ${tally.round.number}${mode}`;
}

/** One row per round: the counts, then a bar made of shaded cells on a fixed grid. */
function votesTable(rows: readonly { label: string; counts: AnswerCounts }[]) {
  const fixed = countColumns.round + countColumns.answer * ANSWERS.length;
  const unit = Math.floor((TEXT_WIDTH.portrait - fixed) / BAR_UNITS);
  const widths = [
    countColumns.round,
    ...ANSWERS.map(() => countColumns.answer),
    ...Array.from({ length: BAR_UNITS }, () => unit),
  ];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      headerCell('Round'),
      ...ANSWERS.map((answer) => headerCell(ANSWER_LABELS[answer])),
      headerCell('Share of votes', BAR_UNITS),
    ],
  });
  const body = rows.map(
    ({ label, counts }) =>
      new TableRow({
        cantSplit: true,
        children: [
          bodyCell(label),
          ...ANSWERS.map((answer) => bodyCell(String(counts[answer]))),
          ...barCells(counts, unit),
        ],
      }),
  );
  return styledTable([header, ...body], widths);
}

function barCells(counts: AnswerCounts, unit: number): TableCell[] {
  if (counts.total === 0) {
    return [barCell('No votes', BAR_UNITS, unit, COLOURS.noVotes, COLOURS.muted)];
  }
  const spans = barSpans(ANSWERS.map((answer) => counts[answer]));
  return ANSWERS.flatMap((answer, index) => {
    const span = spans[index] ?? 0;
    if (span === 0) return [];
    const share = Math.round((counts[answer] / counts.total) * 100);
    return [barCell(span >= 3 ? `${share}%` : '', span, unit, ANSWER_COLOURS[answer].strong, COLOURS.white)];
  });
}

function barCell(text: string, span: number, unit: number, fill: string, color: string): TableCell {
  return new TableCell({
    columnSpan: span,
    width: { size: span * unit, type: WidthType.DXA },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: text === '' ? [] : [new TextRun({ text, bold: true, color, size: 16 })],
      }),
    ],
  });
}

function legend(): Paragraph {
  const answerRun = (answer: (typeof ANSWERS)[number]) =>
    new TextRun({
      text: `\u25A0 ${ANSWER_LABELS[answer]}`,
      bold: true,
      color: ANSWER_COLOURS[answer].strong,
    });
  return paragraph(
    [
      new TextRun('Bars show the share of '),
      answerRun('yes'),
      new TextRun(', '),
      answerRun('partly'),
      new TextRun(' and '),
      answerRun('no'),
      new TextRun(' votes in each round.'),
    ],
    STYLE.note,
  );
}
