import { TextRun } from 'docx';
import { choiceLabels, text } from '../../../../shared/text';
import { agendaRecord, agendaSummarySentence, formatMinutes } from '../../../../shared/cockpit/agenda-logic';
import {
  AGENDA_STAGE_STATUSES,
  type AgendaStage,
  type ParkingLotItem,
  type Participant,
} from '../../../../shared/workshop';
import { type PlanContext, type PlanPart, planPart } from './context';
import { type Block, dataTable, nameCell, note, richCell, titled } from './elements';
import { formatClockTime, hasText } from './format';
import { COLOURS, TEXT_WIDTH } from './styles';

const stageStatusLabels = choiceLabels('agendaStatus', AGENDA_STAGE_STATUSES);

/** The appendix: who took part, the agenda as planned and as it ran, and the parking lot. */
export function appendixPart(context: PlanContext): PlanPart | undefined {
  const { workshop, timeZone } = context;
  return planPart(text('plan.appendix.title'), [
    ...titled(2, text('plan.appendix.participants'), participantBlocks(workshop.participants)),
    ...titled(2, text('plan.appendix.agenda'), agendaBlocks(workshop.agenda, context)),
    ...titled(2, text('plan.appendix.parkingLot'), parkingLotBlocks(workshop.parkingLot, timeZone)),
  ]);
}

function participantBlocks(participants: readonly Participant[]): Block[] {
  if (participants.length === 0) {
    return [];
  }
  return [
    dataTable<Participant>(
      [
        {
          heading: text('plan.appendix.column.name'),
          width: 2,
          cell: (person) => nameCell(person.name, text('plan.appendix.unnamed')),
        },
        { heading: text('plan.appendix.column.role'), width: 2.6, cell: (person) => person.role.trim() },
        { heading: text('plan.appendix.column.team'), width: 1.8, cell: (person) => person.team.trim() },
        {
          heading: text('plan.appendix.column.middleManager'),
          width: 1.1,
          cell: (person) => (person.isMiddleManager ? text('plan.appendix.yes') : ''),
        },
      ],
      participants,
      TEXT_WIDTH.portrait,
    ),
  ];
}

function agendaBlocks(agenda: readonly AgendaStage[], context: PlanContext): Block[] {
  if (agenda.length === 0) {
    return [];
  }
  const { timeZone, generatedAt } = context;
  // The same record and sentence as the cockpit's agenda rail, worked out at export time.
  const record = agendaRecord(agenda, generatedAt);
  const rows = agenda.map((stage, index) => ({ stage, record: record.stages[index] }));
  return [
    dataTable<(typeof rows)[number]>(
      [
        {
          heading: text('plan.appendix.column.stage'),
          width: 3,
          cell: ({ stage }) =>
            hasText(stage.title) ? stage.title.trim() : text('plan.appendix.untitledStage'),
        },
        {
          heading: text('plan.appendix.column.planned'),
          width: 1,
          cell: ({ stage }) => text('plan.appendix.minutes', { minutes: String(stage.timeboxMinutes) }),
        },
        {
          heading: text('plan.appendix.column.actual'),
          width: 1.3,
          cell: ({ stage, record: stageRecord }) => {
            const minutes = stageRecord?.actualMinutes;
            if (minutes === null || minutes === undefined) return '';
            const over = Math.round(minutes) - stage.timeboxMinutes;
            return richCell([
              [
                new TextRun({
                  text:
                    stageRecord?.corrected === true
                      ? text('plan.appendix.corrected', { minutes: formatMinutes(minutes) })
                      : formatMinutes(minutes),
                  ...(over > 5 ? { color: COLOURS.no, bold: true } : {}),
                }),
              ],
            ]);
          },
        },
        {
          heading: text('plan.appendix.column.ranFrom'),
          width: 1.4,
          cell: ({ stage }) => ranFrom(stage, timeZone),
        },
        {
          heading: text('plan.appendix.column.status'),
          width: 1,
          cell: ({ stage }) => stageStatusLabels[stage.status],
        },
      ],
      rows,
      TEXT_WIDTH.portrait,
    ),
    note(agendaSummarySentence(record)),
    ...(record.started ? [note(text('plan.appendix.overNote'))] : []),
  ];
}

/** Each time the stage was on, "09:00 – 09:34, 12:40 – 12:46" ("09:00 –" while it still is). */
function ranFrom(stage: AgendaStage, timeZone: string | undefined): string {
  return stage.visits
    .map((visit) => {
      const start = formatClockTime(visit.start, timeZone);
      const end = formatClockTime(visit.end, timeZone);
      return end === '' ? `${start} \u2013` : `${start} \u2013 ${end}`;
    })
    .join(', ');
}

function parkingLotBlocks(items: readonly ParkingLotItem[], timeZone: string | undefined): Block[] {
  const listed = items.filter((item) => hasText(item.text));
  if (listed.length === 0) {
    return [];
  }
  return [
    dataTable<ParkingLotItem>(
      [
        { heading: text('plan.appendix.column.topic'), width: 5, cell: (item) => item.text.trim() },
        {
          heading: text('plan.appendix.column.raisedAt'),
          width: 1,
          cell: (item) => formatClockTime(item.createdAt, timeZone),
        },
        {
          heading: text('plan.appendix.column.topicStatus'),
          width: 1.1,
          cell: (item) => (item.resolved ? text('plan.appendix.resolved') : text('plan.appendix.open')),
        },
      ],
      listed,
      TEXT_WIDTH.portrait,
    ),
  ];
}
