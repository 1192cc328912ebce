import { TextRun } from 'docx';
import { agendaRecord, agendaSummarySentence, formatMinutes } from '../../../../shared/cockpit/agenda-logic';
import type {
  AgendaStage,
  AgendaStageStatus,
  ParkingLotItem,
  Participant,
} from '../../../../shared/workshop';
import { type PlanContext, type PlanPart, planPart } from './context';
import { type Block, dataTable, note, richCell, titled } from './elements';
import { formatClockTime, hasText } from './format';
import { COLOURS, TEXT_WIDTH, STYLE } from './styles';

const stageStatusLabels: Readonly<Record<AgendaStageStatus, string>> = {
  planned: 'Not run',
  active: 'Running',
  done: 'Done',
  skipped: 'Skipped',
};

/** The appendix: who took part, the agenda as planned and as it ran, and the parking lot. */
export function appendixPart(context: PlanContext): PlanPart | undefined {
  const { workshop, timeZone } = context;
  return planPart('Appendix', [
    ...titled(2, 'Participants', participantBlocks(workshop.participants)),
    ...titled(2, 'Agenda, planned and actual', agendaBlocks(workshop.agenda, context)),
    ...titled(2, 'Parking lot', parkingLotBlocks(workshop.parkingLot, timeZone)),
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
          heading: 'Name',
          width: 2,
          cell: (person) =>
            richCell([
              [
                new TextRun({
                  text: hasText(person.name) ? person.name.trim() : 'Unnamed',
                  style: STYLE.strong,
                }),
              ],
            ]),
        },
        { heading: 'Role', width: 2.6, cell: (person) => person.role.trim() },
        { heading: 'Team', width: 1.8, cell: (person) => person.team.trim() },
        { heading: 'Middle manager', width: 1.1, cell: (person) => (person.isMiddleManager ? 'Yes' : '') },
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
          heading: 'Stage',
          width: 3,
          cell: ({ stage }) => (hasText(stage.title) ? stage.title.trim() : 'Untitled stage'),
        },
        { heading: 'Planned', width: 1, cell: ({ stage }) => `${stage.timeboxMinutes} min` },
        {
          heading: 'Actual',
          width: 1.3,
          cell: ({ stage, record: stageRecord }) => {
            const minutes = stageRecord?.actualMinutes;
            if (minutes === null || minutes === undefined) return '';
            const over = Math.round(minutes) - stage.timeboxMinutes;
            return richCell([
              [
                new TextRun({
                  text: `${formatMinutes(minutes)}${stageRecord?.corrected === true ? ' (corrected)' : ''}`,
                  ...(over > 5 ? { color: COLOURS.no, bold: true } : {}),
                }),
              ],
            ]);
          },
        },
        { heading: 'Ran from', width: 1.4, cell: ({ stage }) => ranFrom(stage, timeZone) },
        { heading: 'Status', width: 1, cell: ({ stage }) => stageStatusLabels[stage.status] },
      ],
      rows,
      TEXT_WIDTH.portrait,
    ),
    note(agendaSummarySentence(record)),
    ...(record.started ? [note('Actual times more than five minutes over the plan are shown in red.')] : []),
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
        { heading: 'Topic set aside', width: 5, cell: (item) => item.text.trim() },
        { heading: 'Raised at', width: 1, cell: (item) => formatClockTime(item.createdAt, timeZone) },
        { heading: 'Status', width: 1.1, cell: (item) => (item.resolved ? 'Resolved' : 'Open') },
      ],
      listed,
      TEXT_WIDTH.portrait,
    ),
  ];
}
