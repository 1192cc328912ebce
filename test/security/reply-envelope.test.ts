/**
 * One reply envelope on every transport: the desktop shell's IPC (electron/main/host-ipc.ts,
 * against the fake Electron), the browser shell's HTTP (electron/serve) and the tests'
 * in-process host (test/support/test-host.ts) answer the same call with the same reply,
 * down to a method that answers nothing (`null` everywhere, since JSON has no `undefined`)
 * and an error that is not a `HostError` (the same generic message everywhere).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { methodChannel } from '../../shared/host-api/define';
import type { HostMethodName } from '../../shared/host-api/contract';
import { dispatchHostCall } from '../../shared/host-api/dispatch';
import { replyTo, type HostReply } from '../../shared/host-api/host-reply';
import type { Host } from '../../electron/host/create-host';
import { registerHostIpc } from '../../electron/main/host-ipc';
import { startLoopbackServer, type LoopbackServer } from '../../electron/serve/loopback-server';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { createTestHost, inProcessHostApi } from '../support/test-host';
import { fakeElectron, FakeWebContents } from './fake-electron';

vi.mock('electron', async () => {
  const fake = await import('./fake-electron');
  return { default: fake.fakeElectron, ...fake.fakeElectron };
});

const TOKEN = 'envelope-token-0123456789';
const ORIGIN = 'app://readyroom';

let data: ReturnType<typeof makeTemporaryDirectory>;
let host: Host;
let server: LoopbackServer;
let unregister: () => void;
const page = new FakeWebContents({});

async function overIpc(name: HostMethodName, input: unknown): Promise<HostReply> {
  const frame = { url: `${ORIGIN}/index.html`, parent: null };
  return (await fakeElectron.ipcMain.invoke(methodChannel(name), input, page, frame)) as HostReply;
}

async function overHttp(name: HostMethodName, input: unknown): Promise<HostReply> {
  const response = await fetch(`${server.origin}/api/call/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-readyroom-token': TOKEN },
    body: JSON.stringify({ input }),
  });
  return (await response.json()) as HostReply;
}

function inProcess(name: HostMethodName, input: unknown): Promise<HostReply> {
  return replyTo(() => dispatchHostCall(host.methods, name, input));
}

beforeAll(async () => {
  data = makeTemporaryDirectory('readyroom-envelope-');
  const real = createTestHost(path.join(data.path, 'data'));
  host = {
    ...real,
    methods: {
      ...real.methods,
      // A method that answers nothing, and one that fails with an error that is no HostError.
      'presentation.closeAudienceScreen': () => Promise.resolve(undefined as unknown as boolean),
      'presentation.swapDisplays': () => Promise.reject(new Error('/home/someone/secret path')),
    },
  };
  unregister = registerHostIpc(host, { trustedOrigins: [ORIGIN], hasFullAccess: () => true });
  server = await startLoopbackServer({ host, rendererDirectory: data.path, token: TOKEN, port: 0 });
});

afterAll(async () => {
  unregister();
  await server.close();
  await host.dispose();
  data.remove();
});

describe('the reply envelope', () => {
  it('is the same over IPC, HTTP and in process, for results, nothing and failures', async () => {
    const cases: [HostMethodName, unknown][] = [
      ['settings.get', undefined],
      ['presentation.closeAudienceScreen', undefined],
      ['presentation.swapDisplays', undefined],
      ['settings.set', { theme: 7 }],
    ];
    for (const [name, input] of cases) {
      const replies = [await overIpc(name, input), await overHttp(name, input), await inProcess(name, input)];
      expect(replies[1], name).toEqual(replies[0]);
      expect(replies[2], name).toEqual(replies[0]);
    }
    expect(await overIpc('presentation.closeAudienceScreen', undefined)).toEqual({ ok: true, result: null });
    const failed = await overIpc('presentation.swapDisplays', undefined);
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(failed)).not.toContain('secret path');
  });

  it('reaches the renderer as the same value whichever way it came', async () => {
    await expect(inProcessHostApi(host).presentation.closeAudienceScreen()).resolves.toBeNull();
  });
});
