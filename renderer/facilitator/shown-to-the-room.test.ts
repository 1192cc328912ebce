import { describe, expect, it } from 'vitest';
import { aReloadingTab } from '../../test/support/workshop-store';
import type { AppStore } from '../app/store/create-app-store';
import { keepWhatTheRoomIsShown } from './shown-to-the-room';

describe('what the room was shown, across a reload of the facilitator window', () => {
  const { storage, aWindow } = aReloadingTab(keepWhatTheRoomIsShown);

  async function openOnStage(store: AppStore, kind: string): Promise<{ path: string; stageId: string }> {
    if (!(await store.getState().createWorkshop('Depot rollout'))) throw new Error('Not created.');
    const stageId = store.getState().workshop?.agenda.find((stage) => stage.kind === kind)?.id ?? '';
    store.getState().goToStage(stageId);
    return { path: store.getState().openFile?.path ?? '', stageId };
  }

  it('shows a revealed board again when the reloaded window opens the same workshop', async () => {
    const first = await aWindow();
    const { path, stageId } = await openOnStage(first, 'workflow');
    first.getState().presentActivity('writing-1');
    const reloaded = await aWindow();
    expect(reloaded.getState().presentedActivity).toBeNull();
    expect(await reloaded.getState().openWorkshop(path)).toBe(true);
    expect(reloaded.getState().presentedActivity).toEqual({ stageId, activityId: 'writing-1' });
  });

  it('shows a canvas again as it was framed, with the timer hidden as it was', async () => {
    const first = await aWindow();
    const { path, stageId } = await openOnStage(first, 'stakeholders');
    first.getState().presentCanvas('stakeholders');
    first.getState().moveCanvasView('zoomIn');
    first.getState().setPresentOptions({ timer: false });
    const framed = first.getState().canvasView;
    expect(framed).not.toBeNull();

    const reloaded = await aWindow();
    await reloaded.getState().openWorkshop(path);
    expect(reloaded.getState().presentedCanvas).toEqual({ stageId, canvas: 'stakeholders' });
    expect(reloaded.getState().canvasView).toEqual(framed);
    expect(reloaded.getState().presentOptions).toEqual({ stage: true, timer: false });
  });

  it('shows the readiness verdict again', async () => {
    const first = await aWindow();
    const { path, stageId } = await openOnStage(first, 'readiness');
    first.getState().showVerdict(true);
    const reloaded = await aWindow();
    await reloaded.getState().openWorkshop(path);
    expect(reloaded.getState().verdictShownStageId).toBe(stageId);
  });

  it('shows nothing again once the facilitator stopped showing it, or in another workshop', async () => {
    const first = await aWindow();
    const { path } = await openOnStage(first, 'workflow');
    first.getState().presentActivity('writing-1');
    first.getState().presentActivity(null);
    const reloaded = await aWindow();
    await reloaded.getState().openWorkshop(path);
    expect(reloaded.getState().presentedActivity).toBeNull();

    reloaded.getState().presentActivity('writing-2');
    const other = await aWindow();
    await other.getState().createWorkshop('Another day');
    expect(other.getState().presentedActivity).toBeNull();
  });

  it('ignores a garbled entry, and keeps what it can of a damaged one', async () => {
    storage.setItem('readyroom.shown-to-the-room', '{"path": 3');
    const store = await aWindow();
    await store.getState().createWorkshop('Depot rollout');
    expect(store.getState().presentedActivity).toBeNull();

    const path = store.getState().openFile?.path ?? '';
    storage.setItem(
      'readyroom.shown-to-the-room',
      JSON.stringify({
        path,
        presentedCanvas: { stageId: 's1', canvas: 'not-a-canvas' },
        canvasView: { zoom: 99, centreX: 0.5, centreY: 0.5 },
        verdictShownStageId: 7,
        presentOptions: { stage: false },
        presentedActivity: { stageId: 's1', activityId: 'writing-1' },
      }),
    );
    const reloaded = await aWindow();
    await reloaded.getState().openWorkshop(path);
    expect(reloaded.getState().presentedCanvas).toBeNull();
    expect(reloaded.getState().canvasView).toBeNull();
    expect(reloaded.getState().verdictShownStageId).toBeNull();
    expect(reloaded.getState().presentOptions).toEqual({ stage: false, timer: true });
    expect(reloaded.getState().presentedActivity).toEqual({ stageId: 's1', activityId: 'writing-1' });
  });
});
