/**
 * The follow-up report's actions: how many are done, overdue, blocked, in progress, not
 * started and dropped, and a table of each of the first three with owners, due dates (the
 * original kept when a follow-up moved it) and what the review said.
 */
import { TextRun } from 'docx';
import { text } from '../../../../shared/text';
import { type Action, isOverdue, type Workshop } from '../../../../shared/workshop';
import { actionsInPlanOrder } from '../plan/action-order';
import { type Block, type Column, dataTable, heading, note, paragraph, textOrNotSet } from '../plan/elements';
import { formatCalendarDate, hasText } from '../plan/format';
import { indexPeople, ownerColumn } from '../plan/people';
import { TEXT_WIDTH } from '../plan/styles';
import { traceability } from '../plan/traceability';

/** How many actions are in each state on the day of the follow-up. */
export interface ActionCounts {
  readonly done: number;
  readonly overdue: number;
  readonly blocked: number;
  readonly inProgress: number;
  readonly todo: number;
  readonly dropped: number;
}

/** Counts the actions on `day` (`yyyy-mm-dd`): overdue ones are open and past their due date. */
export function countActions(actions: readonly Action[], day: string): ActionCounts {
  const withStatus = (status: Action['status']) =>
    actions.filter((action) => action.status === status).length;
  return {
    done: withStatus('done'),
    overdue: actions.filter((action) => isOverdue(action, day)).length,
    blocked: withStatus('blocked'),
    inProgress: withStatus('in-progress'),
    todo: withStatus('todo'),
    dropped: withStatus('dropped'),
  };
}

/** The actions part of the report. */
export function actionBlocks(
  workshop: Pick<
    Workshop,
    'actions' | 'participants' | 'stakeholders' | 'risks' | 'dataSources' | 'workflow'
  >,
  day: string,
): Block[] {
  const people = indexPeople(workshop);
  const trace = traceability(workshop);
  const ordered = actionsInPlanOrder(workshop.actions);
  const counts = countActions(workshop.actions, day);
  const due = (action: Action): string => {
    const current = formatCalendarDate(action.dueDate);
    const original = formatCalendarDate(action.originalDueDate ?? '');
    return original !== '' && original !== current && current !== ''
      ? text('followUpReport.actions.moved', { date: current, original })
      : current;
  };
  const columns: Column<Action>[] = [
    {
      heading: text('followUpReport.actions.column.code'),
      width: 7,
      cell: (action) => trace.actionCode(action),
    },
    {
      heading: text('followUpReport.actions.column.action'),
      width: 36,
      cell: (action) => action.title.trim(),
    },
    ownerColumn(text('followUpReport.actions.column.owner'), 18, people),
    {
      heading: text('followUpReport.actions.column.due'),
      width: 17,
      cell: (action) => textOrNotSet(due(action)),
    },
    {
      heading: text('followUpReport.actions.column.review'),
      width: 22,
      cell: (action) =>
        [
          typeof action.progress === 'number'
            ? text('followUpReport.actions.progress', { percent: action.progress })
            : '',
          hasText(action.reviewNote) ? action.reviewNote.trim() : '',
        ]
          .filter(hasText)
          .join('\n'),
    },
  ];
  const table = (title: string, rows: readonly Action[]): Block[] =>
    rows.length === 0 ? [] : [heading(2, title), dataTable(columns, rows, TEXT_WIDTH.portrait)];
  return [
    paragraph([
      new TextRun(
        text('followUpReport.actions.counts', {
          done: counts.done,
          overdue: counts.overdue,
          blocked: counts.blocked,
          inProgress: counts.inProgress,
          todo: counts.todo,
          dropped: counts.dropped,
        }),
      ),
    ]),
    note(text('followUpReport.actions.asOf', { date: formatCalendarDate(day, 'long') })),
    ...table(
      text('followUpReport.actions.done'),
      ordered.filter((action) => action.status === 'done'),
    ),
    ...table(
      text('followUpReport.actions.overdue'),
      ordered.filter((action) => isOverdue(action, day)),
    ),
    ...table(
      text('followUpReport.actions.blocked'),
      ordered.filter((action) => action.status === 'blocked'),
    ),
  ];
}
