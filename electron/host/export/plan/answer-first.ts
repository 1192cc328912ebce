import { TextRun } from 'docx';
import { text } from '../../../../shared/text';
import type { Action, QuestionId, RoundTally, Workshop } from '../../../../shared/workshop';
import { gapStatements, QUESTION_IDS } from '../../../../shared/workshop';
import { ANSWER_STEP, firstRoundAnswers, type FirstRoundAnswer, topActions } from './answer-facts';
import { type PlanContext, type PlanPart, planPart } from './context';
import { type Block, type CellValue, dataTable, heading, note, paragraph, richCell } from './elements';
import { formatCalendarDate, hasText, joinWords } from './format';
import { ANSWER_LABELS, QUESTION_LABELS } from './labels';
import type { PeopleIndex } from './people';
import { ANSWER_COLOURS, STYLE, TEXT_WIDTH } from './styles';

/** How many actions the answer names. */
const TOP_ACTIONS = 3;

/**
 * The answer first, on the page after the cover: one paragraph with the verdict, the gaps
 * that decide it and the actions that matter most, with owners and dates; then a traffic
 * light per scaling killer with its movement from round 1 to the final answer. The words
 * say yes, partly or no, so the colour is never the only carrier.
 */
export function answerFirstPart(context: PlanContext): PlanPart | undefined {
  const { workshop, verdict, people } = context;
  const sentences: string[] = [];
  const gaps = gapStatements(workshop).slice(0, 3);
  if (gaps.length > 0) {
    const named = gaps.map((gap) =>
      text('plan.answer.gap', { killer: gap.label, answer: ANSWER_LABELS[gap.answer].toLowerCase() }),
    );
    sentences.push(text('plan.answer.decisiveGaps', { count: gaps.length, gaps: joinWords(named) }));
  }
  const top = topActions(workshop, TOP_ACTIONS);
  sentences.push(
    top.length === 0
      ? text('plan.answer.noActions')
      : text('plan.answer.topActions', {
          count: top.length,
          actions: joinWords(
            top.map((action) => actionPhrase(action, people, context.trace.actionCode(action))),
          ),
        }),
  );
  return planPart(text('plan.answer.title'), [
    // The verdict in the style's bold, the gaps and actions after it in regular weight.
    paragraph(
      [new TextRun(verdict.sentence), new TextRun({ text: ` ${sentences.join(' ')}`, bold: false })],
      STYLE.verdict,
    ),
    ...glanceBlocks(workshop, context.tallies),
  ]);
}

function actionPhrase(action: Action, people: PeopleIndex, code: string): string {
  const owner = people.owner(action.owner);
  const due = formatCalendarDate(action.dueDate, 'long');
  return text('plan.answer.action', {
    code: code === '' ? '' : text('plan.answer.actionCode', { code }),
    title: hasText(action.title) ? `“${action.title.trim()}”` : text('plan.answer.untitled'),
    owner: owner.kind === 'named' ? owner.name : text('plan.answer.noOwner'),
    due: due === '' ? text('plan.answer.noDueDate') : text('plan.answer.dueOn', { date: due }),
  });
}

function glanceBlocks(workshop: Workshop, tallies: readonly RoundTally[]): Block[] {
  const firsts = firstRoundAnswers(tallies);
  const { finalAnswers } = workshop.readiness;
  const anything = QUESTION_IDS.some((id) => finalAnswers[id].answer !== null || firsts[id] !== undefined);
  if (!anything) return [];
  return [
    heading(3, text('plan.answer.glanceTitle')),
    dataTable<QuestionId>(
      [
        { heading: text('plan.answer.column.killer'), width: 2, cell: (id) => QUESTION_LABELS[id] },
        { heading: text('plan.answer.column.roundOne'), width: 2.6, cell: (id) => roundOneCell(firsts[id]) },
        {
          heading: text('plan.answer.column.final'),
          width: 1.8,
          cell: (id) => trafficLight(finalAnswers[id].answer),
        },
        {
          heading: text('plan.answer.column.movement'),
          width: 2.6,
          cell: (id) => movement(firsts[id], finalAnswers[id].answer),
        },
      ],
      QUESTION_IDS,
      TEXT_WIDTH.portrait,
    ),
    note(text('plan.answer.glanceNote')),
  ];
}

/** A traffic light: a dot and the answer's word on the answer's colours. */
function trafficLight(answer: FirstRoundAnswer['answer'] | null): CellValue {
  if (answer === null) return text('plan.answer.notAnswered');
  const colours = ANSWER_COLOURS[answer];
  return richCell(
    [
      [
        new TextRun({ text: '● ', color: colours.strong }),
        new TextRun({ text: ANSWER_LABELS[answer], bold: true, color: colours.strong }),
      ],
    ],
    colours.light,
  );
}

function roundOneCell(first: FirstRoundAnswer | undefined): CellValue {
  if (first === undefined) return text('plan.answer.notVoted');
  const colours = ANSWER_COLOURS[first.answer];
  const words = text(first.tied ? 'plan.answer.roundTied' : 'plan.answer.roundVotes', {
    answer: ANSWER_LABELS[first.answer],
    votes: first.votes,
    count: first.total,
  });
  return richCell([[new TextRun({ text: '● ', color: colours.strong }), new TextRun(words)]]);
}

function movement(first: FirstRoundAnswer | undefined, final: FirstRoundAnswer['answer'] | null): string {
  if (first === undefined || final === null) return text('plan.answer.noMovement');
  const from = ANSWER_LABELS[first.answer];
  const to = ANSWER_LABELS[final];
  const step = ANSWER_STEP[final] - ANSWER_STEP[first.answer];
  if (step === 0) return text('plan.answer.unchanged', { answer: to });
  return text(step > 0 ? 'plan.answer.movedUp' : 'plan.answer.movedDown', { from, to });
}
