/**
 * A picked or dropped workshop file goes through the same checks as open and import in the
 * host: its size before it is read, and strict UTF-8, with a message that names the
 * encoding. The page's store runs over a real host in a temporary folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialiseWorkshop } from '../../shared/workshop/file';
import { createWorkshopFromTemplate } from '../../shared/workshop/template';
import type { Host } from '../../electron/host/create-host';
import { createAppStore, type AppStore } from '../../renderer/app/store/create-app-store';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { createTestHost, inProcessHostApi } from '../support/test-host';

const text = serialiseWorkshop(
  createWorkshopFromTemplate({ title: 'Café plan', now: new Date('2026-02-02T10:00:00Z') }),
);
let data: ReturnType<typeof makeTemporaryDirectory>;
let host: Host;
let store: AppStore;

beforeAll(() => {
  data = makeTemporaryDirectory('readyroom-dropped-');
  host = createTestHost(data.path);
  store = createAppStore(inProcessHostApi(host), { sessionId: 'window-1' });
});
afterAll(async () => {
  await host.dispose();
  data.remove();
});

async function libraryTitles(): Promise<string[]> {
  const listing = await host.methods['documents.list'](undefined);
  return listing.workshops.map((entry) => entry.summary?.title ?? '(unreadable)');
}

describe('a dropped workshop file', () => {
  it('is imported when it is UTF-8', async () => {
    const entry = await store
      .getState()
      .importWorkshopFile(new File([Buffer.from(text, 'utf8')], 'plan.readyroom'));
    expect(entry?.summary?.title).toBe('Café plan');
    expect(store.getState().libraryError).toBeNull();
  });

  it('saved as UTF-16 is refused, naming the encoding, and nothing reaches the library', async () => {
    const before = await libraryTitles();
    const entry = await store
      .getState()
      .importWorkshopFile(new File([Buffer.from(`\uFEFF${text}`, 'utf16le')], 'wide.readyroom'));
    expect(entry).toBeNull();
    expect(store.getState().libraryError).toContain('"wide.readyroom" is saved in the UTF-16 text encoding');
    expect(await libraryTitles()).toEqual(before);
  });

  it('in Windows-1252 is refused rather than imported garbled', async () => {
    const before = await libraryTitles();
    const entry = await store
      .getState()
      .importWorkshopFile(new File([Buffer.from(text, 'latin1')], 'latin.readyroom'));
    expect(entry).toBeNull();
    expect(store.getState().libraryError).toContain('"latin.readyroom" is not UTF-8 text');
    expect(await libraryTitles()).toEqual(before);
  });

  it('over the size limit is refused from its size, without being read', async () => {
    let read = false;
    const huge = {
      name: 'huge.readyroom',
      size: 200 * 1024 * 1024,
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    };
    expect(await store.getState().importWorkshopFile(huge)).toBeNull();
    expect(read).toBe(false);
    expect(store.getState().libraryError).toContain(
      '"huge.readyroom" is 200 MB, more than the 32 MB a ReadyRoom workshop file can be',
    );
  });
});
