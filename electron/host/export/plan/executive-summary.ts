import { TextRun } from 'docx';
import { text } from '../../../../shared/text';
import type { Action, ActionKiller, QuestionId, Workshop } from '../../../../shared/workshop';
import {
  ACTION_KILLERS,
  conditionsLostSentence,
  gapStatements,
  QUESTION_IDS,
} from '../../../../shared/workshop';
import { groupActionsByKiller } from './action-order';
import { type PlanContext, type PlanPart, planPart } from './context';
import {
  type Block,
  bulletPoint,
  type CellValue,
  dataTable,
  NOT_SET_CELL,
  paragraph,
  richCell,
  textRuns,
  titled,
} from './elements';
import { formatCalendarDate, hasText, joinWords } from './format';
import { ANSWER_LABELS, NOT_SET, QUESTION_LABELS } from './labels';
import type { PeopleIndex } from './people';
import { actionsLine } from './traceability';
import { ANSWER_COLOURS, STYLE, TEXT_WIDTH } from './styles';

/** The figures of the action plan that the summary quotes. */
export interface ActionFigures {
  readonly total: number;
  /** Different people who own at least one action. */
  readonly owners: number;
  readonly withoutOwner: number;
  readonly withoutDueDate: number;
  readonly highPriority: number;
  /** The earliest and latest due dates (`yyyy-mm-dd`), when any action has one. */
  readonly firstDue: string | undefined;
  readonly lastDue: string | undefined;
  readonly byKiller: Readonly<Record<ActionKiller, number>>;
}

/** Counts what the summary says about the actions, in one pass. */
export function actionFigures(actions: readonly Action[], people: PeopleIndex): ActionFigures {
  const owners = new Set<string>();
  const byKiller = Object.fromEntries(ACTION_KILLERS.map((killer) => [killer, 0])) as Record<
    ActionKiller,
    number
  >;
  let withoutOwner = 0;
  let withoutDueDate = 0;
  let highPriority = 0;
  let firstDue: string | undefined;
  let lastDue: string | undefined;
  for (const action of actions) {
    const owner = people.owner(action.owner);
    if (owner.kind === 'named') owners.add(owner.key);
    else withoutOwner += 1;
    const due = action.dueDate.trim();
    if (due === '') {
      withoutDueDate += 1;
    } else {
      if (firstDue === undefined || due < firstDue) firstDue = due;
      if (lastDue === undefined || due > lastDue) lastDue = due;
    }
    if (action.priority === 'high') highPriority += 1;
    byKiller[action.killer] += 1;
  }
  return {
    total: actions.length,
    owners: owners.size,
    withoutOwner,
    withoutDueDate,
    highPriority,
    firstDue,
    lastDue,
    byKiller,
  };
}

/**
 * The executive summary: the verdict in one sentence (exactly as `computeVerdict` puts it),
 * the readiness answers at a glance, the gaps to close and the plan in numbers.
 */
export function executiveSummaryPart(context: PlanContext): PlanPart | undefined {
  const { workshop, verdict, people } = context;
  const figures = actionFigures(workshop.actions, people);
  return planPart(text('plan.summary.title'), [
    paragraph([new TextRun(verdict.sentence)], STYLE.verdict),
    ...pilotBlocks(workshop),
    ...titled(2, text('plan.summary.glance'), glanceBlocks(workshop, figures)),
    ...titled(2, text('plan.summary.gaps'), gapBlocks(context)),
    ...titled(2, text('plan.summary.numbers'), numbersBlocks(figures)),
  ]);
}

function pilotBlocks(workshop: Workshop): Block[] {
  const blocks: Block[] = [];
  const { retrospective } = workshop;
  if (hasText(retrospective.whatItProved)) {
    blocks.push(
      paragraph([
        new TextRun({ text: `${text('plan.summary.pilotProved')} `, style: STYLE.strong }),
        ...textRuns(retrospective.whatItProved),
      ]),
    );
  }
  // The same sentence the retrospective stage shows in the app.
  const lost = conditionsLostSentence(retrospective);
  if (lost !== null) {
    blocks.push(
      paragraph([
        new TextRun({ text: `${text('plan.summary.notHold')} `, style: STYLE.strong }),
        new TextRun(lost),
      ]),
    );
  }
  return blocks;
}

