import { describe, expect, it } from 'vitest';
import { buildSampleWorkshop } from '../../test/fixtures/build-sample-workshop';
import { aWorkshop, fixtureId } from '../../test/fixtures/builders';
import { fixtureText } from '../../test/fixtures/open-fixture';
import * as roomBuilders from '../../test/fixtures/room-builders';
import { parseWorkshopFile, serialiseWorkshop } from './file';
import type { JsonRecord } from './migrations';
import { migrateVersion5To6 } from './migrations';
import type { RoomActivity } from './room-activities';
import { CURRENT_SCHEMA_VERSION } from './workshop';

describe('migrateVersion5To6', () => {
  it('adds an empty list of room activities and changes nothing else', () => {
    const input: JsonRecord = Object.freeze({
      schemaVersion: 5,
      id: 'w',
      readiness: { rounds: [{ id: 'r' }] },
    });

    expect(migrateVersion5To6(input)).toEqual({
      schemaVersion: 6,
      id: 'w',
      readiness: { rounds: [{ id: 'r' }] },
      roomActivities: [],
    });
  });

  it('keeps a list a hand-made file already has, for validation to judge', () => {
    expect(migrateVersion5To6({ schemaVersion: 5, roomActivities: 'odd' })).toEqual({
      schemaVersion: 6,
      roomActivities: 'odd',
    });
  });
});

describe('the version 5 sample file', () => {
  it(`opens in format ${CURRENT_SCHEMA_VERSION} as the current sample workshop: no activities, rounds that did not ask how sure`, () => {
    const text = fixtureText('legacy-v5.readyroom');
    expect((JSON.parse(text) as JsonRecord)['schemaVersion']).toBe(5);

    const result = parseWorkshopFile(text, 'legacy-v5.readyroom');
    if (!result.ok) throw new Error(result.problem.message);

    expect(result.migratedFrom).toBe(5);
    expect(result.workshop).toEqual(buildSampleWorkshop());
    expect(result.workshop.roomActivities).toEqual([]);
    expect(result.workshop.readiness.rounds.every((round) => !round.askConfidence)).toBe(true);
    expect(result.workshop.readiness.ballots.every((ballot) => ballot.confidence === undefined)).toBe(true);
  });
});

function aWritingRound(): RoomActivity {
  return roomBuilders.aWritingRound({
    notes: [
      roomBuilders.aRoomNote('note-1', 'Depot managers keep their own spreadsheets', {
        groupId: fixtureId('group-1'),
        record: { kind: 'risk', id: fixtureId('risk-1') },
      }),
      roomBuilders.aRoomNote('note-2', 'Spreadsheets everywhere', {
        groupId: fixtureId('group-1'),
        mergedInto: fixtureId('note-1'),
      }),
    ],
    groups: [{ id: fixtureId('group-1'), title: 'Shadow tools' }],
  });
}

describe('a format 6 file with room activities', () => {
  it('keeps notes, groups, dots and confidence through saving and opening', () => {
    const dotVote: RoomActivity = {
      ...aWritingRound(),
      id: fixtureId('activity-2'),
      kind: 'dots',
      notes: [],
      groups: [],
      dots: {
        dotsPerPhone: 3,
        phones: 2,
        items: [
          { id: fixtureId('item-1'), label: 'Train depot leads', actionId: fixtureId('action-1') },
          { id: fixtureId('item-2'), label: 'One stock feed', actionId: null },
        ],
        totals: [
          { itemId: fixtureId('item-1'), dots: 4 },
          { itemId: fixtureId('item-2'), dots: 2 },
        ],
      },
    };
    const workshop = aWorkshop({ roomActivities: [aWritingRound(), dotVote] });

    const result = parseWorkshopFile(serialiseWorkshop(workshop), 'room.readyroom');

    expect(result).toEqual({ ok: true, workshop });
  });

  it('refuses two notes with one id, naming the second', () => {
    const activity = aWritingRound();
    const [first] = activity.notes;
    if (first === undefined) throw new Error('the round has notes');
    const workshop = aWorkshop({ roomActivities: [{ ...activity, notes: [first, first] }] });

    const result = parseWorkshopFile(serialiseWorkshop(workshop), 'room.readyroom');

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toContain('roomActivities[0].notes[1].id');
  });

  it('refuses a note longer than a phone may send', () => {
    const activity = aWritingRound();
    const [first] = activity.notes;
    if (first === undefined) throw new Error('the round has notes');
    const workshop = aWorkshop({
      roomActivities: [{ ...activity, notes: [{ ...first, text: 'x'.repeat(281) }] }],
    });

    const result = parseWorkshopFile(serialiseWorkshop(workshop), 'room.readyroom');

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toContain('at most 280 characters');
  });
});
