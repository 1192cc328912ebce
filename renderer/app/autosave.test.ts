import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestHostWithStores, type TestHostWithStores } from '../../test/support/workshop-store';
import { startAutosave } from './autosave';
import type { AppStore } from './store/create-app-store';

/** Short delays, so each wait below is easy to follow: save 20 ms after an edit, wait 400 ms at most for a gesture. */
const DELAYS = { afterEditMs: 20, retryMs: 60_000, gestureWaitMs: 400 };

function pointer(type: 'pointerdown' | 'pointerup' | 'pointercancel', pointerId = 1): void {
  window.dispatchEvent(new PointerEvent(type, { pointerId, bubbles: true }));
}

/** Moves the fake clock on by `ms`, running every timer and frame that falls due on the way. */
const wait = (ms: number): void => {
  vi.advanceTimersByTime(ms);
};

/**
 * Draws the next animation frame on the fake clock, then runs what it set off at once: a
 * zero-delay timer runs 1 ms later, in Node as on the fake clock.
 */
const drawNextFrame = (): void => {
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(1);
};

/**
 * Resolves once the host has written the file and the store says so; rejects if the save
 * fails. The write itself is real file I/O, which the fake clock does not hold back.
 */
function saved(store: AppStore): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (): boolean => {
      const { saveStatus, saveError } = store.getState();
      if (saveStatus === 'saved') resolve();
      else if (saveStatus === 'failed') reject(new Error(saveError ?? 'the save failed'));
      else return false;
      return true;
    };
    if (settle()) return;
    const unsubscribe = store.subscribe(() => {
      if (settle()) unsubscribe();
    });
  });
}

// The clock is fake (timers, Date and animation frames), so each test states exactly when a
// save may start and when it must have started, and nothing depends on how busy the machine is.
describe('autosave', () => {
  let stores: TestHostWithStores;
  let store: AppStore;
  let path: string;
  let stop: () => Promise<void>;

  const onDisk = () =>
    (JSON.parse(readFileSync(path, 'utf8')) as { meta: { location: string } }).meta.location;
  const setLocation = (location: string) =>
    store.getState().editWorkshop((draft) => {
      draft.meta.location = location;
    });
  const status = () => store.getState().saveStatus;

  beforeEach(async () => {
    stores = createTestHostWithStores();
    store = await stores.startStore('autosave-test-1234');
    await store.getState().createWorkshop('Autosave');
    path = store.getState().openFile?.path ?? '';
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'Date', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    stop = startAutosave(store, DELAYS);
  });
  afterEach(async () => {
    await stop();
    pointer('pointercancel');
    vi.useRealTimers();
    await stores.dispose();
  });

  it('saves shortly after an edit when no pointer is down', async () => {
    setLocation('Room 1');
    wait(DELAYS.afterEditMs - 1);
    expect(status()).toBe('dirty');
    wait(1);
    expect(status()).toBe('saving');
    await saved(store);
    expect(onDisk()).toBe('Room 1');
  });

  it('holds a save back while a pointer is down, and saves (with the drag’s own edit) once it lifts', async () => {
    pointer('pointerdown');
    setLocation('Room 2');
    wait(150); // well past the 20 ms save delay
    expect(status()).toBe('dirty');
    expect(onDisk()).toBe('');

    setLocation('Room 2, moved'); // what a drag writes when it ends
    pointer('pointerup');
    drawNextFrame();
    await saved(store);
    expect(onDisk()).toBe('Room 2, moved');
  });

  it('after the lift, starts the held save only once the next frame (the drop) has been drawn', async () => {
    let frames = 0;
    const tick = () => {
      frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    let framesWhenSaving: number | null = null;
    const unsubscribe = store.subscribe((state) => {
      if (state.saveStatus === 'saving' && framesWhenSaving === null) framesWhenSaving = frames;
    });
    try {
      pointer('pointerdown');
      setLocation('Room 6');
      wait(100);
      const framesAtLift = frames;
      pointer('pointerup');
      drawNextFrame();
      expect(framesWhenSaving).toBe(framesAtLift + 1);
      await saved(store);
      expect(onDisk()).toBe('Room 6');
    } finally {
      unsubscribe();
    }
  });

  it('still saves soon after the lift when the window draws no frames (hidden)', async () => {
    const original = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0; // a hidden window: frames never come
    try {
      pointer('pointerdown');
      setLocation('Room 7');
      wait(60);
      pointer('pointerup');
      // Well before the longest wait for a gesture (400 ms after the save fell due) is over.
      wait(DELAYS.gestureWaitMs / 2);
      expect(status()).toBe('saving');
      await saved(store);
      expect(onDisk()).toBe('Room 7');
    } finally {
      window.requestAnimationFrame = original;
    }
  });

  it('waits for every pointer to lift (two fingers), and losing focus ends the gesture', async () => {
    pointer('pointerdown', 1);
    pointer('pointerdown', 2);
    setLocation('Room 3');
    pointer('pointerup', 1);
    wait(100);
    expect(status()).toBe('dirty');
    window.dispatchEvent(new Event('blur'));
    drawNextFrame();
    expect(status()).toBe('saving');
    await saved(store);
    expect(onDisk()).toBe('Room 3');
  });

  it('never holds a save back longer than the longest wait, even if the pointer never lifts', async () => {
    pointer('pointerdown');
    setLocation('Room 4');
    wait(DELAYS.afterEditMs + DELAYS.gestureWaitMs - 1);
    expect(status()).toBe('dirty');
    wait(1);
    expect(status()).toBe('saving');
    await saved(store);
    expect(onDisk()).toBe('Room 4');
  });

  it('stopping writes an edit a gesture was holding back', async () => {
    pointer('pointerdown');
    setLocation('Room 5');
    wait(60);
    await stop();
    expect(onDisk()).toBe('Room 5');
  });
});
