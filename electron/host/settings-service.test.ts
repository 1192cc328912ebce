import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTemporaryDirectory } from '../../test/support/temporary-directory';
import { createTestHost } from '../../test/support/test-host';

describe('settings on disk', () => {
  let directory: ReturnType<typeof makeTemporaryDirectory>;
  beforeEach(() => {
    directory = makeTemporaryDirectory();
  });
  afterEach(() => directory.remove());

  const settingsPath = () => path.join(directory.path, 'settings.json');

  it('keeps a change across a restart of the host', async () => {
    await createTestHost(directory.path).methods['settings.set']({ theme: 'dark', soundMuted: true });
    const restarted = createTestHost(directory.path);
    expect(await restarted.methods['settings.get'](undefined)).toMatchObject({
      theme: 'dark',
      soundMuted: true,
    });
    expect(JSON.parse(readFileSync(settingsPath(), 'utf8'))).toMatchObject({ theme: 'dark' });
  });

  it('tells every listener when settings change', async () => {
    const host = createTestHost(directory.path);
    const seen: unknown[] = [];
    host.events.subscribe((name, payload) => seen.push([name, payload]));
    await host.methods['settings.set']({ theme: 'projector' });
    expect(seen).toEqual([['settings.onDidChange', expect.objectContaining({ theme: 'projector' })]]);
  });

  it('keeps an unreadable file aside, starts from defaults and raises a notice', async () => {
    writeFileSync(settingsPath(), '{"theme": "dark", ');
    const host = createTestHost(directory.path);
    expect(await host.methods['settings.get'](undefined)).toMatchObject({ theme: 'system' });
    const kept = readdirSync(directory.path).filter((name) => name.startsWith('settings.json.invalid-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(directory.path, kept[0] ?? ''), 'utf8')).toBe('{"theme": "dark", ');
    const notices = await host.methods['app.listNotices'](undefined);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toMatch(/could not be read.*default settings.*kept as/);
  });

  it('resets only invalid fields of a readable file, keeping a copy of the original', async () => {
    writeFileSync(settingsPath(), JSON.stringify({ schemaVersion: 1, theme: 'neon', soundMuted: true }));
    const host = createTestHost(directory.path);
    expect(await host.methods['settings.get'](undefined)).toMatchObject({
      theme: 'system',
      soundMuted: true,
    });
    const [notice] = await host.methods['app.listNotices'](undefined);
    expect(notice?.message).toMatch(/"theme" was not valid/);
    expect(readdirSync(directory.path).some((name) => name.startsWith('settings.json.invalid-'))).toBe(true);
    expect(await host.methods['app.dismissNotice']({ id: notice?.id ?? '' })).toEqual([]);
  });

  it('raises no notice for a fresh install', async () => {
    const host = createTestHost(directory.path);
    expect(await host.methods['app.listNotices'](undefined)).toEqual([]);
    expect(existsSync(settingsPath())).toBe(true);
  });
});
