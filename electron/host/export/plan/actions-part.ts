import { TextRun } from 'docx';
import { text } from '../../../../shared/text';
import type { Action, ActionPriority, QuestionId } from '../../../../shared/workshop';
import { QUESTION_IDS } from '../../../../shared/workshop';
import { type ActionGroup, groupActionsByKiller } from './action-order';
import { type PlanContext, type PlanPart, planPart } from './context';
import {
  type Block,
  dataTable,
  nameCell,
  note,
  paragraph,
  richCell,
  textLines,
  textOrNotSet,
  titled,
} from './elements';
import { formatCalendarDate } from './format';
import { ACTION_STATUS_LABELS, ANSWER_LABELS, KILLER_LABELS, NOT_SET, PRIORITY_LABELS } from './labels';
import { ownerColumn, type PeopleIndex } from './people';
import { addressesLine, type Traceability } from './traceability';
import { COLOURS, TEXT_WIDTH } from './styles';

/**
 * How each priority is written: high in bold red, low in grey, medium as plain text (the
 * document's own colour, so nothing needs to be said on the run).
 */
const priorityFormats: Readonly<Record<ActionPriority, { readonly bold?: true; readonly color?: string }>> = {
  high: { bold: true, color: COLOURS.no },
  medium: {},
  low: { color: COLOURS.muted },
};

/** The heading of a group of actions. */
export function groupTitle(group: ActionGroup): string {
  return group.killer === 'general'
    ? text('plan.actions.groupOther')
    : text('plan.actions.group', { killer: KILLER_LABELS[group.killer] });
}

/**
 * The action plan: every action grouped by the scaling killer it works against and sorted
 * by due date, with owners' names, priority and status. A missing owner or due date shows as
 * "Not set" on a tinted cell.
 */
export function actionsPart(context: PlanContext): PlanPart | undefined {
  const { actions, readiness } = context.workshop;
  if (actions.length === 0) {
    return undefined;
  }
  const groups = groupActionsByKiller(actions);
  const blocks: Block[] = [
    paragraph([new TextRun(text('plan.actions.intro', { count: actions.length, notSet: NOT_SET }))]),
  ];
  for (const group of groups) {
    const groupBlocks: Block[] = [];
    if (isQuestion(group.killer)) {
      const answer = readiness.finalAnswers[group.killer].answer;
      if (answer !== null) {
        groupBlocks.push(
          note(
            text('plan.actions.finalAnswer', {
              killer: KILLER_LABELS[group.killer].toLowerCase(),
              answer: ANSWER_LABELS[answer],
            }),
          ),
        );
      }
    }
    groupBlocks.push(actionsTable(group.actions, context.trace, context.people));
    blocks.push(...titled(2, groupTitle(group), groupBlocks));
  }
  // The other direction of every "Addresses:" line: each record with the actions that address it.
  const targets = context.trace.targets();
  blocks.push(
    ...titled(
      2,
      text('plan.trace.indexTitle'),
      targets.length === 0
        ? []
        : [
            dataTable(
              [
                { heading: text('plan.trace.column.addressed'), width: 3, cell: (target) => target.words },
                {
                  heading: text('plan.trace.column.actions'),
                  width: 2,
                  cell: (target) => target.codes.join(', '),
                },
              ],
              targets,
              TEXT_WIDTH.portrait,
            ),
          ],
    ),
  );
  return planPart(text('plan.actions.title'), blocks);
}

function isQuestion(killer: string): killer is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(killer);
}

function actionsTable(actions: readonly Action[], trace: Traceability, people: PeopleIndex): Block {
  return dataTable<Action>(
    [
      { heading: text('plan.actions.column.code'), width: 0.5, cell: (action) => trace.actionCode(action) },
      {
        heading: text('plan.actions.column.action'),
        width: 4,
        cell: (action) =>
          nameCell(action.title, text('plan.actions.untitled'), [
            ...textLines(action.notes, { color: COLOURS.muted }),
            ...linkLines(trace, action),
          ]),
      },
      ownerColumn(text('plan.actions.column.owner'), 1.7, people),
      {
        heading: text('plan.actions.column.dueDate'),
        width: 1.2,
        cell: (action) => textOrNotSet(formatCalendarDate(action.dueDate)),
      },
      {
        heading: text('plan.actions.column.priority'),
        width: 0.9,
        cell: (action) =>
          richCell([
            [new TextRun({ text: PRIORITY_LABELS[action.priority], ...priorityFormats[action.priority] })],
          ]),
      },
      {
        heading: text('plan.actions.column.status'),
        width: 1,
        cell: (action) => ACTION_STATUS_LABELS[action.status],
      },
    ],
    actions,
    TEXT_WIDTH.portrait,
  );
}

/** What the action addresses, in italics under its title and notes. */
function linkLines(trace: Traceability, action: Action): TextRun[][] {
  const line = addressesLine(trace, action);
  return line === undefined ? [] : [[new TextRun({ text: line, italics: true })]];
}
