/**
 * Reminders without a server: the actions' due dates as an iCalendar file (`.ics`) that
 * owners import into their own calendars. One all-day event per action with a due date,
 * with a stable UID, so importing a newer export updates the events instead of doubling
 * them. The file carries no network link: no URL, no e-mail address (owners are named in
 * the attendees' names only), nothing to subscribe to; ReadyRoom sends nothing.
 */
import { createHash } from 'node:crypto';
import { text } from '../../../../shared/text';
import type { Action, PersonRef, Workshop } from '../../../../shared/workshop';
import { actionsInPlanOrder } from '../plan/action-order';
import { planTitle } from '../plan/cover';
import { hasText } from '../plan/format';
import { ACTION_STATUS_LABELS } from '../plan/labels';
import { indexPeople } from '../plan/people';
import { traceability } from '../plan/traceability';
import { type WrittenFile, writeExportFile } from '../write-export';
import {
  contentLine,
  escapeText,
  icsDate,
  icsDayAfter,
  icsText,
  icsTimestamp,
  parameterValue,
} from './ics-format';

/** The product identifier every calendar file names (RFC 5545 §3.7.3). */
const PRODUCT_ID = '-//ReadyRoom//Action reminders//EN';

/** The reminder goes off at 09:00 on the day before the action is due. */
const REMINDER_BEFORE_START = '-PT15H';

/** The workshop parts the calendar reads. */
export type CalendarWorkshop = Pick<
  Workshop,
  'id' | 'meta' | 'actions' | 'participants' | 'stakeholders' | 'risks' | 'dataSources' | 'workflow'
>;

/** The actions a calendar holds: those with a due date, unless the group dropped them. */
function remindedActions(actions: readonly Action[]): Action[] {
  return actions.filter((action) => action.status !== 'dropped' && icsDate(action.dueDate) !== undefined);
}

/** How many events a calendar holds: the actions with a due date that were not dropped. */
export function calendarEventCount(workshop: Pick<Workshop, 'actions'>): number {
  return remindedActions(workshop.actions).length;
}

/**
 * The actions of a workshop with a due date as iCalendar text: one all-day VEVENT each, in
 * the plan's order; dropped actions are left out, done ones get no alarm. `generatedAt` is the DTSTAMP of every event.
 */
export function actionsToIcs(workshop: CalendarWorkshop, generatedAt: Date): string {
  const people = indexPeople(workshop);
  const trace = traceability(workshop);
  const title = planTitle(workshop.meta);
  const stamp = icsTimestamp(generatedAt);
  const nameOf = (person: PersonRef | null): string | undefined => {
    const owner = person === null ? undefined : people.owner(person);
    return owner?.kind === 'named' ? owner.name : undefined;
  };

  const event = (action: Action): string[] => {
    const start = icsDate(action.dueDate);
    const end = icsDayAfter(action.dueDate);
    if (start === undefined || end === undefined) return [];
    const code = trace.actionCode(action);
    const summary = text('calendar.event.summary', {
      code,
      title: hasText(action.title) ? action.title.trim() : text('calendar.event.untitled'),
    });
    const owner = people.owner(action.owner);
    const accountable = nameOf(action.raci.accountable);
    const addresses = trace.addresses(action);
    const description = [
      owner.kind === 'named'
        ? text('calendar.event.owner', { name: owner.name })
        : text('calendar.event.noOwner'),
      ...(accountable === undefined ? [] : [text('calendar.event.accountable', { name: accountable })]),
      ...(addresses.length === 0 ? [] : [text('plan.trace.addresses', { links: addresses.join('; ') })]),
      text('calendar.event.status', { status: ACTION_STATUS_LABELS[action.status] }),
      text('calendar.event.workshop', { title }),
      text('calendar.noNetworkLink'),
    ].join('\n');
    const attendees = uniqueNames([
      owner.kind === 'named' ? owner.name : undefined,
      accountable,
      ...action.raci.responsible.map(nameOf),
    ]);
    return [
      'BEGIN:VEVENT',
      contentLine('UID', escapeText(`${workshop.id}-${action.id}@readyroom`)),
      contentLine('DTSTAMP', stamp),
      contentLine('DTSTART', start, { VALUE: 'DATE' }),
      contentLine('DTEND', end, { VALUE: 'DATE' }),
      contentLine('SUMMARY', escapeText(summary)),
      contentLine('DESCRIPTION', escapeText(description)),
      contentLine('TRANSP', 'TRANSPARENT'),
      ...attendees.map((name) =>
        contentLine('ATTENDEE', personUrn(workshop.id, name), {
          CN: parameterValue(name),
          ROLE: 'REQ-PARTICIPANT',
          PARTSTAT: 'NEEDS-ACTION',
          RSVP: 'FALSE',
        }),
      ),
      ...(action.status === 'done'
        ? []
        : [
            'BEGIN:VALARM',
            'ACTION:DISPLAY',
            contentLine('TRIGGER', REMINDER_BEFORE_START),
            contentLine('DESCRIPTION', escapeText(text('calendar.event.reminder', { summary }))),
            'END:VALARM',
          ]),
      'END:VEVENT',
    ];
  };

  // Non-standard but widely read names; VALUE=TEXT tells every parser the value is escaped text.
  return icsText([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', PRODUCT_ID),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    contentLine('X-WR-CALNAME', escapeText(text('calendar.name', { title })), { VALUE: 'TEXT' }),
    contentLine('X-WR-CALDESC', escapeText(text('calendar.description', { title })), {
      VALUE: 'TEXT',
    }),
    ...actionsInPlanOrder(remindedActions(workshop.actions)).flatMap(event),
    'END:VCALENDAR',
  ]);
}

/** Names once each, by the same key the plan counts people by, in the order given. */
function uniqueNames(names: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  return names.filter((name): name is string => {
    if (name === undefined) return false;
    const key = name.toLocaleLowerCase('en').replace(/\s+/g, ' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * An attendee's calendar address without inventing an e-mail: a name-based UUID URN
 * (RFC 4122 version 5 layout over SHA-1), the same for the same person in the same
 * workshop, so re-imports keep the attendee. It reaches nobody.
 */
function personUrn(workshopId: string, name: string): string {
  const hash = createHash('sha1')
    .update(`${workshopId}\0${name.toLocaleLowerCase('en').replace(/\s+/g, ' ')}`)
    .digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Writes the actions' calendar of a workshop to `targetPath` atomically. */
export async function writeActionsCalendar(
  workshop: CalendarWorkshop,
  targetPath: string,
  generatedAt: Date,
): Promise<WrittenFile> {
  return writeExportFile(targetPath, Buffer.from(actionsToIcs(workshop, generatedAt), 'utf8'));
}
