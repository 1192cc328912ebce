/**
 * The portfolio as a one-page Word summary for a transformation office: how many initiatives
 * are ready to scale, where the gaps are, how many actions are overdue, and the table of
 * workshops with each answer on its colour. It uses the action plan's styles (declared once
 * in `plan/styles.ts`) and building blocks, so both documents look alike.
 */
import { Document, Header, type Paragraph, TextRun } from 'docx';
import type { PortfolioRow } from '../../../../shared/host-api/export-contract';
import { text } from '../../../../shared/text';
import { QUESTION_IDS } from '../../../../shared/workshop';
import { type Column, dataTable, heading, note, paragraph, richCell } from '../plan/elements';
import { formatCalendarDate } from '../plan/format';
import { QUESTION_LABELS } from '../plan/labels';
import { pageSetup } from '../follow-up/page-setup';
import { ANSWER_COLOURS, planStyleOptions, STYLE, TEXT_WIDTH } from '../plan/styles';
import { answerLabel, PORTFOLIO_HEADINGS, sessionDateLabel, VERDICT_LABELS } from './portfolio-labels';

/** What the summary is made from. */
export interface PortfolioSummaryInput {
  /** The rows in the order the home screen shows them. */
  readonly rows: readonly PortfolioRow[];
  /** How many workshops the library holds (more than the rows when a filter is on). */
  readonly libraryCount: number;
  /** The day the overdue counts are for, `yyyy-mm-dd`. */
  readonly today: string;
}

/**
 * Rows the page holds under the overview (LibreOffice: 16 fit with titles on one line), so
 * the summary stays one page however large the library; the overview counts every row.
 */
export const ROWS_ON_THE_PAGE = 16;

const VERDICT_FILLS: Readonly<Record<PortfolioRow['verdict'], string | undefined>> = {
  ready: ANSWER_COLOURS.yes.light,
  'not-ready': ANSWER_COLOURS.no.light,
  incomplete: undefined,
};

/** A cell with its words on the colour of its answer or verdict. */
function colouredCell(words: string, fill: string | undefined) {
  return richCell([[new TextRun(words)]], fill);
}

const COLUMNS: readonly Column<PortfolioRow>[] = [
  { heading: PORTFOLIO_HEADINGS[0], width: 30, cell: (row) => row.title },
  { heading: PORTFOLIO_HEADINGS[1], width: 17, cell: (row) => row.organisation },
  {
    heading: PORTFOLIO_HEADINGS[2],
    width: 12,
    cell: (row) => colouredCell(VERDICT_LABELS[row.verdict], VERDICT_FILLS[row.verdict]),
  },
  ...QUESTION_IDS.map((question): Column<PortfolioRow> => ({
    heading: QUESTION_LABELS[question],
    width: 8.5,
    cell: (row) => {
      const answer = row.answers[question];
      return colouredCell(answerLabel(answer), answer === null ? undefined : ANSWER_COLOURS[answer].light);
    },
  })),
  { heading: PORTFOLIO_HEADINGS[7], width: 10, cell: (row) => sessionDateLabel(row.lastSessionDate) },
  { heading: PORTFOLIO_HEADINGS[8], width: 9, cell: (row) => String(row.overdue) },
];

/** The sentences above the table: counts of verdicts, overdue actions and gaps per question. */
function overviewParagraphs({ rows, libraryCount }: PortfolioSummaryInput): Paragraph[] {
  const count = (verdict: PortfolioRow['verdict']) => rows.filter((row) => row.verdict === verdict).length;
  const overdue = rows.reduce((sum, row) => sum + row.overdue, 0);
  const gaps = QUESTION_IDS.map((question) =>
    text('portfolio.document.gap', {
      question: QUESTION_LABELS[question],
      no: rows.filter((row) => row.answers[question] === 'no').length,
      partly: rows.filter((row) => row.answers[question] === 'partly').length,
    }),
  ).join('; ');
  return [
    paragraph(
      [
        new TextRun(
          text('portfolio.document.verdicts', {
            ready: count('ready'),
            notReady: count('not-ready'),
            incomplete: count('incomplete'),
          }),
        ),
      ],
      STYLE.verdict,
    ),
    paragraph([
      new TextRun(
        rows.length < libraryCount
          ? text('portfolio.document.filtered', { count: rows.length, total: libraryCount })
          : text('portfolio.document.count', { count: rows.length }),
      ),
      new TextRun(
        ` ${overdue === 0 ? text('portfolio.document.noOverdue') : text('portfolio.document.overdue', { count: overdue })}`,
      ),
      new TextRun({ text: text('portfolio.document.gaps', { questions: gaps }), break: 1 }),
    ]),
  ];
}

/** Builds the one-page portfolio summary. Pure: packing and writing it is the caller's. */
export function buildPortfolioSummary(input: PortfolioSummaryInput): Document {
  const date = formatCalendarDate(input.today, 'long');
  return new Document({
    title: text('portfolio.document.title'),
    subject: text('portfolio.document.subject'),
    creator: text('portfolio.document.creator'),
    ...planStyleOptions(),
    sections: [
      {
        properties: {
          // Landscape, with the plan's margins: nine columns stay one line each.
          page: pageSetup('landscape'),
        },
        headers: {
          default: new Header({
            children: [paragraph([new TextRun(text('portfolio.document.header'))], STYLE.headerText)],
          }),
        },
        children: [
          heading(1, text('portfolio.document.title')),
          paragraph([new TextRun(text('portfolio.document.subtitle', { date }))], STYLE.coverDetail),
          ...overviewParagraphs(input),
          note(text('portfolio.document.legend', { date })),
          ...(input.rows.length > ROWS_ON_THE_PAGE
            ? [
                note(
                  text('portfolio.document.firstRows', {
                    shown: ROWS_ON_THE_PAGE,
                    count: input.rows.length,
                  }),
                ),
              ]
            : []),
          dataTable(COLUMNS, input.rows.slice(0, ROWS_ON_THE_PAGE), TEXT_WIDTH.landscape),
        ],
      },
    ],
  });
}
