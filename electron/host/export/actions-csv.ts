/**
 * The actions as a CSV file for spreadsheets and task trackers: UTF-8 with a byte order
 * mark (so Excel reads accents and curly quotes correctly), CRLF line ends and RFC 4180
 * quoting. Cells that a spreadsheet would run as a formula are defused.
 */
import { text } from '../../../shared/text';
import type { PersonRef, Workshop } from '../../../shared/workshop';
import { actionsInPlanOrder } from './plan/action-order';
import { ACTION_STATUS_LABELS, KILLER_LABELS, PRIORITY_LABELS } from './plan/labels';
import { indexPeople } from './plan/people';
import { traceability } from './plan/traceability';

/** The columns of the CSV, in order. */
export const ACTIONS_CSV_COLUMNS = [
  text('plan.csv.code'),
  text('plan.csv.title'),
  text('plan.csv.owner'),
  text('plan.csv.dueDate'),
  text('plan.csv.killer'),
  text('plan.csv.priority'),
  text('plan.csv.status'),
  text('plan.raci.accountable'),
  text('plan.raci.responsible'),
  text('plan.raci.consulted'),
  text('plan.raci.informed'),
  text('plan.csv.addresses'),
  text('plan.csv.agreedInRoom'),
  text('plan.csv.notes'),
] as const;

const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';

/**
 * Text that makes a spreadsheet start a formula (or, for tab and carriage return, that some
 * spreadsheets strip before checking). Such cells get a leading single quote, the usual
 * defence against formula injection.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** One cell as CSV: defused if it could start a formula, quoted if it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The actions of a workshop as CSV text, in the plan's order (grouped by scaling killer,
 * then by due date), each with its code (A1…), its RACI as names (several separated by
 * "; ") and what it addresses. A missing owner or date is an empty cell; due dates are
 * `yyyy-mm-dd`, which every spreadsheet reads as a date.
 */
export function actionsToCsv(
  workshop: Pick<
    Workshop,
    'actions' | 'participants' | 'stakeholders' | 'risks' | 'dataSources' | 'workflow'
  >,
): string {
  const people = indexPeople(workshop);
  const trace = traceability(workshop);
  const names = (persons: readonly (PersonRef | null)[]) =>
    persons
      .flatMap((person) => {
        const owner = person === null ? undefined : people.owner(person);
        return owner?.kind === 'named' ? [owner.name] : [];
      })
      .join('; ');
  const rows = actionsInPlanOrder(workshop.actions).map((action) => {
    const owner = people.owner(action.owner);
    return [
      trace.actionCode(action),
      action.title.trim(),
      owner.kind === 'named' ? owner.name : '',
      action.dueDate.trim(),
      KILLER_LABELS[action.killer],
      PRIORITY_LABELS[action.priority],
      ACTION_STATUS_LABELS[action.status],
      names([action.raci.accountable]),
      names(action.raci.responsible),
      names(action.raci.consulted),
      names(action.raci.informed),
      trace.addresses(action).join('; '),
      action.agreedInRoom ? text('plan.csv.yes') : text('plan.csv.no'),
      action.notes.trim(),
    ];
  });
  return (
    BYTE_ORDER_MARK +
    [ACTIONS_CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join(LINE_END) +
    LINE_END
  );
}