function glanceBlocks(workshop: Workshop, figures: ActionFigures): Block[] {
  const { finalAnswers } = workshop.readiness;
  const anything = QUESTION_IDS.some((id) => finalAnswers[id].answer !== null) || figures.total > 0;
  if (!anything) {
    return [];
  }
  return [
    dataTable<QuestionId>(
      [
        { heading: text('plan.summary.column.killer'), width: 3, cell: (id) => QUESTION_LABELS[id] },
        { heading: text('plan.summary.column.final'), width: 2, cell: (id) => finalAnswerCell(workshop, id) },
        {
          heading: text('plan.summary.column.actions'),
          width: 2,
          cell: (id) => String(figures.byKiller[id]),
        },
      ],
      QUESTION_IDS,
      TEXT_WIDTH.portrait,
    ),
  ];
}

/** The final answer to a question on its answer's colour, or "Not set". */
export function finalAnswerCell(workshop: Pick<Workshop, 'readiness'>, id: QuestionId): CellValue {
  const answer = workshop.readiness.finalAnswers[id].answer;
  if (answer === null) {
    return NOT_SET_CELL;
  }
  return richCell(
    [[new TextRun({ text: ANSWER_LABELS[answer], bold: true, color: ANSWER_COLOURS[answer].strong })]],
    ANSWER_COLOURS[answer].light,
  );
}

/** One bullet per gap, in the words of the close stage in the app, then the rationale and first due date. */
function gapBlocks(context: PlanContext): Block[] {
  const { workshop } = context;
  const groups = new Map(
    groupActionsByKiller(workshop.actions).map((group) => [group.killer, group.actions]),
  );
  return gapStatements(workshop).map((gap) => {
    const firstDue = groups.get(gap.id)?.find((action) => hasText(action.dueDate))?.dueDate ?? '';
    return bulletPoint([
      new TextRun({ text: gap.label, style: STYLE.strong }),
      new TextRun(`${gap.heading.slice(gap.label.length)} `),
      new TextRun(
        gap.actionCount === 0 ? { text: gap.actionsSentence, style: STYLE.notSet } : gap.actionsSentence,
      ),
      ...(hasText(firstDue)
        ? [new TextRun(` ${text('plan.summary.firstDue', { date: formatCalendarDate(firstDue, 'long') })}`)]
        : []),
      ...(gap.rationale === ''
        ? []
        : [new TextRun(` ${text('plan.summary.why', { rationale: gap.rationale })}`)]),
      ...linkedActions(context, gap.id),
    ]);
  });
}

/** "Actions: A2, A5": the actions linked to this gap, when any is. */
function linkedActions(context: PlanContext, id: QuestionId): TextRun[] {
  const linked = context.trace.actionsFor('gap', id);
  return linked.length === 0 ? [] : [new TextRun({ text: ` ${actionsLine(linked)}`, italics: true })];
}

function numbersBlocks(figures: ActionFigures): Block[] {
  if (figures.total === 0) {
    return [paragraph([new TextRun(text('plan.summary.noActions'))])];
  }
  const dates =
    figures.firstDue === undefined || figures.lastDue === undefined
      ? ''
      : figures.firstDue === figures.lastDue
        ? ` ${text('plan.summary.allDueOn', { date: formatCalendarDate(figures.firstDue, 'long') })}`
        : ` ${text('plan.summary.firstAndLast', {
            first: formatCalendarDate(figures.firstDue, 'long'),
            last: formatCalendarDate(figures.lastDue, 'long'),
          })}`;
  const blocks: Block[] = [
    paragraph([
      new TextRun(
        `${text('plan.summary.actionsHeld', {
          count: figures.total,
          owners: text('plan.summary.owners', { count: figures.owners }),
        })} ${text('plan.summary.highPriority', { count: figures.highPriority })}${dates}`,
      ),
    ]),
  ];
  const missing = [
    ...(figures.withoutOwner > 0 ? [text('plan.summary.withoutOwner', { count: figures.withoutOwner })] : []),
    ...(figures.withoutDueDate > 0
      ? [text('plan.summary.withoutDueDate', { count: figures.withoutDueDate })]
      : []),
  ];
  if (missing.length > 0) {
    blocks.push(
      paragraph([
        new TextRun({ text: `${text('plan.summary.stillToAgree')} `, style: STYLE.notSet }),
        new TextRun(text('plan.summary.stillToAgreeText', { missing: joinWords(missing), notSet: NOT_SET })),
      ]),
    );
  }
  return blocks;
}
