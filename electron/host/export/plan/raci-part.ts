import { AlignmentType, Paragraph, TableRow, TextRun } from 'docx';
import { text } from '../../../../shared/text';
import type { Action, PersonRef, Workshop } from '../../../../shared/workshop';
import { actionsInPlanOrder } from './action-order';
import { type PlanContext, type PlanPart, planPart } from './context';
import {
  type Block,
  bodyCell,
  type CellValue,
  dataTable,
  headerCell,
  paragraph,
  richCell,
  scaleWidths,
  styledTable,
} from './elements';
import { hasText } from './format';
import type { PeopleIndex } from './people';
import { STYLE, TEXT_WIDTH } from './styles';
import type { Traceability } from './traceability';

/** The most people drawn as matrix columns; with more, the roles are listed by action. */
const MOST_PEOPLE_IN_MATRIX = 16;
/** From this many people on, their names are written upwards to fit narrow columns. */
const VERTICAL_FROM = 7;

/** A person of the matrix: a column. */
interface RaciPerson {
  readonly key: string;
  readonly name: string;
}

/** A row of the matrix: an action and each person's roles in it ("A", "R", "C", "I", or "A, R"). */
export interface RaciRow {
  readonly action: Action;
  readonly roles: ReadonlyMap<string, string>;
}

/** The matrix: actions with an Accountable as rows, people with any role as columns. */
export interface RaciMatrix {
  readonly people: readonly RaciPerson[];
  readonly rows: readonly RaciRow[];
  /** Actions whose Accountable is not set (or no longer in the people list). */
  readonly withoutAccountable: readonly Action[];
}

function personKey(person: PersonRef): string {
  return person.kind === 'participant'
    ? `participant:${person.participantId}`
    : `stakeholder:${person.stakeholderId}`;
}

/**
 * Works out the RACI matrix: one row per action that has an Accountable (so every row has
 * exactly one A), one column per person who has a role in some row, participants first,
 * then stakeholders, each in the order of their list.
 */
export function raciMatrix(
  workshop: Pick<Workshop, 'actions' | 'participants' | 'stakeholders'>,
  people: PeopleIndex,
): RaciMatrix {
  const names = new Map<string, string>();
  const nameOf = (person: PersonRef): string | undefined => {
    const owner = people.owner(person);
    return owner.kind === 'named' ? owner.name : undefined;
  };
  const rows: RaciRow[] = [];
  const withoutAccountable: Action[] = [];
  for (const action of actionsInPlanOrder(workshop.actions)) {
    const { accountable } = action.raci;
    if (accountable === null || nameOf(accountable) === undefined) {
      withoutAccountable.push(action);
      continue;
    }
    const roles = new Map<string, string[]>();
    const add = (person: PersonRef, letter: string) => {
      const name = nameOf(person);
      if (name === undefined) return;
      const key = personKey(person);
      names.set(key, name);
      const held = roles.get(key) ?? [];
      if (!held.includes(letter)) held.push(letter);
      roles.set(key, held);
    };
    add(accountable, 'A');
    for (const person of action.raci.responsible) add(person, 'R');
    for (const person of action.raci.consulted) add(person, 'C');
    for (const person of action.raci.informed) add(person, 'I');
    rows.push({ action, roles: new Map([...roles].map(([key, letters]) => [key, letters.join(', ')])) });
  }
  const order = [
    ...workshop.participants.map((person) => `participant:${person.id}`),
    ...workshop.stakeholders.map((person) => `stakeholder:${person.id}`),
  ];
  return {
    people: order.filter((key) => names.has(key)).map((key) => ({ key, name: names.get(key) ?? '' })),
    rows,
    withoutAccountable,
  };
}

/**
 * Who does what: the RACI matrix on landscape pages (actions × people, people with no role
 * left out; with more than 16 people, the people holding each role listed by action), then
 * the actions still without an Accountable. Left out when no action has
 * anyone in its RACI.
 */
