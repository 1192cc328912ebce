import { describe, expect, it } from 'vitest';
import { aReloadingTab } from '../../test/support/workshop-store';
import { undo, type AppStore } from '../app/store/create-app-store';
import { startCockpitSessionPersistence } from './cockpit-session';

describe('the stage a reload of the facilitator window comes back to', () => {
  const { storage, aWindow } = aReloadingTab(startCockpitSessionPersistence);

  const stageOfKind = (store: AppStore, kind: string) =>
    store.getState().workshop?.agenda.find((stage) => stage.kind === kind);

  it('is the stage the facilitator was on, even when an undo changed which stage the agenda says is running', async () => {
    const first = await aWindow();
    await first.getState().createWorkshop('Depot rollout');
    const path = first.getState().openFile?.path ?? '';
    const stakeholders = stageOfKind(first, 'stakeholders')?.id ?? '';
    first.getState().goToStage(stakeholders);
    for (let step = 0; step < 10 && stageOfKind(first, 'stakeholders')?.status === 'active'; step += 1) {
      undo(first);
    }
    expect(stageOfKind(first, 'stakeholders')?.status).not.toBe('active');
    expect(first.getState().currentStageId).toBe(stakeholders);
    await first.getState().saveNow();

    const reloaded = await aWindow();
    expect(await reloaded.getState().openWorkshop(path)).toBe(true);
    expect(reloaded.getState().currentStageId).toBe(stakeholders);
  });

  it('is the first stage of another workshop, and of one whose kept entry is garbled', async () => {
    const first = await aWindow();
    await first.getState().createWorkshop('Depot rollout');
    first.getState().goToStage(stageOfKind(first, 'metrics')?.id ?? '');
    await first.getState().createWorkshop('Another day');
    expect(first.getState().currentStageId).toBe(stageOfKind(first, 'welcome')?.id);

    const path = first.getState().openFile?.path ?? '';
    storage.setItem('readyroom.cockpit', '{"path": ');
    const reloaded = await aWindow();
    await reloaded.getState().openWorkshop(path);
    expect(reloaded.getState().currentStageId).toBe(stageOfKind(reloaded, 'welcome')?.id);
  });
});
