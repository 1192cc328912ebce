import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTemporaryDirectory } from '../../../test/support/temporary-directory';
import { createTestHost, inProcessHostApi } from '../../../test/support/test-host';
import { createAppStore, startAppStore } from './create-app-store';

describe('app store over a real host', () => {
  let directory: ReturnType<typeof makeTemporaryDirectory>;
  beforeEach(() => {
    directory = makeTemporaryDirectory();
  });
  afterEach(() => directory.remove());

  it('loads app info and settings, then saves a change through the host', async () => {
    const api = inProcessHostApi(createTestHost(directory.path));
    const store = createAppStore(api, { sessionId: 'session-test-0001' });
    await startAppStore(store, api);
    expect(store.getState().appInfo).toMatchObject({ name: 'ReadyRoom', shell: 'browser' });
    expect(store.getState().settings?.theme).toBe('system');

    await store.getState().updateSettings({ theme: 'dark' });
    expect(store.getState().settings?.theme).toBe('dark');
    expect(await api.settings.get()).toMatchObject({ theme: 'dark' });
  });

  it('follows settings changed elsewhere (another window)', async () => {
    const host = createTestHost(directory.path);
    const store = createAppStore(inProcessHostApi(host), { sessionId: 'session-test-0002' });
    await startAppStore(store, inProcessHostApi(host));
    await host.methods['settings.set']({ soundMuted: true });
    expect(store.getState().settings?.soundMuted).toBe(true);
  });

  it('keeps the error message when the host refuses a change', async () => {
    const api = inProcessHostApi(createTestHost(directory.path));
    const store = createAppStore(api, { sessionId: 'session-test-0001' });
    await startAppStore(store, api);
    await store.getState().updateSettings({ theme: 'neon' as never });
    expect(store.getState().settingsError).toMatch(/refused a call to settings\.set/);
    expect(store.getState().settings?.theme).toBe('system');
  });
});
