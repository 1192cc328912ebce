import type { AppStore } from './store/create-app-store';

/** Autosave waits this long after the last edit. */
export const AUTOSAVE_DELAY_MS = 1000;
/** A failed save is retried after this long (and at once from the Retry button). */
export const AUTOSAVE_RETRY_MS = 5000;

/**
 * Saves the open workshop about a second after the last edit, retries failed saves, and
 * returns a function that stops autosaving and writes any pending edit (used on close).
 */
export function startAutosave(
  store: AppStore,
  delays: { readonly afterEditMs: number; readonly retryMs: number } = {
    afterEditMs: AUTOSAVE_DELAY_MS,
    retryMs: AUTOSAVE_RETRY_MS,
  },
): () => Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void store.getState().saveNow(), delay);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.saveStatus === 'dirty' &&
      (state.workshop !== previous.workshop || previous.saveStatus !== 'dirty')
    ) {
      schedule(delays.afterEditMs);
    } else if (state.saveStatus === 'failed' && previous.saveStatus !== 'failed') {
      schedule(delays.retryMs);
    }
  });
  return async () => {
    unsubscribe();
    clearTimeout(timer);
    const status = store.getState().saveStatus;
    if (status === 'dirty' || status === 'failed') await store.getState().saveNow();
  };
}
