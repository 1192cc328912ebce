/**
 * Screens and stage editors are split into chunks that load on first use, so the first
 * screen is ready sooner. Loading them while the window has nothing else to do makes that
 * first use quick too: a facilitator who opens a workshop, or goes to the stakeholder map
 * for the first time in front of the room, does not wait for its code to load.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A component that loads on first use, and can be asked to load before that. */
export interface PreloadableComponent<Props extends object> {
  readonly Component: LazyExoticComponent<ComponentType<Props>>;
  /** Starts loading (once; again after a failure). Resolves when the code is there. */
  preload(): Promise<ComponentType<Props>>;
}

/**
 * Like React's `lazy`, with a `preload` that starts the same load early. A load that
 * failed is tried again on the next use, so a preload that failed never breaks the screen:
 * rendering it loads again and shows that attempt's error, if any.
 */
export function lazyPreloadable<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): PreloadableComponent<Props> {
  let loading: Promise<ComponentType<Props>> | undefined;
  const preload = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return { Component: lazy(() => preload().then((component) => ({ default: component }))), preload };
}

/** How long an idle load may wait for the window to be idle before it runs anyway. */
const IDLE_TIMEOUT_MS = 3000;

/**
 * Loads each of `preloads` in turn, the next one only in the window's next idle moment
 * after the previous one has loaded, so the page never does much at once. Returns a
 * function that stops what is not yet started (a load under way finishes). Failures are
 * left for the real use to report.
 */
export function preloadWhenIdle(preloads: readonly (() => Promise<unknown>)[]): () => void {
  let stopped = false;
  let cancel = () => {};
  const next = (index: number) => {
    const preload = preloads[index];
    if (stopped || preload === undefined) return;
    cancel = whenIdle(() => {
      void preload()
        .catch(() => undefined)
        .then(() => next(index + 1));
    });
  };
  next(0);
  return () => {
    stopped = true;
    cancel();
  };
}

/** Runs `task` once the window is idle; returns a function that cancels it if it has not run. */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, 0);
  return () => window.clearTimeout(id);
}
