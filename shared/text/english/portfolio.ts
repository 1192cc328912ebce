/** The portfolio: every workshop of the library in one table, its CSV and its one-page Word summary. */
import type { Message } from '../translator';

export const PORTFOLIO = {
  'portfolio.heading': 'Portfolio across initiatives',
  'portfolio.lead':
    'Every workshop in the library in one table: its latest verdict, the four readiness questions, its last session and its overdue actions.',
  'portfolio.filter.text': 'Filter by title or organisation',
  'portfolio.filter.verdict': 'Verdict',
  'portfolio.filter.anyVerdict': 'Any verdict',
  'portfolio.column.title': 'Workshop',
  'portfolio.column.organisation': 'Organisation',
  'portfolio.column.verdict': 'Latest verdict',
  'portfolio.column.lastSession': 'Last session',
  'portfolio.column.overdue': 'Overdue actions',
  'portfolio.notVoted': 'Not voted',
  'portfolio.noDate': 'No date',
  'portfolio.caption': {
    one: 'Showing {count} of {total} workshops. Choose a column heading to sort by it.',
    other: 'Showing {count} of {total} workshops. Choose a column heading to sort by it.',
  },
  'portfolio.noMatch': 'No workshop matches the filter.',
  'portfolio.unreadable': {
    one: '{count} file in the library could not be read and is left out.',
    other: '{count} files in the library could not be read and are left out.',
  },
  'portfolio.export.group': 'Export the portfolio',
  'portfolio.export.csv': 'Portfolio (CSV)',
  'portfolio.export.docx': 'Portfolio summary (Word)',
  'portfolio.export.preparing': 'Preparing the portfolio…',
  'portfolio.export.saved': 'Saved the portfolio.',
  'portfolio.export.downloading': 'The portfolio is downloading ({fileName}).',
  'portfolio.export.failed': 'The portfolio could not be exported: {reason}',

  // The one-page Word summary for a transformation office.
  'portfolio.document.title': 'Portfolio of AI initiatives',
  'portfolio.document.subtitle': 'Scaling readiness on {date}',
  'portfolio.document.count': {
    one: '{count} workshop.',
    other: '{count} workshops.',
  },
  'portfolio.document.filtered': {
    one: '{count} of the {total} workshops in the library, as filtered on the home screen.',
    other: '{count} of the {total} workshops in the library, as filtered on the home screen.',
  },
  'portfolio.document.verdicts':
    'Ready to scale: {ready}. Not ready yet: {notReady}. Test not finished: {incomplete}.',
  'portfolio.document.overdue': {
    one: '{count} action is overdue across these workshops.',
    other: '{count} actions are overdue across these workshops.',
  },
  'portfolio.document.noOverdue': 'No action is overdue across these workshops.',
  'portfolio.document.gaps': 'Where the gaps are: {questions}.',
  'portfolio.document.gap': '{question} {no} no, {partly} partly',
  'portfolio.document.legend':
    'Yes means the question is settled; Partly and No are gaps to close before scaling. Overdue actions are open actions past their due date on {date}.',
  'portfolio.document.firstRows':
    'The table shows the first {shown} of these {count} workshops, in the order of the home screen (sort or filter there to choose them); the counts above cover all {count}, and the CSV lists every one.',
  'portfolio.document.subject': 'Scaling readiness across AI initiatives',
  'portfolio.document.creator': 'ReadyRoom',
  'portfolio.document.header': 'Portfolio of AI initiatives · ReadyRoom',
  'portfolio.document.fileName': 'ai-portfolio-{date}',
} as const satisfies Record<string, Message>;
