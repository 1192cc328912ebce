/**
 * Keeping a phone's view of the room up to date (issue #17): every push, reconnect, wake-up
 * or return online asks for the state; the fetch is retried with jittered backoff until it
 * works or the room closes, so a phone that missed one reply still shows the next round and
 * its results. Requests coalesce: while a fetch is in flight (or waiting to retry), another
 * request only marks that one more fetch is needed, so there is never more than one loop.
 *
 * Pure (timers only), so the phone page and the benchmark's simulated phones share it.
 */
/** The longest wait between reconnection attempts. */
export const MAX_RETRY_MS = 15_000;

/**
 * How long to wait before reconnection attempt `attempt` (0, 1, 2, …): doubling from half a
 * second up to {@link MAX_RETRY_MS}, with jitter so a room of phones does not reconnect in
 * one burst when the Wi-Fi comes back.
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_RETRY_MS, 500 * 2 ** Math.min(attempt, 10));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

/** Options of {@link createStateSync}. */
export interface StateSyncOptions<State> {
  /** Fetches the state; throws when it could not (unreachable, refused). */
  readonly fetchState: () => Promise<State>;
  /** A fetch worked. */
  readonly onState: (state: State) => void;
  /** A fetch failed; the sync will try again after a backoff. */
  readonly onFailure: (error: unknown) => void;
  /** True once the room has closed: no more fetches. */
  readonly stopped: () => boolean;
  /** Milliseconds to wait before retry `attempt` (0, 1, …); {@link retryDelay} by default. */
  readonly delay?: (attempt: number) => number;
}

/** A coalescing, retrying state fetcher. */
export interface StateSync {
  /**
   * Asks for a fresh state. Starts a fetch, or marks one more as needed when one is under
   * way; `now` (the phone woke up, or came back online) also skips a pending backoff.
   * Resolves once a fetch has worked with nothing more asked for, or the room closed.
   */
  request(options?: { readonly now?: boolean }): Promise<void>;
  /** A fetch is in flight or waiting to be retried. */
  readonly busy: boolean;
}

/** Builds a {@link StateSync}; see the module comment. */
export function createStateSync<State>(options: StateSyncOptions<State>): StateSync {
  const delay = options.delay ?? ((attempt: number) => retryDelay(attempt));
  let running: Promise<void> | null = null;
  let again = false;
  /** Ends the current backoff early; null when not waiting. */
  let wake: (() => void) | null = null;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      wake = done;
    });

  async function run(): Promise<void> {
    let attempt = 0;
    // `running` is cleared in the same turn the loop decides to stop, so a request that
    // comes a moment later starts a new loop instead of being lost.
    for (;;) {
      if (options.stopped()) break;
      again = false;
      try {
        const state = await options.fetchState();
        if (options.stopped()) break;
        options.onState(state);
        attempt = 0;
        if (!again) break;
      } catch (error) {
        if (options.stopped()) break;
        options.onFailure(error);
        await wait(delay(attempt));
        attempt += 1;
      }
    }
    running = null;
  }

  return {
    request(requested = {}) {
      if (options.stopped()) return Promise.resolve();
      if (running !== null) {
        again = true;
        if (requested.now === true) wake?.();
        return running;
      }
      running = run();
      return running;
    },
    get busy() {
      return running !== null;
    },
  };
}
