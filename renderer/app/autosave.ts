import type { AppStore } from './store/create-app-store';

/** Autosave waits this long after the last edit. */
export const AUTOSAVE_DELAY_MS = 1000;
/** A failed save is retried after this long (and at once from the Retry button). */
export const AUTOSAVE_RETRY_MS = 5000;
/**
 * A save that falls due while a mouse button or a finger is down (a card being dragged, a
 * lasso being drawn) waits until it lifts, but never longer than this after it fell due.
 */
export const AUTOSAVE_GESTURE_WAIT_MS = 5000;
/** After the gesture, a held save waits for the next frame, or this long if none is drawn. */
const FRAME_WAIT_MS = 100;

/** When autosave runs; the defaults are the constants above. */
export interface AutosaveDelays {
  readonly afterEditMs: number;
  readonly retryMs: number;
  readonly gestureWaitMs?: number;
}

/**
 * Whether a pointer is down in `target`: a gesture is in progress. Losing focus ends every
 * gesture (the button may be released outside the window, where we would not hear it).
 */
function watchGestures(target: Window, onGestureEnd: () => void): { active(): boolean; stop(): void } {
  const down = new Set<number>();
  const press = (event: PointerEvent) => down.add(event.pointerId);
  const release = (event: PointerEvent) => {
    if (down.delete(event.pointerId) && down.size === 0) onGestureEnd();
  };
  const releaseAll = () => {
    if (down.size === 0) return;
    down.clear();
    onGestureEnd();
  };
  const options = { capture: true, passive: true } as const;
  target.addEventListener('pointerdown', press, options);
  target.addEventListener('pointerup', release, options);
  target.addEventListener('pointercancel', release, options);
  target.addEventListener('blur', releaseAll);
  return {
    active: () => down.size > 0,
    stop: () => {
      target.removeEventListener('pointerdown', press, options);
      target.removeEventListener('pointerup', release, options);
      target.removeEventListener('pointercancel', release, options);
      target.removeEventListener('blur', releaseAll);
    },
  };
}

/**
 * Saves the open workshop about a second after the last edit, retries failed saves, and
 * returns a function that stops autosaving and writes any pending edit (used on close).
 *
 * Sending a large workshop costs the page's main thread tens of milliseconds, so a save that
 * falls due in the middle of a drag waits for the pointer to lift (at most `gestureWaitMs`),
 * then for the next frame to be drawn: the drag and the drop stay smooth, and the save
 * follows the edit the drag itself makes.
 */
export function startAutosave(
  store: AppStore,
  delays: AutosaveDelays = { afterEditMs: AUTOSAVE_DELAY_MS, retryMs: AUTOSAVE_RETRY_MS },
  target: Window = window,
): () => Promise<void> {
  const gestureWaitMs = delays.gestureWaitMs ?? AUTOSAVE_GESTURE_WAIT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the waiting save fell due, while a gesture held it back; null when none waits. */
  let heldSince: number | null = null;

  const save = () => {
    heldSince = null;
    void store.getState().saveNow();
  };
  let frame: number | undefined;
  // A held save runs once the frame after the lift is drawn: the card lands on screen first,
  // and the save's main-thread time falls where nothing moves. A hidden window draws no
  // frames, so the save never waits longer than a moment for one.
  const gestures = watchGestures(target, () => {
    if (heldSince === null) return;
    schedule(FRAME_WAIT_MS);
    target.cancelAnimationFrame(frame ?? 0);
    frame = target.requestAnimationFrame(() => schedule(0));
  });
  const due = () => {
    if (gestures.active()) {
      heldSince ??= Date.now();
      const waited = Date.now() - heldSince;
      if (waited < gestureWaitMs) {
        // Check again when the longest wait is over; lifting the pointer saves sooner.
        timer = setTimeout(due, gestureWaitMs - waited);
        return;
      }
    }
    save();
  };
  function schedule(delay: number) {
    clearTimeout(timer);
    timer = setTimeout(due, delay);
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.saveStatus === 'dirty' &&
      (state.workshop !== previous.workshop || previous.saveStatus !== 'dirty')
    ) {
      // An edit while a save is held back keeps the wait it already had.
      if (heldSince === null) schedule(delays.afterEditMs);
    } else if (state.saveStatus === 'failed' && previous.saveStatus !== 'failed') {
      schedule(delays.retryMs);
    }
  });
  return async () => {
    unsubscribe();
    gestures.stop();
    target.cancelAnimationFrame(frame ?? 0);
    clearTimeout(timer);
    const status = store.getState().saveStatus;
    if (status === 'dirty' || status === 'failed') await store.getState().saveNow();
  };
}
