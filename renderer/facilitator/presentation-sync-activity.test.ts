import { castDraft } from 'immer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DotItemId, NoteGroupId, RoomActivityId, RoomNoteId } from '../../shared/workshop/ids';
import type { RoomActivity, RoomNote } from '../../shared/workshop/room-activities';
import { openTestWorkshop, type TestWorkshop } from '../../test/support/workshop-store';
import { presentationFor } from './presentation-sync';

function aNote(id: string, text: string, changes: Partial<RoomNote> = {}): RoomNote {
  return {
    id: id as RoomNoteId,
    text,
    writtenAt: '2026-03-18T10:00:00.000Z',
    groupId: null,
    hidden: false,
    mergedInto: null,
    record: null,
    ...changes,
  };
}

describe('the room activity the audience screen is sent', () => {
  let test: TestWorkshop;
  let stageId: string;
  beforeEach(async () => {
    test = await openTestWorkshop('Depot rollout');
    const stage = test.store.getState().workshop?.agenda.find((item) => item.kind === 'workflow');
    if (stage === undefined) throw new Error('No workflow stage.');
    stageId = stage.id;
    test.store.getState().goToStage(stageId);
  });
  afterEach(() => test.dispose());

  function add(activity: Omit<RoomActivity, 'stageId'>) {
    test.store.getState().recordOutsideFacts((workshop) => ({
      ...workshop,
      roomActivities: [...workshop.roomActivities, castDraft({ ...activity, stageId } as RoomActivity)],
    }));
  }

  const group = 'group-1' as NoteGroupId;
  const writing = {
    id: 'writing-1' as RoomActivityId,
    kind: 'writing',
    prompt: 'What will break?',
    openedAt: '2026-03-18T10:00:00.000Z',
    closedAt: '2026-03-18T10:05:00.000Z',
    revealedAt: '2026-03-18T10:05:00.000Z',
    notes: [
      aNote('a', 'Depot Wi-Fi', { groupId: group }),
      aNote('b', 'Depot wifi', { groupId: group, mergedInto: 'a' as RoomNoteId }),
      aNote('c', 'PRIVATE GRUDGE', { hidden: true }),
      aNote('d', 'Night shift training'),
    ],
    groups: [{ id: group, title: 'Network' }],
    dots: null,
  } as const;

  it('shows revealed notes by group once shown, never a hidden one, counting merged duplicates', () => {
    add(writing);
    expect(presentationFor(test.store.getState()).activity).toBeNull();
    test.store.getState().presentActivity('writing-1');
    expect(presentationFor(test.store.getState()).activity).toEqual({
      kind: 'notes',
      prompt: 'What will break?',
      groups: [
        { title: 'Network', notes: [{ text: 'Depot Wi-Fi', merged: 1 }] },
        { title: null, notes: [{ text: 'Night shift training', merged: 0 }] },
      ],
      more: 0,
    });
    expect(JSON.stringify(presentationFor(test.store.getState()))).not.toContain('PRIVATE');
  });

  it('stops showing it on another stage, and never shows an unrevealed activity', () => {
    add({ ...writing, revealedAt: null });
    test.store.getState().presentActivity('writing-1');
    expect(presentationFor(test.store.getState()).activity).toBeNull();
    const other = test.store.getState().workshop?.agenda.find((item) => item.kind === 'actions');
    test.store.getState().goToStage(other?.id ?? '');
    expect(presentationFor(test.store.getState()).activity).toBeNull();
  });

  it('shows a dot vote as a ranking, most dots first', () => {
    const item = (id: string, label: string) => ({ id: id as DotItemId, label, actionId: null });
    add({
      ...writing,
      id: 'dots-1' as RoomActivityId,
      kind: 'dots',
      prompt: 'Which matter most?',
      notes: [],
      groups: [],
      dots: {
        dotsPerPhone: 3,
        phones: 4,
        items: [item('x', 'Train'), item('y', 'Wi-Fi'), item('z', 'Scanners')],
        totals: [
          { itemId: 'x' as DotItemId, dots: 2 },
          { itemId: 'y' as DotItemId, dots: 7 },
          { itemId: 'z' as DotItemId, dots: 3 },
        ],
      },
    });
    test.store.getState().presentActivity('dots-1');
    expect(presentationFor(test.store.getState()).activity).toEqual({
      kind: 'ranking',
      prompt: 'Which matter most?',
      phones: 4,
      items: [
        { label: 'Wi-Fi', dots: 7, rank: 1 },
        { label: 'Scanners', dots: 3, rank: 2 },
        { label: 'Train', dots: 2, rank: 3 },
      ],
    });
  });
});
