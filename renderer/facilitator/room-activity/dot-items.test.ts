import { describe, expect, it } from 'vitest';
import { anAction, aWorkshop, fixtureId } from '../../../test/fixtures/builders';
import { aRoomNote, aWritingRound } from '../../../test/fixtures/room-builders';
import type { NoteGroupId, RoomNoteId } from '../../../shared/workshop/ids';
import { dotItemsFromActions, dotItemsFromNotes } from './dot-items';

describe('what a dot vote is about', () => {
  it('offers every action, each item remembering its action', () => {
    const actions = [anAction({ title: 'Fix Wi-Fi' }), anAction({ title: '' })];
    const items = dotItemsFromActions(aWorkshop({ actions }));
    expect(items.map(({ label, actionId }) => [label, actionId])).toEqual([
      ['Fix Wi-Fi', actions[0]?.id],
      ['Action 2', actions[1]?.id],
    ]);
    expect(new Set(items.map((item) => item.id)).size).toBe(2);
  });

  it('offers the latest revealed writing round: each group once, then the shown notes in no group', () => {
    const group = fixtureId('group-1') as NoteGroupId;
    const earlier = aWritingRound({ id: fixtureId('earlier'), notes: [aRoomNote('e1', 'Old idea')] });
    const latest = aWritingRound({
      id: fixtureId('latest'),
      groups: [{ id: group, title: 'Network' }],
      notes: [
        aRoomNote('n1', 'Wi-Fi drops', { groupId: group }),
        aRoomNote('n2', 'Wi-Fi is slow', { groupId: group }),
        aRoomNote('n3', 'No printer'),
        aRoomNote('n4', 'No printer!', { mergedInto: fixtureId('n3') as RoomNoteId }),
        aRoomNote('n5', 'Rude remark', { hidden: true }),
      ],
    });
    const unrevealed = aWritingRound({
      id: fixtureId('open'),
      revealedAt: null,
      notes: [aRoomNote('o1', 'x')],
    });
    const items = dotItemsFromNotes(aWorkshop({ roomActivities: [earlier, latest, unrevealed] }));
    expect(items.map(({ label, actionId }) => [label, actionId])).toEqual([
      ['Network', null],
      ['No printer', null],
    ]);
  });
});
