import { describe, expect, it } from 'vitest';
import { aDataSource, anAction, aStakeholder, aWorkshop, fixtureId } from '../../test/fixtures/builders';
import { aRoomNote, aWritingRound } from '../../test/fixtures/room-builders';
import { WorkshopSchema } from './workshop';
import {
  mergedRoot,
  mergeNotes,
  moveNoteToGroup,
  moveNoteToNewGroup,
  renameNoteGroup,
  setNoteHidden,
  ungroupNotes,
  unmergeNotes,
} from './room-notes';
import { roomOriginOf, withoutDanglingNoteRecords } from './note-record-links';
import { turnNoteIntoRecord } from './note-records';
import type { NoteRecordKind, RoomActivity } from './room-activities';
import type { Workshop } from './workshop';

const activityId = fixtureId('activity-1');
const id = fixtureId;

function roomWith(overrides: Partial<RoomActivity> = {}): Workshop {
  return aWorkshop({
    roomActivities: [
      aWritingRound({
        notes: [
          aRoomNote('n1', 'Depot managers keep their own spreadsheets'),
          aRoomNote('n2', 'Spreadsheets everywhere'),
          aRoomNote('n3', 'Nobody owns the stock feed'),
        ],
        ...overrides,
      }),
    ],
  });
}

function notesOf(workshop: Workshop) {
  const activity = workshop.roomActivities[0];
  if (activity === undefined) throw new Error('no activity');
  return Object.fromEntries(activity.notes.map((note) => [note.id, note]));
}

describe('grouping', () => {
  it('starts a group with a note, moves another in, renames it, and ungroups', () => {
    let workshop = moveNoteToNewGroup(roomWith(), activityId, id('n1'), { id: id('g1'), title: 'Group 1' });
    workshop = moveNoteToGroup(workshop, activityId, id('n3'), id('g1'));
    workshop = renameNoteGroup(workshop, activityId, id('g1'), 'Shadow tools');

    expect(workshop.roomActivities[0]?.groups).toEqual([{ id: id('g1'), title: 'Shadow tools' }]);
    expect(Object.values(notesOf(workshop)).map((note) => note.groupId)).toEqual([id('g1'), null, id('g1')]);

    const ungrouped = ungroupNotes(workshop, activityId, id('g1'));
    expect(ungrouped.roomActivities[0]?.groups).toEqual([]);
    expect(Object.values(notesOf(ungrouped)).every((note) => note.groupId === null)).toBe(true);
  });

  it('takes a note out of its group, and refuses a group that does not exist', () => {
    const grouped = roomWith({
      groups: [{ id: id('g1'), title: 'A' }],
      notes: [aRoomNote('n1', 'x', { groupId: id('g1') })],
    });

    expect(notesOf(moveNoteToGroup(grouped, activityId, id('n1'), null))[id('n1')]?.groupId).toBeNull();
    expect(moveNoteToGroup(grouped, activityId, id('n1'), id('nope'))).toBe(grouped);
    expect(moveNoteToGroup(grouped, id('other-activity'), id('n1'), null)).toBe(grouped);
  });
});

describe('merging duplicates', () => {
  it('points the duplicate at the note it joined, in that note’s group, and splits them again', () => {
    const workshop = roomWith({
      groups: [{ id: id('g1'), title: 'A' }],
      notes: [aRoomNote('n1', 'Spreadsheets', { groupId: id('g1') }), aRoomNote('n2', 'Spreadsheets!')],
    });

    const merged = mergeNotes(workshop, activityId, id('n2'), id('n1'));
    expect(notesOf(merged)[id('n2')]).toMatchObject({ mergedInto: id('n1'), groupId: id('g1') });

    const split = unmergeNotes(merged, activityId, id('n1'));
    expect(notesOf(split)[id('n2')]?.mergedInto).toBeNull();
  });

  it('follows merges of merges to the note that stays, and never makes a loop', () => {
    let workshop = mergeNotes(roomWith(), activityId, id('n2'), id('n1'));
    workshop = mergeNotes(workshop, activityId, id('n3'), id('n2'));

    expect(notesOf(workshop)[id('n3')]?.mergedInto).toBe(id('n1'));
    expect(mergeNotes(workshop, activityId, id('n1'), id('n3'))).toBe(workshop);
    expect(mergeNotes(workshop, activityId, id('n1'), id('n1'))).toBe(workshop);

    // Merging the kept note into another carries its duplicates along.
    const fresh = roomWith({ notes: [...(workshop.roomActivities[0]?.notes ?? []), aRoomNote('n4', 'New')] });
    const moved = mergeNotes(fresh, activityId, id('n1'), id('n4'));
    const activity = moved.roomActivities[0];
    if (activity === undefined) throw new Error('no activity');
    expect(['n1', 'n2', 'n3'].map((note) => mergedRoot(activity, id(note)))).toEqual([
      id('n4'),
      id('n4'),
      id('n4'),
    ]);
  });
});

