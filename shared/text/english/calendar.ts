/** The actions' due dates as a calendar file (.ics): the events' words and the export's messages. */
import type { Message } from '../translator';

export const CALENDAR = {
  'calendar.name': '{title}: actions',
  'calendar.description':
    'The actions of {title} by due date, for your own calendar. This file carries no network link: ReadyRoom sends nothing and invites nobody, and the reminders come from your calendar.',
  'calendar.noNetworkLink':
    'This reminder carries no network link: it was exported from ReadyRoom and reaches nobody by itself.',
  'calendar.event.summary': '{code} {title}',
  'calendar.event.untitled': 'Action without a title',
  'calendar.event.owner': 'Owner: {name}',
  'calendar.event.noOwner': 'Owner: not agreed yet',
  'calendar.event.accountable': 'Accountable: {name}',
  'calendar.event.status': 'Status: {status}',
  'calendar.event.workshop': 'From the workshop: {title}',
  'calendar.event.reminder': 'Due tomorrow: {summary}',
  'calendar.export.button': 'Reminders (.ics)',
  'calendar.export.format': 'calendar of due dates',
  'calendar.export.noLink':
    'Owners import it into their own calendar to be reminded; it carries no network link and sends nothing.',
} as const satisfies Record<string, Message>;
