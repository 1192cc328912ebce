/**
 * The follow-up report (Word): after a follow-up session, what moved since the workshop (per
 * question, every session's answer and the movement since the one before), the new verdict
 * and the verdict then, the trend picture of the four questions across sessions, the actions
 * done, overdue and blocked with their owners, and the next review date. It uses the action
 * plan's styles and building blocks. Pure: packing and writing the file is the caller's.
 */
import { Document, Header, Paragraph, TextRun } from 'docx';
import { text } from '../../../../shared/text';
import {
  latestSession,
  type Session,
  sessionVerdict,
  type Workshop,
  workshopSessions,
} from '../../../../shared/workshop';
import { planTitle } from '../plan/cover';
import { type Block, dataTable, heading, note, paragraph } from '../plan/elements';
import { formatCalendarDate, hasText } from '../plan/format';
import { PICTURE_BOXES, pictureWithCaption, type PlanPicture } from '../plan/pictures';
import { planStyleOptions, STYLE, TEXT_WIDTH } from '../plan/styles';
import { actionBlocks } from './follow-up-actions';
import { movementRows, movementSummary, type MovementRow, trendDescription } from './movement';
import { pageSetup } from './page-setup';

/** What the report may show besides the workshop: the trend picture, drawn by the caller. */
export interface FollowUpReportOptions {
  readonly trend?: PlanPicture;
}

function sessionName(session: Session): string {
  return session.kind === 'workshop'
    ? text('followUpReport.session.workshop')
    : text('followUpReport.session.followUp');
}

function verdictBlocks(workshop: Workshop, sessions: readonly Session[]): Block[] {
  const latest = sessions[sessions.length - 1] as Session;
  return [
    paragraph([new TextRun(sessionVerdict(workshop, latest.id).sentence)], STYLE.verdict),
    ...sessions.slice(0, -1).map((session) =>
      note(
        text('followUpReport.verdict.then', {
          session: sessionName(session),
          date: formatCalendarDate(session.date),
          sentence: sessionVerdict(workshop, session.id).sentence,
        }),
      ),
    ),
  ];
}

function movementBlocks(workshop: Workshop, sessions: readonly Session[]): Block[] {
  const rows = movementRows(workshop);
  const earlier = sessions.slice(0, -1);
  const table = dataTable<MovementRow>(
    [
      { heading: text('followUpReport.moved.column.question'), width: 16, cell: (row) => row.question },
      ...earlier.map((session, index) => ({
        heading: `${sessionName(session)}, ${formatCalendarDate(session.date)}`,
        width: 14,
        cell: (row: MovementRow) => row.earlier[index] ?? '',
      })),
      { heading: text('followUpReport.moved.column.now'), width: 12, cell: (row) => row.now },
      { heading: text('followUpReport.moved.column.movement'), width: 26, cell: (row) => row.movement },
    ],
    rows,
    TEXT_WIDTH.portrait,
  );
  return [
    note(text('followUpReport.moved.intro')),
    table,
    ...movementSummary(rows).map((line) => paragraph([new TextRun(line)])),
  ];
}

/** The next review: the go/no-go review or the first milestone after the follow-up, if any. */
function nextReviewLine(workshop: Workshop, after: string): string {
  const { goNoGoDate, others } = workshop.milestones;
  if (goNoGoDate !== '' && goNoGoDate >= after) {
    return text('followUpReport.next.date', { date: formatCalendarDate(goNoGoDate, 'long') });
  }
  const next = [...others]
    .filter((milestone) => milestone.date !== '' && milestone.date >= after)
    .sort((first, second) => first.date.localeCompare(second.date))[0];
  return next === undefined
    ? text('followUpReport.next.notSet')
    : text('followUpReport.next.milestone', {
        label: next.label.trim(),
        date: formatCalendarDate(next.date, 'long'),
      });
}

/** Builds the follow-up report of a workshop's latest session. */
export function buildFollowUpReport(workshop: Workshop, options: FollowUpReportOptions = {}): Document {
  const sessions = workshopSessions(workshop);
  const latest = latestSession(workshop);
  const first = sessions[0] as Session;
  const title = planTitle(workshop.meta);
  const hasFollowUp = sessions.length > 1;
  const children: Block[] = [
    paragraph([new TextRun(text('followUpReport.title'))], STYLE.title),
    paragraph([new TextRun(title)], STYLE.subtitle),
    ...(hasText(workshop.meta.organisation)
      ? [
          paragraph(
            [
              new TextRun(
                text('followUpReport.organisation', { organisation: workshop.meta.organisation.trim() }),
              ),
            ],
            STYLE.coverDetail,
          ),
        ]
      : []),
    paragraph(
      [new TextRun(text('followUpReport.workshopOn', { date: formatCalendarDate(first.date, 'long') }))],
      STYLE.coverDetail,
    ),
    ...(hasFollowUp
      ? [
          paragraph(
            [new TextRun(text('followUpReport.heldOn', { date: formatCalendarDate(latest.date, 'long') }))],
            STYLE.coverDetail,
          ),
        ]
      : [paragraph([new TextRun(text('followUpReport.noFollowUp'))])]),
    heading(1, text('followUpReport.verdict.title')),
    ...verdictBlocks(workshop, sessions),
    ...(hasFollowUp
      ? [
          heading(1, text('followUpReport.moved.title')),
          // The trend first, at a glance; the table under it gives every answer in words.
          ...pictureWithCaption(
            options.trend,
            text('followUpReport.trend.caption'),
            PICTURE_BOXES.portrait,
            trendDescription(movementRows(workshop)),
          ),
          ...movementBlocks(workshop, sessions),
        ]
      : []),
    ...(workshop.actions.length === 0
      ? []
      : [heading(1, text('followUpReport.actions.title')), ...actionBlocks(workshop, latest.date)]),
    heading(1, text('followUpReport.next.title')),
    paragraph([new TextRun(nextReviewLine(workshop, latest.date))]),
  ];
  return new Document({
    title: `${text('followUpReport.title')}: ${title}`,
    subject: text('followUpReport.document.subject'),
    creator: hasText(workshop.meta.facilitator)
      ? workshop.meta.facilitator.trim()
      : text('followUpReport.document.creator'),
    ...planStyleOptions(),
    sections: [
      {
        properties: { page: pageSetup('portrait') },
        headers: {
          default: new Header({
            children: [new Paragraph({ style: STYLE.headerText, children: [new TextRun(title)] })],
          }),
        },
        children,
      },
    ],
  });
}
