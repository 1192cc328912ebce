import {
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { text } from '../../../../shared/text';
import type { AnswerCounts, QuestionId, RoundTally } from '../../../../shared/workshop';
import { ANSWERS, QUESTION_IDS, READINESS_QUESTIONS } from '../../../../shared/workshop';
import { actionsLine } from './traceability';
import { roomSplitNote } from './room-split';
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
import { hasText } from './format';
import { ANSWER_LABELS } from './labels';
import { ANSWER_COLOURS, COLOURS, STYLE, TEXT_WIDTH } from './styles';

/** How many parts `barSpans` divides a bar into unless told otherwise: each is 5% of the votes. */
export const BAR_UNITS = 20;

/** How many parts the drawn bar is divided into: fine enough for a share of 1%. */
const BAR_PARTS = 100;

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
  const { tallies } = context;
  const questions = QUESTION_IDS.flatMap((id) => questionBlocks(context, id, tallies));
  if (questions.length === 0) {
    return undefined;
  }
  const intro =
    tallies.length === 0
      ? []
      : [paragraph([new TextRun(text('plan.results.intro', { count: tallies.length }))]), legend()];
  return planPart(text('plan.results.title'), [...intro, ...questions]);
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
    blocks.push(...roomSplitNote(context.workshop.readiness, id, asked));
  }
  blocks.push(
    new Paragraph({
      spacing: { before: 160 },
      keepNext: hasText(final.rationale),
      children: [
        new TextRun({ text: `${text('plan.results.finalAnswer')} `, style: STYLE.strong }),
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
  // The actions that address this question's gap: the other side of "Addresses: Data gap".
  const linked = context.trace.actionsFor('gap', id);
  if (linked.length > 0) blocks.push(paragraph([new TextRun({ text: actionsLine(linked), italics: true })]));
  return titled(2, question?.label ?? id, blocks);
}

function roundLabel(tally: RoundTally): string {
  const values = { number: tally.round.number };
  if (tally.round.mode === 'hands') return text('plan.results.roundHands', values);
  if (tally.round.mode === 'keypad') return text('plan.results.roundKeypads', values);
  return text('plan.results.round', values);
}

/**
 * One row per round: the counts, then the share of votes as a drawn bar (marked as
 * decoration, so a screen reader skips it) over the same shares in words, read once.
 */
function votesTable(rows: readonly { label: string; counts: AnswerCounts }[]) {
  const fixed = countColumns.round + countColumns.answer * ANSWERS.length;
  const shareWidth = TEXT_WIDTH.portrait - fixed;
  const widths = [countColumns.round, ...ANSWERS.map(() => countColumns.answer), shareWidth];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      headerCell(text('plan.results.column.round')),
      ...ANSWERS.map((answer) => headerCell(ANSWER_LABELS[answer])),
      headerCell(text('plan.results.column.share')),
    ],
  });
  const body = rows.map(
    ({ label, counts }) =>
      new TableRow({
        cantSplit: true,
        children: [
          bodyCell(label),
          ...ANSWERS.map((answer) => bodyCell(String(counts[answer]))),
          shareCell(counts, shareWidth - 220),
        ],
      }),
  );
  return styledTable([header, ...body], widths);
}

/** "Yes 62% · partly 25% · no 13%", or "No votes". */
export function sharesInWords(counts: AnswerCounts): string {
  if (counts.total === 0) return text('plan.results.noVotes');
  return ANSWERS.map((answer, index) => {
    const label = index === 0 ? ANSWER_LABELS[answer] : ANSWER_LABELS[answer].toLowerCase();
    return text('plan.results.share', {
      answer: label,
      percent: Math.round((counts[answer] / counts.total) * 100),
    });
  }).join(' · ');
}

function shareCell(counts: AnswerCounts, width: number): TableCell {
  const words = paragraph([new TextRun({ text: sharesInWords(counts), size: 16, color: COLOURS.muted })]);
  if (counts.total === 0) return new TableCell({ children: [words] });
  return new TableCell({ children: [drawnBar(counts, width), words] });
}

/**
 * The bar itself: one row of shaded, empty cells in proportion to the answers, with no
 * words and no borders, so it reads as nothing but the picture it draws. The words under
 * it carry the figures.
 */
function drawnBar(counts: AnswerCounts, width: number): Table {
  const spans = barSpans(
    ANSWERS.map((answer) => counts[answer]),
    BAR_PARTS,
  );
  const parts = ANSWERS.flatMap((answer, index) => {
    const span = spans[index] ?? 0;
    return span === 0
      ? []
      : [{ fill: ANSWER_COLOURS[answer].strong, width: Math.round((width * span) / BAR_PARTS) }];
  });
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: parts.map((part) => part.width),
    borders: {
      top: none,
      bottom: none,
      left: none,
      right: none,
      insideHorizontal: none,
      insideVertical: none,
    },
    rows: [
      new TableRow({
        height: { value: 200, rule: HeightRule.EXACT },
        children: parts.map(
          (part) =>
            new TableCell({
              width: { size: part.width, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: part.fill },
              children: [new Paragraph({ spacing: { before: 0, after: 0 } })],
            }),
        ),
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
      // The message's {yes}, {partly} and {no} become the coloured answer runs.
      ...text('plan.results.legend')
        .split(/\{(yes|partly|no)\}/)
        .map((part, index) =>
          index % 2 === 1 ? answerRun(part as (typeof ANSWERS)[number]) : new TextRun(part),
        ),
    ],
    STYLE.note,
  );
}
