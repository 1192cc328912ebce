import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  aParticipant,
  aWorkshop,
  anAction,
  fixtureId,
  namedOwner,
  participantOwner,
} from '../../../../test/fixtures/builders';
import { actionsToIcs, calendarEventCount } from './actions-calendar';
import { escapeText, foldLine } from './ics-format';

const GENERATED_AT = new Date('2025-04-02T08:30:00.000Z');

const priya = aParticipant({ id: fixtureId('participant-priya'), name: 'Priya Shah' });
const tom = aParticipant({ id: fixtureId('participant-tom'), name: 'Tom O’Neill, Ops; "Claims"' });

function workshopWithActions() {
  return aWorkshop({
    id: fixtureId('workshop-claims'),
    meta: { ...aWorkshop().meta, title: 'Claims triage, phase 2', organisation: 'Harbour Mutual' },
    participants: [priya, tom],
    actions: [
      anAction({
        id: fixtureId('action-map'),
        title: 'Map every claims data feed; agree the nightly batch, with IT',
        owner: participantOwner(priya.id),
        dueDate: '2025-05-02',
        killer: 'data',
        raci: {
          accountable: { kind: 'participant', participantId: tom.id },
          responsible: [{ kind: 'participant', participantId: priya.id }],
          consulted: [],
          informed: [],
        },
        addresses: [{ kind: 'gap', questionId: 'data' }],
      }),
      anAction({
        id: fixtureId('action-undated'),
        title: 'Find a sponsor',
        owner: namedOwner('Jo'),
        dueDate: '',
      }),
      anAction({
        id: fixtureId('action-done'),
        title: 'Line 1\nLine 2 with a backslash \\ and ünïcödé that goes on and on to need folding',
        owner: namedOwner('Jo'),
        dueDate: '2025-12-31',
        status: 'done',
      }),
      anAction({
        id: fixtureId('action-dropped'),
        title: 'Dropped',
        dueDate: '2025-06-01',
        status: 'dropped',
      }),
    ],
  });
}

/** The calendar read back by ical.js, Mozilla's parser. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('actionsToIcs', () => {
  it('writes one all-day event per action with a due date, read back by ical.js', () => {
    const ics = actionsToIcs(workshopWithActions(), GENERATED_AT);
    const { calendar, events } = parse(ics);

    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//ReadyRoom//Action reminders//EN');
    expect(events).toHaveLength(2);
    expect(calendarEventCount(workshopWithActions())).toBe(2);

    const first = new ICAL.Event(events[0]);
    expect(first.uid).toBe('workshop-claims-action-map@readyroom');
    expect(first.summary).toBe('A1 Map every claims data feed; agree the nightly batch, with IT');
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe('2025-05-02');
    expect(first.endDate.toString()).toBe('2025-05-03');
    expect(first.description.split('\n')).toEqual([
      'Owner: Priya Shah',
      'Accountable: Tom O’Neill, Ops; "Claims"',
      'Addresses: Data gap',
      'Status: Not started',
      'From the workshop: Claims triage, phase 2',
      'This reminder carries no network link: it was exported from ReadyRoom and reaches nobody by itself.',
    ]);
    expect(events[0]?.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-04-02T08:30:00Z');
    const alarm = events[0]?.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm?.getFirstPropertyValue('trigger')?.toString()).toBe('-PT15H');
  });

  it('names owners in the attendees without inventing an e-mail address', () => {
    const { events } = parse(actionsToIcs(workshopWithActions(), GENERATED_AT));
    const attendees = events[0]?.getAllProperties('attendee') ?? [];
    expect(attendees.map((attendee) => attendee.getParameter('cn'))).toEqual([
      'Priya Shah',
      "Tom O’Neill, Ops; 'Claims'",
    ]);
    for (const attendee of attendees) {
      const address = String(attendee.getFirstValue());
      expect(address).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(address).not.toMatch(/mailto|@|https?:/i);
      expect(attendee.getParameter('rsvp')).toBe('FALSE');
    }
  });

  it('keeps each event’s UID and attendee address from one export to the next', () => {
    const earlier = actionsToIcs(workshopWithActions(), GENERATED_AT);
    const later = actionsToIcs(workshopWithActions(), new Date('2025-06-01T00:00:00Z'));
    const ids = (ics: string) =>
      parse(ics).events.map((event) => [
        event.getFirstPropertyValue('uid'),
        event.getAllProperties('attendee').map((attendee) => String(attendee.getFirstValue())),
      ]);
    expect(ids(later)).toEqual(ids(earlier));
  });

  it('keeps line breaks, backslashes and accents through escaping and folding, and sets no reminder for a done action', () => {
    const ics = actionsToIcs(workshopWithActions(), GENERATED_AT);
    const done = new ICAL.Event(parse(ics).events[1]);
    expect(done.summary).toBe(
      'A3 Line 1\nLine 2 with a backslash \\ and ünïcödé that goes on and on to need folding',
    );
    expect(parse(ics).events[1]?.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('writes CRLF line ends and no line longer than 75 octets', () => {
    const ics = actionsToIcs(workshopWithActions(), GENERATED_AT);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(ics).not.toMatch(/https?:|mailto:/i);
  });

  it('tells in the calendar itself that it carries no network link', () => {
    const { calendar } = parse(actionsToIcs(workshopWithActions(), GENERATED_AT));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Claims triage, phase 2: actions');
    expect(String(calendar.getFirstPropertyValue('x-wr-caldesc'))).toContain('carries no network link');
  });

  it('gives an empty but valid calendar when no action has a due date', () => {
    const { events } = parse(actionsToIcs(aWorkshop({ actions: [anAction({ dueDate: '' })] }), GENERATED_AT));
    expect(events).toEqual([]);
  });
});

describe('the iCalendar format', () => {
  it('escapes commas, semicolons, backslashes and line breaks', () => {
    expect(escapeText('a,b;c\\d\r\ne\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a character', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(
      `DESCRIPTION:${'é'.repeat(80)}`,
    );
  });
});
