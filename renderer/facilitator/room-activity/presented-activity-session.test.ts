import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHostWithStores, type TestHostWithStores } from '../../../test/support/workshop-store';
import type { AppStore } from '../../app/store/create-app-store';
import { keepPresentedActivity } from './presented-activity-session';

describe('the board the room was shown, across a reload of the facilitator window', () => {
  let stores: TestHostWithStores;
  const storage = window.sessionStorage;
  beforeEach(() => {
    stores = createTestHostWithStores();
    storage.clear();
  });
  afterEach(async () => {
    await stores.dispose();
    storage.clear();
  });

  /** A window as this tab starts it: its store, keeping what the room is shown in the tab's storage. */
  async function aWindow(): Promise<AppStore> {
    const store = await stores.startStore('reloaded-tab-1');
    keepPresentedActivity(store, storage);
    return store;
  }

  async function showBoard(store: AppStore): Promise<{ path: string; stageId: string }> {
    if (!(await store.getState().createWorkshop('Depot rollout'))) throw new Error('Not created.');
    const stageId = store.getState().workshop?.agenda.find((stage) => stage.kind === 'workflow')?.id ?? '';
    store.getState().goToStage(stageId);
    store.getState().presentActivity('writing-1');
    return { path: store.getState().openFile?.path ?? '', stageId };
  }

  it('shows it again when the reloaded window opens the same workshop', async () => {
    const { path, stageId } = await showBoard(await aWindow());
    const reloaded = await aWindow();
    expect(reloaded.getState().presentedActivity).toBeNull();
    expect(await reloaded.getState().openWorkshop(path)).toBe(true);
    expect(reloaded.getState().presentedActivity).toEqual({ stageId, activityId: 'writing-1' });
  });

  it('shows nothing again once the facilitator stopped showing it, or in another workshop', async () => {
    const first = await aWindow();
    const { path } = await showBoard(first);
    first.getState().presentActivity(null);
    const reloaded = await aWindow();
    await reloaded.getState().openWorkshop(path);
    expect(reloaded.getState().presentedActivity).toBeNull();

    await showBoard(reloaded);
    const other = await aWindow();
    await other.getState().createWorkshop('Another day');
    expect(other.getState().presentedActivity).toBeNull();
  });

  it('ignores a garbled entry', async () => {
    storage.setItem('readyroom.presented-activity', '{"path": 3');
    const store = await aWindow();
    await store.getState().createWorkshop('Depot rollout');
    expect(store.getState().presentedActivity).toBeNull();
  });
});
