import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Host } from '../../electron/host/create-host';
import { makeTemporaryDirectory } from '../../test/support/temporary-directory';
import { createTestHost, inProcessHostApi } from '../../test/support/test-host';
import { startAutosave } from './autosave';
import { createAppStore, startAppStore, type AppStore } from './store/create-app-store';

/** Short delays so the test runs in real time: save 20 ms after an edit, wait 400 ms at most for a gesture. */
const DELAYS = { afterEditMs: 20, retryMs: 60_000, gestureWaitMs: 400 };

function pointer(type: 'pointerdown' | 'pointerup' | 'pointercancel', pointerId = 1): void {
  window.dispatchEvent(new PointerEvent(type, { pointerId, bubbles: true }));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await sleep(5);
  }
}

describe('autosave', () => {
  let directory: ReturnType<typeof makeTemporaryDirectory>;
  let host: Host;
  let store: AppStore;
  let path: string;
  let stop: () => Promise<void>;

  const onDisk = () =>
    (JSON.parse(readFileSync(path, 'utf8')) as { meta: { location: string } }).meta.location;
  const setLocation = (location: string) =>
    store.getState().editWorkshop((draft) => {
      draft.meta.location = location;
    });

  beforeEach(async () => {
    directory = makeTemporaryDirectory();
    host = createTestHost(directory.path);
    const api = inProcessHostApi(host);
    store = createAppStore(api, { sessionId: 'autosave-test-1234' });
    await startAppStore(store, api);
    await store.getState().createWorkshop('Autosave');
    path = store.getState().openFile?.path ?? '';
    stop = startAutosave(store, DELAYS);
  });
  afterEach(async () => {
    await stop();
    pointer('pointercancel');
    await host.dispose();
    directory.remove();
  });

  it('saves shortly after an edit when no pointer is down', async () => {
    setLocation('Room 1');
    await until(() => store.getState().saveStatus === 'saved');
    expect(onDisk()).toBe('Room 1');
  });

  it('holds a save back while a pointer is down, and saves (with the drag’s own edit) once it lifts', async () => {
    pointer('pointerdown');
    setLocation('Room 2');
    await sleep(150); // well past the 20 ms save delay
    expect(store.getState().saveStatus).toBe('dirty');
    expect(onDisk()).toBe('');

    setLocation('Room 2, moved'); // what a drag writes when it ends
    pointer('pointerup');
    await until(() => store.getState().saveStatus === 'saved');
    expect(onDisk()).toBe('Room 2, moved');
  });

  it('after the lift, starts the held save only once the next frame (the drop) has been drawn', async () => {
    let frames = 0;
    let ticking = true;
    const tick = () => {
      frames += 1;
      if (ticking) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    let framesWhenSaving: number | null = null;
    const unsubscribe = store.subscribe((state) => {
      if (state.saveStatus === 'saving' && framesWhenSaving === null) framesWhenSaving = frames;
    });
    try {
      pointer('pointerdown');
      setLocation('Room 6');
      await sleep(100);
      const framesAtLift = frames;
      pointer('pointerup');
      await until(() => store.getState().saveStatus === 'saved');
      expect(framesWhenSaving).not.toBeNull();
      expect(framesWhenSaving).toBeGreaterThan(framesAtLift);
      expect(onDisk()).toBe('Room 6');
    } finally {
      ticking = false;
      unsubscribe();
    }
  });

  it('still saves soon after the lift when the window draws no frames (hidden)', async () => {
    const original = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0; // a hidden window: frames never come
    try {
      pointer('pointerdown');
      setLocation('Room 7');
      await sleep(60);
      const lifted = Date.now();
      pointer('pointerup');
      await until(() => store.getState().saveStatus === 'saved');
      expect(Date.now() - lifted).toBeLessThan(DELAYS.gestureWaitMs);
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
    await sleep(100);
    expect(store.getState().saveStatus).toBe('dirty');
    window.dispatchEvent(new Event('blur'));
    await until(() => store.getState().saveStatus === 'saved');
    expect(onDisk()).toBe('Room 3');
  });

  it('never holds a save back longer than the longest wait, even if the pointer never lifts', async () => {
    pointer('pointerdown');
    setLocation('Room 4');
    const started = Date.now();
    await until(() => store.getState().saveStatus === 'saved');
    expect(Date.now() - started).toBeGreaterThanOrEqual(DELAYS.gestureWaitMs - 50);
    expect(onDisk()).toBe('Room 4');
  });

  it('stopping writes an edit a gesture was holding back', async () => {
    pointer('pointerdown');
    setLocation('Room 5');
    await sleep(60);
    await stop();
    expect(onDisk()).toBe('Room 5');
  });
});
