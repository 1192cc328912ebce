import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Host } from '../../../electron/host/create-host';
import { createTestHostWithStores, type TestHostWithStores } from '../../../test/support/workshop-store';

describe('app store over a real host', () => {
  let stores: TestHostWithStores;
  beforeEach(() => {
    stores = createTestHostWithStores();
  });
  afterEach(() => stores.dispose());

  it('loads app info and settings, then saves a change through the host', async () => {
    const store = await stores.startStore('session-test-0001');
    expect(store.getState().appInfo).toMatchObject({ name: 'ReadyRoom', shell: 'browser' });
    expect(store.getState().settings?.theme).toBe('system');

    await store.getState().updateSettings({ theme: 'dark' });
    expect(store.getState().settings?.theme).toBe('dark');
    expect(await stores.api.settings.get()).toMatchObject({ theme: 'dark' });
  });

  it('follows settings changed elsewhere (another window)', async () => {
    const store = await stores.startStore('session-test-0002');
    await stores.host.methods['settings.set']({ soundMuted: true });
    expect(store.getState().settings?.soundMuted).toBe(true);
  });

  it('keeps the error message when the host refuses a change', async () => {
    const store = await stores.startStore('session-test-0001');
    await store.getState().updateSettings({ theme: 'neon' as never });
    expect(store.getState().settingsError).toMatch(/refused a call to settings\.set/);
    expect(store.getState().settings?.theme).toBe('system');
  });

  /** Counts the calls of the real host's `documents.list` (the costly one: it reads every workshop). */
  function countLibraryListings(host: Host): { readonly count: number } {
    const methods = host.methods as unknown as Record<string, (input: unknown) => Promise<unknown>>;
    const list = methods['documents.list'];
    if (list === undefined) throw new Error('The host has no documents.list method.');
    const counter = { count: 0 };
    methods['documents.list'] = (input) => {
      counter.count += 1;
      return list(input);
    };
    return counter;
  }

  /** Lets the host's events and the store's follow-up calls run. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('lists the library again on a change only while no workshop is open, and catches up on close', async () => {
    const { host } = stores;
    const listings = countLibraryListings(host);
    const store = await stores.startStore('session-test-0003');
    expect(listings.count).toBe(1);

    // On the home screen: a new workshop elsewhere shows up in the list.
    await host.methods['documents.create']({
      title: 'Made in another window',
      sessionId: 'session-other-0001',
    });
    await settle();
    expect(store.getState().library?.workshops.map((entry) => entry.summary?.title)).toEqual([
      'Made in another window',
    ]);
    const onHome = listings.count;
    expect(onHome).toBeGreaterThan(1);

    // With a workshop open, saves (about one a second while the room edits) list nothing.
    expect(await store.getState().createWorkshop('Claims triage pilot')).toBe(true);
    await settle();
    const afterOpening = listings.count;
    for (const title of ['Claims triage pilot, day one', 'Claims triage pilot, day two']) {
      store.getState().editWorkshop((draft) => {
        draft.meta.title = title;
      });
      await store.getState().saveNow();
    }
    await settle();
    expect(store.getState().saveStatus).toBe('saved');
    expect(listings.count).toBe(afterOpening);

    // Back on the home screen, the list is brought up to date once.
    await store.getState().closeWorkshop();
    await settle();
    expect(listings.count).toBe(afterOpening + 1);
    expect(
      store
        .getState()
        .library?.workshops.map((entry) => entry.summary?.title)
        .sort(),
    ).toEqual(['Claims triage pilot, day two', 'Made in another window']);
  });

  it('neither loads nor follows the library in a window that never shows it (the audience screen)', async () => {
    const { host } = stores;
    const listings = countLibraryListings(host);
    const store = await stores.startStore('session-test-0004', { library: false });
    await host.methods['documents.create']({ title: 'Made elsewhere', sessionId: 'session-other-0002' });
    await settle();
    expect(listings.count).toBe(0);
    expect(store.getState().library).toBeNull();
    expect(store.getState().settings?.theme).toBe('system');
  });
});