describe('hiding', () => {
  it('hides a note without deleting it and shows it again', () => {
    const hidden = setNoteHidden(roomWith(), activityId, id('n2'), true);

    expect(notesOf(hidden)[id('n2')]).toMatchObject({ hidden: true, text: 'Spreadsheets everywhere' });
    expect(notesOf(setNoteHidden(hidden, activityId, id('n2'), false))[id('n2')]?.hidden).toBe(false);
    expect(setNoteHidden(hidden, activityId, id('n2'), true)).toBe(hidden);
  });
});

describe('turnNoteIntoRecord', () => {
  const now = '2026-12-07T10:00:00.000Z';
  const turn = (workshop: Workshop, kind: NoteRecordKind, into?: string) =>
    turnNoteIntoRecord(workshop, {
      activityId,
      noteId: id('n1'),
      kind,
      newRecordId: 'made-1',
      now,
      ...(into === undefined ? {} : { into: id(into) }),
    });

  it.each([
    ['risk', (w: Workshop) => w.risks[0]?.title],
    ['action', (w: Workshop) => w.actions[0]?.title],
    ['workflow-change', (w: Workshop) => w.workflow.changes[0]?.description],
    ['parking-lot', (w: Workshop) => w.parkingLot[0]?.text],
    ['stakeholder-concern', (w: Workshop) => w.stakeholders[0]?.concerns],
    ['data-issue', (w: Workshop) => w.dataSources[0]?.notes],
  ] as const)('makes a %s that says what the note said, and the note points at it', (kind, words) => {
    const workshop = turn(roomWith(), kind);

    expect(words(workshop)).toBe('Depot managers keep their own spreadsheets');
    expect(notesOf(workshop)[id('n1')]?.record).toEqual({ kind, id: 'made-1' });
    expect(roomOriginOf(workshop, 'made-1')).toEqual({
      activityId,
      noteId: id('n1'),
      prompt: 'What will break when we scale to 14 depots?',
      noteText: 'Depot managers keep their own spreadsheets',
    });
    expect(WorkshopSchema.parse(workshop)).toEqual(workshop);
  });

  it('adds a concern to the chosen stakeholder, and an issue to the chosen data source, below what they had', () => {
    const workshop = aWorkshop({
      ...roomWith(),
      stakeholders: [aStakeholder({ id: id('s1'), name: 'Depot managers', concerns: 'Extra admin' })],
      dataSources: [aDataSource({ id: id('d1'), system: 'Stock', notes: '' })],
    });

    const withConcern = turn(workshop, 'stakeholder-concern', 's1');
    expect(withConcern.stakeholders).toHaveLength(1);
    expect(withConcern.stakeholders[0]?.concerns).toBe(
      'Extra admin\nDepot managers keep their own spreadsheets',
    );
    expect(roomOriginOf(withConcern, id('s1'), 'stakeholder-concern')?.noteId).toBe(id('n1'));

    const withIssue = turn(workshop, 'data-issue', 'd1');
    expect(withIssue.dataSources[0]?.notes).toBe('Depot managers keep their own spreadsheets');
    expect(roomOriginOf(withIssue, id('d1'), 'risk')).toBeNull();
  });

  it('leaves a note that already became a record, or a hidden note, as it is', () => {
    const once = turn(roomWith(), 'risk');
    expect(turn(once, 'action')).toBe(once);

    const hidden = setNoteHidden(roomWith(), activityId, id('n1'), true);
    expect(turn(hidden, 'risk')).toBe(hidden);
  });

  it('forgets the record once it is deleted, so the note can become something else', () => {
    const made = turn(roomWith(), 'risk');
    const deleted = { ...made, risks: [] };

    const cleaned = withoutDanglingNoteRecords(deleted);
    expect(notesOf(cleaned)[id('n1')]?.record).toBeNull();
    expect(roomOriginOf(cleaned, 'made-1')).toBeNull();
    expect(withoutDanglingNoteRecords(made)).toBe(made);
    expect(turn(cleaned, 'action').actions).toHaveLength(1);
  });

  it('does not clear a record that another list holds under the same id', () => {
    const made = turn(roomWith(), 'action');
    const other = { ...made, risks: [], actions: [anAction({ id: id('made-1') })] };

    expect(withoutDanglingNoteRecords(other)).toBe(other);
  });
});
