import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHostWithStores, type TestHostWithStores } from '../../test/support/workshop-store';
import { listenForOpenWorkshopRequests, openRequestedWorkshop } from './open-workshop-requests';
import type { AppStore } from './store/create-app-store';

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('opening workshops the desktop shell asks for', () => {
  let stores: TestHostWithStores;
  let store: AppStore;
  let first: string;
  let second: string;

  const newStore = (sessionId: string) => stores.startStore(sessionId);

  /** Creates a workshop file on disk the way the app does, then lets go of it. */
  async function workshopFile(title: string): Promise<string> {
    const maker = await newStore(`maker-${title.replace(/\W/g, '-')}-1234`);
    await maker.getState().createWorkshop(title);
    const path = maker.getState().openFile?.path ?? '';
    await maker.getState().closeWorkshop();
    return path;
  }

  beforeEach(async () => {
    stores = createTestHostWithStores();
    first = await workshopFile('First pilot');
    second = await workshopFile('Second pilot');
    store = await newStore('facilitator-window-1234');
  });
  afterEach(() => stores.dispose());

  it('waits until the window is ready, then opens the file it was launched with', async () => {
    const requests = listenForOpenWorkshopRequests(stores.api, store);
    stores.host.events.emit('app.onDidRequestOpenWorkshop', { path: first });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.getState().openFile).toBeNull();
    requests.ready();
    await until(() => store.getState().openFile?.path === first);
    expect(store.getState().workshop?.meta.title).toBe('First pilot');
    requests.stop();
  });

  it('opens a file double-clicked while the app runs, saving and releasing the open one first', async () => {
    const requests = listenForOpenWorkshopRequests(stores.api, store);
    requests.ready();
    expect(await store.getState().openWorkshop(first)).toBe(true);
    store.getState().editWorkshop((draft) => {
      draft.facilitatorNotes = 'Typed just before the double-click.';
    });
    stores.host.events.emit('app.onDidRequestOpenWorkshop', { path: second });
    await until(() => store.getState().openFile?.path === second);
    expect(JSON.parse(readFileSync(first, 'utf8')).facilitatorNotes).toBe(
      'Typed just before the double-click.',
    );
    // The first file was released: another window may open it without taking over.
    const other = await newStore('other-window-5678');
    expect(await other.getState().openWorkshop(first)).toBe(true);
    requests.stop();
  });

  it('opens requests in the order they came, and ignores them once stopped', async () => {
    const requests = listenForOpenWorkshopRequests(stores.api, store);
    requests.ready();
    stores.host.events.emit('app.onDidRequestOpenWorkshop', { path: first });
    stores.host.events.emit('app.onDidRequestOpenWorkshop', { path: second });
    await until(() => store.getState().openFile?.path === second && !store.getState().opening);
    requests.stop();
    stores.host.events.emit('app.onDidRequestOpenWorkshop', { path: first });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.getState().openFile?.path).toBe(second);
  });

  it('leaves the workshop alone when it is the one already open', async () => {
    await store.getState().openWorkshop(first);
    store.getState().editWorkshop((draft) => {
      draft.facilitatorNotes = 'Unsaved';
    });
    expect(await openRequestedWorkshop(store, first)).toBe(true);
    expect(store.getState().saveStatus).toBe('dirty');
    expect(store.getState().workshop?.facilitatorNotes).toBe('Unsaved');
  });

  it('keeps a workshop in conflict open rather than dropping its unsaved edit', async () => {
    await store.getState().openWorkshop(first);
    const other = await newStore('other-window-5678');
    await other.getState().openWorkshop(first, { takeOver: true });
    store.getState().editWorkshop((draft) => {
      draft.facilitatorNotes = 'Only on this screen';
    });
    await store.getState().saveNow();
    expect(store.getState().saveStatus).toBe('conflict');
    expect(await openRequestedWorkshop(store, second)).toBe(false);
    expect(store.getState().openFile?.path).toBe(first);
    expect(store.getState().workshop?.facilitatorNotes).toBe('Only on this screen');
  });

  it('reports a file that cannot be opened, like any other open', async () => {
    const missing = `${stores.directory}/gone.readyroom`;
    expect(await openRequestedWorkshop(store, missing)).toBe(false);
    expect(store.getState().openFile).toBeNull();
    expect(store.getState().openProblem).toMatchObject({ kind: 'other', path: missing });
  });
});
