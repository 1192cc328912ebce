import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkshopFromTemplate } from '../../../shared/workshop/template';
import { elapsedMs, remainingMs } from '../../../shared/cockpit/stage-timer';
import { makeTemporaryDirectory } from '../../../test/support/temporary-directory';
import { createTestHost, inProcessHostApi } from '../../../test/support/test-host';
import { createAppStore, type AppStore } from './create-app-store';

describe('session slice: stages and timer', () => {
  let directory: ReturnType<typeof makeTemporaryDirectory>;
  let store: AppStore;
  let now = Date.parse('2026-11-25T09:00:00Z');

  beforeEach(() => {
    directory = makeTemporaryDirectory();
    store = createAppStore(inProcessHostApi(createTestHost(directory.path)), {
      sessionId: 'session-timer-01',
      clock: () => now,
    });
    store.getState().receiveOpenedDocument({
      path: `${directory.path}/x.readyroom`,
      fileName: 'x.readyroom',
      workshop: createWorkshopFromTemplate({ title: 'Timer', now: new Date(now) }),
      revision: 'r1',
      migratedFrom: null,
    });
  });
  afterEach(() => directory.remove());

  const agenda = () => store.getState().workshop?.agenda ?? [];

  it('records the actual start when the timer starts and the end when the stage is left', () => {
    const [first, second] = agenda();
    store.getState().goToStage(first?.id ?? '');
    expect(agenda()[0]?.status).toBe('active');
    store.getState().toggleTimer();
    expect(agenda()[0]?.actualStart).toBe('2026-11-25T09:00:00.000Z');
    now += 12 * 60_000;
    const timer = store.getState().timers[first?.id ?? ''];
    expect(timer && remainingMs(timer, now)).toBe(-2 * 60_000);

    store.getState().goToNextStage();
    expect(store.getState().currentStageId).toBe(second?.id);
    expect(agenda()[0]).toMatchObject({ status: 'done', actualEnd: '2026-11-25T09:12:00.000Z' });
    const paused = store.getState().timers[first?.id ?? ''];
    now += 60_000;
    expect(paused && elapsedMs(paused, now)).toBe(12 * 60_000);
  });

  it('a stage only looked at goes back to planned when left', () => {
    store.getState().goToStage(agenda()[2]?.id ?? '');
    expect(agenda()[2]?.status).toBe('active');
    store.getState().goToStage(agenda()[0]?.id ?? '');
    expect(agenda()[2]).toMatchObject({ status: 'planned', actualStart: null, actualEnd: null });
  });

  it('pauses, extends and resumes', () => {
    store.getState().goToStage(agenda()[0]?.id ?? '');
    store.getState().toggleTimer();
    now += 60_000;
    store.getState().toggleTimer();
    store.getState().extendCurrentTimer(5);
    now += 10 * 60_000;
    const timer = store.getState().timers[agenda()[0]?.id ?? ''];
    expect(timer && remainingMs(timer, now)).toBe((10 + 5 - 1) * 60_000);
  });

  it('skips skipped stages and can always go back', () => {
    store.getState().editWorkshop((draft) => {
      const second = draft.agenda[1];
      if (second) second.status = 'skipped';
    });
    store.getState().goToStage(agenda()[0]?.id ?? '');
    store.getState().goToNextStage();
    expect(store.getState().currentStageId).toBe(agenda()[2]?.id);
    store.getState().goToPreviousStage();
    expect(store.getState().currentStageId).toBe(agenda()[0]?.id);
    store.getState().goToStage(agenda()[9]?.id ?? '');
    store.getState().goToStage(agenda()[3]?.id ?? '');
    expect(store.getState().currentStageId).toBe(agenda()[3]?.id);
  });
});
