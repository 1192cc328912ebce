import { readFileSync } from 'node:fs';
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHostWithStores, type TestHostWithStores } from '../../../test/support/workshop-store';
import { SimulatedPhone } from '../../../test/voting/support/simulated-phone';
import type { Workshop } from '../../../shared/workshop/workshop';
import { redo, undo, UNDO_GROUP_MS, type AppStore } from './create-app-store';
import { selectOtherWorkshopVoting, selectOwnRoom, selectOwnRound } from './voting-slice';

/** Lets the next edit be its own undo step. */
const nextUndoStep = () => new Promise((resolve) => setTimeout(resolve, UNDO_GROUP_MS + 50));

/** Whether anything answers HTTP at `origin`. */
function answers(origin: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(`${origin}/room/state`, { timeout: 1000 }, (response) => {
      response.resume();
      resolve(true);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

const onDisk = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Workshop;

describe('voting facts in the workshop over a real host and room', () => {
  let stores: TestHostWithStores;
  let store: AppStore;
  const phones: SimulatedPhone[] = [];

  beforeEach(async () => {
    stores = createTestHostWithStores();
    store = await stores.startStore('session-voting-1234');
    await store.getState().loadVoting();
  });
  afterEach(async () => {
    for (const phone of phones.splice(0)) phone.close();
    await stores.dispose();
  });

  async function phoneInRoom(): Promise<SimulatedPhone> {
    const room = selectOwnRoom(store.getState());
    if (room === null) throw new Error('no room of this workshop is open');
    const phone = new SimulatedPhone(new URL(room.joinUrl).origin);
    phones.push(phone);
    await phone.join(room.code);
    return phone;
  }

  /** Opens the room and a phone round on ownership and data, and casts three ballots. */
  async function roundWithThreeBallots(): Promise<string> {
    await store.getState().openVotingRoom('127.0.0.1', false);
    await store.getState().openVotingRound(['ownership', 'data'], 'phones', null);
    expect(store.getState().votingError).toBeNull();
    const roundId = selectOwnRound(store.getState())?.roundId ?? '';
    const [first, second] = [await phoneInRoom(), await phoneInRoom()];
    expect((await first.vote(roundId, 'ownership', 'yes')).status).toBe(200);
    expect((await first.vote(roundId, 'data', 'no')).status).toBe(200);
    expect((await second.vote(roundId, 'ownership', 'partly')).status).toBe(200);
    return roundId;
  }

  it('keeps every ballot and the closed round through undo and redo of earlier edits', async () => {
    await store.getState().createWorkshop('Undo after a vote');
    store.getState().editWorkshop((draft) => {
      draft.meta.location = 'Leeds';
    });
    await nextUndoStep();
    const roundId = await roundWithThreeBallots();
    await store.getState().closeVotingRound();
    await store.getState().revealVotingRound(roundId);
    const recorded = store.getState().workshop?.readiness;
    expect(recorded?.ballots).toHaveLength(3);
    expect(recorded?.rounds[0]).toMatchObject({ id: roundId, revealed: true });
    expect(recorded?.rounds[0]?.closedAt).not.toBeNull();

    // Opening, closing and revealing the round are not undo steps: the one step is the location.
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    undo(store);
    const afterUndo = store.getState().workshop;
    expect(afterUndo?.meta.location).toBe('');
    expect(afterUndo?.readiness.ballots).toHaveLength(3);
    expect(afterUndo?.readiness.rounds).toEqual(recorded?.rounds);
    redo(store);
    expect(store.getState().workshop?.meta.location).toBe('Leeds');
    expect(store.getState().workshop?.readiness.ballots).toHaveLength(3);
    // The host agrees: the round it holds is closed, and so is the document's.
    expect(store.getState().voting?.round?.status).toBe('closed');
  });

  it('keeps an open round through undo, and records its ballots when it closes', async () => {
    await store.getState().createWorkshop('Undo while the round is open');
    store.getState().editWorkshop((draft) => {
      draft.meta.organisation = 'Northwind';
    });
    await nextUndoStep();
    await roundWithThreeBallots();
    undo(store);
    expect(store.getState().workshop?.meta.organisation).toBe('');
    expect(store.getState().workshop?.readiness.rounds).toHaveLength(1);
    expect(store.getState().workshop?.readiness.rounds[0]?.closedAt).toBeNull();
    await store.getState().closeVotingRound();
    expect(store.getState().workshop?.readiness.ballots).toHaveLength(3);
    // A later typed edit clears redo, but not the ballots.
    store.getState().editWorkshop((draft) => {
      draft.meta.location = 'York';
    });
    undo(store);
    expect(store.getState().workshop?.readiness.ballots).toHaveLength(3);
  });

  it('undoes a final answer typed after the vote without touching the ballots', async () => {
    await store.getState().createWorkshop('Final answer');
    const roundId = await roundWithThreeBallots();
    await store.getState().closeVotingRound();
    await store.getState().revealVotingRound(roundId);
    store.getState().editWorkshop((draft) => {
      draft.readiness.finalAnswers.ownership.answer = 'partly';
    });
    undo(store);
    expect(store.getState().workshop?.readiness.finalAnswers.ownership.answer).toBeNull();
    expect(store.getState().workshop?.readiness.ballots).toHaveLength(3);
    expect(store.getState().workshop?.readiness.rounds[0]?.revealed).toBe(true);
  });

  it('closes the room into workshop A when the facilitator switches to workshop B', async () => {
    await store.getState().createWorkshop('Workshop A');
    const pathA = store.getState().openFile?.path ?? '';
    const roundId = await roundWithThreeBallots();
    const room = selectOwnRoom(store.getState());
    const origin = room === null ? '' : new URL(room.joinUrl).origin;
    const latePhone = phones[0] as SimulatedPhone;

    await store.getState().closeWorkshop();
    // A's round closed with its ballots into A's file, and the room stopped listening.
    const fileA = onDisk(pathA);
    expect(fileA.readiness.rounds).toHaveLength(1);
    expect(fileA.readiness.rounds[0]?.closedAt).not.toBeNull();
    expect(fileA.readiness.ballots).toHaveLength(3);
    expect(store.getState().voting?.room.status).toBe('closed');
    expect(await answers(origin)).toBe(false);

    await store.getState().createWorkshop('Workshop B');
    const pathB = store.getState().openFile?.path ?? '';
    expect(selectOwnRound(store.getState())).toBeNull();
    expect(selectOtherWorkshopVoting(store.getState())).toBe(false);
    // A phone still holding A's round id reaches nothing; B's file never hears of it.
    expect((await latePhone.vote(roundId, 'data', 'yes').catch(() => ({ status: 0 }))).status).not.toBe(200);
    await store.getState().saveNow();
    expect(onDisk(pathB).readiness.rounds).toHaveLength(0);
    expect(onDisk(pathB).readiness.ballots).toHaveLength(0);
  });

  it('refuses to open a round for B while A still holds the room, and says so', async () => {
    await store.getState().createWorkshop('Workshop A');
    await store.getState().openVotingRoom('127.0.0.1', false);
    const otherWindow = await stores.startStore('session-other-5678');
    await otherWindow.getState().loadVoting();
    await otherWindow.getState().createWorkshop('Workshop B');
    expect(selectOwnRoom(otherWindow.getState())).toBeNull();
    expect(selectOtherWorkshopVoting(otherWindow.getState())).toBe(true);
    await otherWindow.getState().openVotingRound(['ownership'], 'phones', null);
    expect(otherWindow.getState().votingError).toMatch(/another workshop/);
    expect(otherWindow.getState().workshop?.readiness.rounds).toHaveLength(0);
  });

  it('brings ballots of a round closed while the window was gone into the file when it opens again', async () => {
    await store.getState().createWorkshop('Window closed mid-vote');
    const path = store.getState().openFile?.path ?? '';
    await roundWithThreeBallots();
    await store.getState().saveNow();
    // The window goes away without closing anything (a closed tab, a crash).
    await stores.host.windowsGone();
    expect(store.getState().voting?.room.status).toBe('closed');
    expect(onDisk(path).readiness.ballots).toHaveLength(0);

    const reopened = await stores.startStore('session-reopened-9999');
    expect(await reopened.getState().openWorkshop(path, { takeOver: true })).toBe(true);
    const readiness = reopened.getState().workshop?.readiness;
    expect(readiness?.ballots).toHaveLength(3);
    expect(readiness?.rounds[0]?.closedAt).not.toBeNull();
    // Catching up is not an undo step either.
    expect(reopened.temporal.getState().pastStates).toHaveLength(0);
    expect(reopened.getState().saveStatus).toBe('dirty');
  });
});
