import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHostWithStores, type TestHostWithStores } from '../../../test/support/workshop-store';
import { SimulatedPhone } from '../../../test/voting/support/simulated-phone';
import type { ActionId, NoteGroupId, RoomActivityId, RoomNoteId } from '../../../shared/workshop/ids';
import { anAction } from '../../../test/fixtures/builders';
import { applyDotRanking } from '../../../shared/workshop/dot-ranking';
import { turnNoteIntoRecord } from '../../../shared/workshop/note-records';
import { moveNoteToNewGroup } from '../../../shared/workshop/room-notes';
import type { Workshop } from '../../../shared/workshop/workshop';
import { redo, undo, UNDO_GROUP_MS, type AppStore } from './create-app-store';
import { selectOwnRoom, selectOwnRound } from './voting-slice';

/** Lets the next edit be its own undo step. */
const nextUndoStep = () => new Promise((resolve) => setTimeout(resolve, UNDO_GROUP_MS + 50));

const onDisk = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Workshop;

describe('room activities in the workshop over a real host and room', () => {
  let stores: TestHostWithStores;
  let store: AppStore;
  const phones: SimulatedPhone[] = [];

  beforeEach(async () => {
    stores = createTestHostWithStores();
    store = await stores.startStore('session-room-1234');
    await store.getState().loadVoting();
  });
  afterEach(async () => {
    for (const phone of phones.splice(0)) phone.close();
    await stores.dispose();
  });

  async function phonesInRoom(count: number): Promise<SimulatedPhone[]> {
    const room = selectOwnRoom(store.getState());
    if (room === null) throw new Error('no room of this workshop is open');
    const joined: SimulatedPhone[] = [];
    for (let index = 0; index < count; index += 1) {
      const phone = new SimulatedPhone(new URL(room.joinUrl).origin);
      phones.push(phone);
      await phone.join(room.code);
      joined.push(phone);
    }
    return joined;
  }

  /** A workshop with an edit (the one undo step), a room, and a writing round with three notes. */
  async function writingRoundWithThreeNotes(title: string): Promise<RoomActivityId> {
    await store.getState().createWorkshop(title);
    // Any stage can run one: here the stakeholder map (going there is an undo step of its own).
    const stage = store.getState().workshop?.agenda.find((candidate) => candidate.kind === 'stakeholders');
    if (stage !== undefined) store.getState().goToStage(stage.id);
    await nextUndoStep();
    store.getState().editWorkshop((draft) => {
      draft.meta.location = 'Leeds';
    });
    await nextUndoStep();
    await store.getState().openVotingRoom('127.0.0.1', false);
    await store.getState().openRoomActivity({
      kind: 'writing',
      prompt: 'What will break at 14 depots?',
      durationSeconds: null,
    });
    expect(store.getState().votingError).toBeNull();
    const activityId = store.getState().voting?.activity?.activityId ?? '';
    const [first, second] = await phonesInRoom(2);
    for (const [phone, text] of [
      [first, 'Depot spreadsheets'],
      [first, 'Nobody owns the stock feed'],
      [second, 'Spreadsheets everywhere'],
    ] as const) {
      expect((await phone?.note(activityId, text))?.status).toBe(200);
    }
    return activityId as RoomActivityId;
  }

  it('records the round as it opens, closes and is revealed, with its notes, and no undo step', async () => {
    const activityId = await writingRoundWithThreeNotes('Writing round');
    const stageId = store.getState().workshop?.agenda.find((stage) => stage.kind === 'stakeholders')?.id;
    expect(stageId).toBeDefined();
    const opened = store.getState().workshop?.roomActivities[0];
    expect(opened).toMatchObject({ id: activityId, kind: 'writing', stageId, closedAt: null, notes: [] });

    await store.getState().closeRoomActivity();
    const closed = store.getState().workshop?.roomActivities[0];
    expect(closed?.closedAt).not.toBeNull();
    expect(closed?.revealedAt).toBeNull();
    expect(closed?.notes.map((note) => note.text).sort()).toEqual([
      'Depot spreadsheets',
      'Nobody owns the stock feed',
      'Spreadsheets everywhere',
    ]);

    await store.getState().revealRoomActivity();
    expect(store.getState().workshop?.roomActivities[0]?.revealedAt).not.toBeNull();
    // Only going to the stage and the location were undo steps.
    expect(store.temporal.getState().pastStates).toHaveLength(2);
    await store.getState().saveNow();
    expect(onDisk(store.getState().openFile?.path ?? '').roomActivities[0]?.notes).toHaveLength(3);
  });

  it('keeps the notes through undo and redo of an earlier edit, and undoes the facilitator’s own edits', async () => {
    const activityId = await writingRoundWithThreeNotes('Undo after writing');
    await store.getState().revealRoomActivity();
    const noteId = store.getState().workshop?.roomActivities[0]?.notes[0]?.id as RoomNoteId;

    await nextUndoStep();
    store
      .getState()
      .editWorkshopWith((workshop) =>
        moveNoteToNewGroup(workshop, activityId, noteId, { id: 'group-1' as NoteGroupId, title: 'Data' }),
      );
    await nextUndoStep();
    store
      .getState()
      .editWorkshopWith((workshop) =>
        turnNoteIntoRecord(workshop, { activityId, noteId, kind: 'risk', newRecordId: 'risk-from-room' }),
      );
    expect(store.getState().workshop?.risks.map((risk) => risk.id)).toEqual(['risk-from-room']);

    undo(store); // the risk
    expect(store.getState().workshop?.risks).toEqual([]);
    expect(store.getState().workshop?.roomActivities[0]?.notes[0]?.record).toBeNull();
    undo(store); // the group
    expect(store.getState().workshop?.roomActivities[0]?.groups).toEqual([]);
    undo(store); // the location, from before the round opened
    const before = store.getState().workshop;
    expect(before?.meta.location).toBe('');
    expect(before?.roomActivities).toHaveLength(1);
    expect(before?.roomActivities[0]?.notes).toHaveLength(3);
    expect(before?.roomActivities[0]?.revealedAt).not.toBeNull();

    redo(store);
    redo(store);
    redo(store);
    const after = store.getState().workshop;
    expect(after?.meta.location).toBe('Leeds');
    expect(after?.roomActivities[0]?.notes).toHaveLength(3);
    expect(after?.roomActivities[0]?.notes[0]).toMatchObject({
      groupId: 'group-1',
      record: { kind: 'risk', id: 'risk-from-room' },
    });

    // Deleting the risk in the register lets the note forget it, in the same step.
    store.getState().editWorkshop((draft) => {
      draft.risks = [];
    });
    expect(store.getState().workshop?.roomActivities[0]?.notes[0]?.record).toBeNull();
  });

  it('records a dot vote’s totals with the actions its items stand for, and the ranking sets priorities in one step', async () => {
    await store.getState().createWorkshop('Dot vote');
    const actionIds = ['a1', 'a2', 'a3'];
    store.getState().editWorkshop((draft) => {
      for (const id of actionIds)
        draft.actions.push(anAction({ id: id as ActionId, title: `Action ${id}`, priority: 'medium' }));
    });
    await nextUndoStep();
    await store.getState().openVotingRoom('127.0.0.1', false);
    await store.getState().openRoomActivity({
      kind: 'dots',
      prompt: 'Which matter most?',
      durationSeconds: null,
      dotsPerPhone: 3,
      items: actionIds.map((id) => ({ id: `item-${id}`, label: `Action ${id}`, actionId: id as ActionId })),
    });
    expect(store.getState().votingError).toBeNull();
    const activityId = store.getState().voting?.activity?.activityId ?? '';
    const [first, second] = await phonesInRoom(2);
    expect((await first?.placeDots(activityId, { 'item-a2': 3 }))?.status).toBe(200);
    expect((await second?.placeDots(activityId, { 'item-a2': 1, 'item-a3': 2 }))?.status).toBe(200);
    await store.getState().revealRoomActivity();

    const dots = store.getState().workshop?.roomActivities[0]?.dots;
    expect(dots?.phones).toBe(2);
    expect(dots?.items.map((item) => item.actionId)).toEqual(actionIds);
    expect(Object.fromEntries((dots?.totals ?? []).map((total) => [total.itemId, total.dots]))).toEqual({
      'item-a1': 0,
      'item-a2': 4,
      'item-a3': 2,
    });

    store.getState().editWorkshopWith((workshop) => applyDotRanking(workshop, activityId as RoomActivityId));
    expect(store.getState().workshop?.actions.map((action) => action.priority)).toEqual([
      'low',
      'high',
      'medium',
    ]);
    undo(store);
    expect(store.getState().workshop?.actions.map((action) => action.priority)).toEqual([
      'medium',
      'medium',
      'medium',
    ]);
    expect(store.getState().workshop?.roomActivities[0]?.dots?.totals).toHaveLength(3);
  });

  it('keeps how sure each voter was when the round asked', async () => {
    await store.getState().createWorkshop('Confidence');
    await store.getState().openVotingRoom('127.0.0.1', false);
    await store.getState().openVotingRound(['data'], 'phones', null, true);
    const roundId = selectOwnRound(store.getState())?.roundId ?? '';
    const [phone] = await phonesInRoom(1);
    expect((await phone?.vote(roundId, 'data', 'partly', 2))?.status).toBe(200);
    await store.getState().closeVotingRound();

    const readiness = store.getState().workshop?.readiness;
    expect(readiness?.rounds[0]?.askConfidence).toBe(true);
    expect(readiness?.ballots.map((ballot) => [ballot.answer, ballot.confidence])).toEqual([['partly', 2]]);
  });

  it('brings a round closed while the window was gone into the file when it opens again', async () => {
    await writingRoundWithThreeNotes('Window gone mid-writing');
    const path = store.getState().openFile?.path ?? '';
    await store.getState().saveNow();
    await stores.host.windowsGone();
    expect(onDisk(path).roomActivities[0]?.notes).toEqual([]);

    const reopened = await stores.startStore('session-reopened-9999');
    expect(await reopened.getState().openWorkshop(path, { takeOver: true })).toBe(true);
    const activity = reopened.getState().workshop?.roomActivities[0];
    expect(activity?.closedAt).not.toBeNull();
    expect(activity?.notes).toHaveLength(3);
    expect(reopened.temporal.getState().pastStates).toHaveLength(0);
    expect(reopened.getState().saveStatus).toBe('dirty');
  });

  it('records an activity still running when a reloaded window opens the workshop, even if it was never saved', async () => {
    await store.getState().createWorkshop('Reload mid-writing');
    const path = store.getState().openFile?.path ?? '';
    await store.getState().saveNow();
    await store.getState().openVotingRoom('127.0.0.1', false);
    await store
      .getState()
      .openRoomActivity({ kind: 'writing', prompt: 'What breaks?', durationSeconds: null });
    const activityId = store.getState().voting?.activity?.activityId;
    expect(onDisk(path).roomActivities).toEqual([]);

    const reloaded = await stores.startStore('session-reloaded-4321');
    await reloaded.getState().loadVoting();
    expect(await reloaded.getState().openWorkshop(path, { takeOver: true })).toBe(true);

    expect(
      reloaded.getState().workshop?.roomActivities.map((activity) => [activity.id, activity.closedAt]),
    ).toEqual([[activityId, null]]);
  });
});
