import { TextRun } from 'docx';
import type {
  AgendaStage,
  AgendaStageStatus,
  ParkingLotItem,
  Participant,
} from '../../../../shared/workshop';
import { type PlanContext, type PlanPart, planPart } from './context';
import { type Block, dataTable, note, richCell, titled } from './elements';
import { formatClockTime, hasText, minutesBetween } from './format';
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
    ...titled(2, 'Agenda, planned and actual', agendaBlocks(workshop.agenda, timeZone)),
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

function agendaBlocks(agenda: readonly AgendaStage[], timeZone: string | undefined): Block[] {
  if (agenda.length === 0) {
    return [];
  }
  const planned = agenda
    .filter((stage) => stage.status !== 'skipped')
    .reduce((sum, stage) => sum + stage.timeboxMinutes, 0);
  const actualMinutes = agenda.map((stage) => minutesBetween(stage.actualStart, stage.actualEnd));
  const ran = actualMinutes.filter((minutes): minutes is number => minutes !== undefined);
  const blocks: Block[] = [
    dataTable<AgendaStage>(
      [
        {
          heading: 'Stage',
          width: 3,
          cell: (stage) => (hasText(stage.title) ? stage.title.trim() : 'Untitled stage'),
        },
        { heading: 'Planned', width: 1, cell: (stage) => `${stage.timeboxMinutes} min` },
        {
          heading: 'Actual',
          width: 1,
          cell: (stage) => {
            const minutes = minutesBetween(stage.actualStart, stage.actualEnd);
            if (minutes === undefined) return '';
            const over = minutes - stage.timeboxMinutes;
            return richCell([
              [
                new TextRun({
                  text: `${minutes} min`,
                  ...(over > 5 ? { color: COLOURS.no, bold: true } : {}),
                }),
              ],
            ]);
          },
        },
        {
          heading: 'Ran from',
          width: 1.4,
          cell: (stage) => {
            const start = formatClockTime(stage.actualStart, timeZone);
            const end = formatClockTime(stage.actualEnd, timeZone);
            return start === '' ? '' : end === '' ? `${start} \u2013` : `${start} \u2013 ${end}`;
          },
        },
        { heading: 'Status', width: 1, cell: (stage) => stageStatusLabels[stage.status] },
      ],
      agenda,
      TEXT_WIDTH.portrait,
    ),
  ];
  blocks.push(
    note(
      ran.length === 0
        ? `Planned: ${planned} minutes in total.`
        : `Planned: ${planned} minutes in total; the stages that ran took ${ran.reduce((sum, minutes) => sum + minutes, 0)} minutes. Actual times more than five minutes over the plan are shown in red.`,
    ),
  );
  return blocks;
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
