import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkshopFromTemplate } from '../../../shared/workshop/template';
import { stageActualMinutes } from '../../../shared/cockpit/agenda-logic';
import { elapsedMs, remainingMs } from '../../../shared/cockpit/stage-timer';
import { createTestHostWithStores, type TestHostWithStores } from '../../../test/support/workshop-store';
import { createAppStore, type AppStore } from './create-app-store';

describe('session slice: stages and timer', () => {
  let stores: TestHostWithStores;
  let store: AppStore;
  let now = Date.parse('2026-11-25T09:00:00Z');

  beforeEach(() => {
    stores = createTestHostWithStores();
    // Not started: the tests hand the store its document themselves and drive its clock.
    store = createAppStore(stores.api, {
      sessionId: 'session-timer-01',
      clock: () => now,
    });
    store.getState().receiveOpenedDocument({
      path: `${stores.directory}/x.readyroom`,
      fileName: 'x.readyroom',
      workshop: createWorkshopFromTemplate({ title: 'Timer', now: new Date(now) }),
      revision: 'r1',
      migratedFrom: null,
    });
  });
  afterEach(() => stores.dispose());

  const agenda = () => store.getState().workshop?.agenda ?? [];

  const minutesOf = (index: number) => {
    const stage = agenda()[index];
    return stage === undefined ? undefined : stageActualMinutes(stage, new Date(now));
  };

  it('records the time a stage is on from entering it, without the timer', () => {
    const [first, second] = agenda();
    store.getState().goToStage(first?.id ?? '');
    expect(agenda()[0]?.status).toBe('active');
    now += 12 * 60_000;
    expect(minutesOf(0)).toBe(12);

    store.getState().goToNextStage();
    expect(store.getState().currentStageId).toBe(second?.id);
    expect(agenda()[0]).toMatchObject({
      status: 'done',
      visits: [{ start: '2026-11-25T09:00:00.000Z', end: '2026-11-25T09:12:00.000Z' }],
    });
    now += 5 * 60_000;
    expect(minutesOf(0)).toBe(12);
    expect(minutesOf(1)).toBe(5);
  });

  it('adds a revisit to the time already spent on a stage', () => {
    store.getState().goToStage(agenda()[0]?.id ?? '');
    now += 10 * 60_000;
    store.getState().goToStage(agenda()[1]?.id ?? '');
    now += 20 * 60_000;
    store.getState().goToStage(agenda()[0]?.id ?? '');
    now += 3 * 60_000;
    store.getState().goToStage(agenda()[1]?.id ?? '');
    expect(minutesOf(0)).toBe(13);
    expect(minutesOf(1)).toBe(20);
  });

  it('keeps the countdown apart from the record: the timer never changes the actual time', () => {
    store.getState().goToStage(agenda()[0]?.id ?? '');
    now += 2 * 60_000;
    store.getState().toggleTimer();
    now += 60_000;
    store.getState().toggleTimer();
    expect(minutesOf(0)).toBe(3);
    const timer = store.getState().timers[agenda()[0]?.id ?? ''];
    expect(timer && elapsedMs(timer, now)).toBe(60_000);
  });

  it('lets the facilitator correct the actual minutes of a stage, and take the correction back', () => {
    store.getState().goToStage(agenda()[0]?.id ?? '');
    now += 4 * 60_000;
    store.getState().goToNextStage();
    store.getState().correctStageMinutes(agenda()[0]?.id ?? '', 15);
    expect(minutesOf(0)).toBe(15);
    store.getState().correctStageMinutes(agenda()[0]?.id ?? '', null);
    expect(minutesOf(0)).toBe(4);
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