export function raciPart(context: PlanContext): PlanPart | undefined {
  const { workshop, trace, people } = context;
  const matrix = raciMatrix(workshop, people);
  if (matrix.rows.length === 0) return undefined;
  const blocks: Block[] = [paragraph([new TextRun(text('plan.raci.intro'))])];
  if (matrix.people.length <= MOST_PEOPLE_IN_MATRIX) {
    blocks.push(matrixTable(matrix.rows, matrix.people, trace));
  } else {
    // A matrix of this many narrow columns is neither readable nor quick to write: the roles by action.
    blocks.push(
      paragraph([new TextRun(text('plan.raci.listIntro', { count: matrix.people.length }))]),
      rolesTable(matrix, trace),
    );
  }
  if (matrix.withoutAccountable.length > 0) {
    blocks.push(
      paragraph([
        new TextRun({
          text: text('plan.raci.withoutAccountable', {
            count: matrix.withoutAccountable.length,
            codes: matrix.withoutAccountable.map(trace.actionCode).join(', '),
          }),
          style: STYLE.notSet,
        }),
      ]),
    );
  }
  return planPart(text('plan.raci.title'), blocks, 'landscape');
}

const ROLES = [
  ['A', 'plan.raci.accountable'],
  ['R', 'plan.raci.responsible'],
  ['C', 'plan.raci.consulted'],
  ['I', 'plan.raci.informed'],
] as const;

/** The roles by action: one column per role, naming the people who hold it. */
function rolesTable(matrix: RaciMatrix, trace: Traceability) {
  const columns = new Map(matrix.people.map((person, index) => [person.key, { index, name: person.name }]));
  // Only the few people with a role in the row are looked at, then put in the columns' order.
  const holders = (row: RaciRow, letter: string) =>
    [...row.roles]
      .flatMap(([key, roles]) => {
        const column = columns.get(key);
        return column !== undefined && roles.split(', ').includes(letter) ? [column] : [];
      })
      .sort((first, second) => first.index - second.index)
      .map((column) => column.name)
      .join(', ');
  return dataTable<RaciRow>(
    [
      { heading: text('plan.raci.column.action'), width: 3, cell: (row) => actionCell(row, trace) },
      ...ROLES.map(([letter, heading]) => ({
        heading: text(heading),
        width: letter === 'A' ? 1.4 : 2,
        cell: (row: RaciRow) => holders(row, letter),
      })),
    ],
    matrix.rows,
    TEXT_WIDTH.landscape,
  );
}

function actionCell(row: RaciRow, trace: Traceability): CellValue {
  return richCell([
    [
      new TextRun({ text: `${trace.actionCode(row.action)} `, style: STYLE.strong }),
      new TextRun(hasText(row.action.title) ? row.action.title.trim() : ''),
    ],
  ]);
}

/** A person's roles in an action, centred under their name; the A in bold. */
function roleCell(roles: string): CellValue {
  return {
    kind: 'rich',
    paragraphs: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: roles, bold: roles.includes('A') })],
      }),
    ],
  };
}

function matrixTable(rows: readonly RaciRow[], shown: readonly RaciPerson[], trace: Traceability) {
  const vertical = shown.length >= VERTICAL_FROM;
  const widths = scaleWidths([Math.max(4, shown.length * 0.45), ...shown.map(() => 1)], TEXT_WIDTH.landscape);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    ...(vertical ? { height: { value: 1_700, rule: 'atLeast' as const } } : {}),
    children: [
      headerCell(text('plan.raci.column.action')),
      ...shown.map((person) => headerCell(person.name, undefined, { vertical })),
    ],
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          bodyCell(actionCell(row, trace)),
          ...shown.map((person) => {
            const roles = row.roles.get(person.key) ?? '';
            return bodyCell(roles === '' ? '' : roleCell(roles));
          }),
        ],
      }),
  );
  return styledTable([header, ...body], widths);
}
