import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStateSync } from './state-sync';

/** A fetch the test settles by hand, counting how many run at once. */
function controlledFetches() {
  const pending: { resolve(value: string): void; reject(error: Error): void }[] = [];
  let inFlight = 0;
  let mostAtOnce = 0;
  const fetchState = () => {
    inFlight += 1;
    mostAtOnce = Math.max(mostAtOnce, inFlight);
    return new Promise<string>((resolve, reject) => {
      pending.push({
        resolve: (value) => {
          inFlight -= 1;
          resolve(value);
        },
        reject: (error) => {
          inFlight -= 1;
          reject(error);
        },
      });
    });
  };
  return {
    fetchState,
    pending,
    mostAtOnce: () => mostAtOnce,
    /** Settles the oldest unsettled fetch. */
    next: () => {
      const first = pending.shift();
      if (first === undefined) throw new Error('No fetch is in flight.');
      return first;
    },
  };
}

/** Lets promise callbacks run (the sync awaits between steps). */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('fetching the phone state after a push, a reconnect or a wake-up', () => {
  it('retries a failed fetch with backoff until it works (a missed push is never lost)', async () => {
    const fetches = controlledFetches();
    const shown: string[] = [];
    const failures: unknown[] = [];
    const sync = createStateSync({
      fetchState: fetches.fetchState,
      onState: (state) => shown.push(state),
      onFailure: (error) => failures.push(error),
      stopped: () => false,
      delay: (attempt) => 1000 * (attempt + 1),
    });
    void sync.request();
    fetches.next().reject(new Error('Wi-Fi dropped'));
    await settle();
    expect(fetches.pending).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(999);
    expect(fetches.pending).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    fetches.next().reject(new Error('still down'));
    await vi.advanceTimersByTimeAsync(2000);
    fetches.next().resolve('results shown');
    await settle();
    expect(shown).toEqual(['results shown']);
    expect(failures).toHaveLength(2);
    expect(sync.busy).toBe(false);
  });

  it('turns pushes during a fetch into one more fetch, never a second loop', async () => {
    const fetches = controlledFetches();
    const shown: string[] = [];
    const sync = createStateSync({
      fetchState: fetches.fetchState,
      onState: (state) => shown.push(state),
      onFailure: () => undefined,
      stopped: () => false,
    });
    void sync.request();
    void sync.request();
    void sync.request();
    expect(fetches.pending).toHaveLength(1);
    fetches.next().resolve('round open');
    await settle();
    expect(fetches.pending).toHaveLength(1);
    fetches.next().resolve('round closed');
    await settle();
    expect(fetches.pending).toHaveLength(0);
    expect(shown).toEqual(['round open', 'round closed']);
    expect(fetches.mostAtOnce()).toBe(1);
  });

  it('tries again at once when the phone wakes or comes back online, instead of waiting', async () => {
    const fetches = controlledFetches();
    const sync = createStateSync({
      fetchState: fetches.fetchState,
      onState: () => undefined,
      onFailure: () => undefined,
      stopped: () => false,
      delay: () => 15_000,
    });
    void sync.request();
    fetches.next().reject(new Error('asleep'));
    await settle();
    expect(fetches.pending).toHaveLength(0);
    void sync.request({ now: true });
    await settle();
    expect(fetches.pending).toHaveLength(1);
    expect(fetches.mostAtOnce()).toBe(1);
  });

  it('stops once the room has closed', async () => {
    const fetches = controlledFetches();
    let closed = false;
    const sync = createStateSync({
      fetchState: fetches.fetchState,
      onState: () => undefined,
      onFailure: () => undefined,
      stopped: () => closed,
      delay: () => 100,
    });
    const done = sync.request();
    fetches.next().reject(new Error('room gone'));
    closed = true;
    await vi.advanceTimersByTimeAsync(1000);
    await done;
    expect(fetches.pending).toHaveLength(0);
    expect(sync.busy).toBe(false);
  });
});
