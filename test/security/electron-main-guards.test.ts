/**
 * The desktop shell's guards, run: the real `electron/main/index.ts` wiring starts against
 * the fake Electron (test/security/fake-electron.ts), with a real host in a temporary folder,
 * and each test plays what a page or Chromium would do. Every test fails if the hook or check
 * it covers is taken out of `electron/main`.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AUDIENCE_WINDOW_SWITCH, methodChannel } from '../../shared/host-api/define';
import type { HostReply } from '../../shared/host-api/contract';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import {
  fakeElectron,
  fetchedFiles,
  installFakeElectronForPackages,
  resetFakeWindows,
  type FakeBrowserWindow,
  type FakeWebContents,
} from './fake-electron';

vi.mock('electron', async () => {
  const fake = await import('./fake-electron');
  return { default: fake.fakeElectron, ...fake.fakeElectron };
});

const mainDirectory = fileURLToPath(new URL('../../electron/main/', import.meta.url));
/** Where index.ts serves the renderer from, as it computes it next to its own file. */
const rendererDirectory = path.resolve(mainDirectory, '../renderer');
const { app, ipcMain, protocol, session, shell, BrowserWindow } = fakeElectron;

let data: ReturnType<typeof makeTemporaryDirectory>;
let facilitator: FakeBrowserWindow;

async function call(
  method: string,
  input: unknown,
  sender: FakeWebContents,
  frameUrl?: string,
  isTop = true,
) {
  const url = frameUrl ?? sender.getURL();
  const frame = { url, parent: isTop ? null : { url, parent: null } };
  return (await ipcMain.invoke(methodChannel(method), input, sender, frame)) as HostReply;
}

/** An argument that records whether anything read it. */
function watchedInput() {
  const reads: string[] = [];
  const input = new Proxy(
    { fileName: 'stolen.readyroom', content: '{}' },
    {
      get(target, key, receiver) {
        reads.push(String(key));
        return Reflect.get(target, key, receiver) as unknown;
      },
      ownKeys(target) {
        reads.push('(keys)');
        return Reflect.ownKeys(target);
      },
    },
  );
  return { input, reads };
}

beforeAll(async () => {
  data = makeTemporaryDirectory('readyroom-electron-main-');
  app.paths = { userData: path.join(data.path, 'user-data'), documents: path.join(data.path, 'documents') };
  resetFakeWindows();
  installFakeElectronForPackages();
  delete process.env.ELECTRON_RENDERER_URL;
  await import('../../electron/main/index');
  app.simulateReady();
  await vi.waitFor(
    () => {
      const window = BrowserWindow.getAllWindows()[0];
      if (window === undefined || window.webContents.getURL() === '') throw new Error('no window yet');
      facilitator = window;
    },
    { timeout: 10_000 },
  );
});

afterAll(async () => {
  app.emit('will-quit');
  // The host releases its files on will-quit; give it a moment before the folder goes.
  await new Promise((resolve) => setTimeout(resolve, 200));
  data.remove();
});

describe('the desktop shell at start-up', () => {
  it('sandboxes every renderer, before the app is ready', () => {
    expect(app.sandboxEnabled).toBe('before-ready');
  });

  it('opens the facilitator window on its own app:// page, isolated and sandboxed', () => {
    expect(facilitator.webContents.getURL()).toBe('app://readyroom/index.html');
    expect(facilitator.webContents.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(facilitator.webContents.webPreferences.additionalArguments).toBeUndefined();
  });

  it('binds an IPC handler for every host method, and nothing else', async () => {
    const { hostMethodNames } = await import('../../shared/host-api/contract');
    expect([...ipcMain.handlers.keys()].sort()).toEqual(hostMethodNames.map(methodChannel).sort());
  });
});

describe('navigation, redirects, new windows and webviews', () => {
  it('keeps a window on its own origin', () => {
    const contents = facilitator.webContents;
    expect(contents.simulateNavigation('https://evil.example/')).toBe(true);
    expect(contents.simulateNavigation('file:///etc/passwd')).toBe(true);
    expect(contents.simulateNavigation('app://readyroom.evil/index.html')).toBe(true);
    expect(contents.simulateNavigation('app://readyroom/index.html')).toBe(false);
    expect(contents.simulateRedirect('https://evil.example/')).toBe(true);
    expect(contents.simulateRedirect('http://127.0.0.1:8080/')).toBe(true);
  });

  it('attaches no webview', () => {
    expect(facilitator.webContents.simulateWebviewAttach('https://evil.example/')).toBe(true);
  });

  it('opens no new window; a public https link goes to the system browser only right after a click', () => {
    const contents = facilitator.webContents;
    const opened = shell.openedExternally;
    opened.length = 0;
    expect(contents.simulateWindowOpen('https://www.example.com/guide')).toBe('deny');
    expect(opened).toEqual([]); // a script alone
    contents.simulateInput('mouseMove');
    expect(contents.simulateWindowOpen('https://www.example.com/guide')).toBe('deny');
    expect(opened).toEqual([]); // moving the mouse is no action
    contents.simulateInput('mouseDown');
    for (const url of [
      'http://www.example.com/',
      'https://intranet/',
      'https://192.168.1.1/',
      'file:///etc/passwd',
    ]) {
      expect(contents.simulateWindowOpen(url)).toBe('deny');
    }
    expect(opened).toEqual([]);
    expect(contents.simulateWindowOpen('https://www.example.com/guide')).toBe('deny');
    expect(opened).toEqual(['https://www.example.com/guide']);
    expect(contents.simulateWindowOpen('app://readyroom/index.html')).toBe('deny');
  });

  it('guards windows created later too (the audience screen, any other)', () => {
    const later = new BrowserWindow({ webPreferences: {} });
    expect(later.webContents.simulateNavigation('https://evil.example/')).toBe(true);
    expect(later.webContents.simulateWindowOpen('https://www.example.com/')).toBe('deny');
    later.close();
  });
});

describe('permissions and requests', () => {
  it('refuses every permission request and check', async () => {
    const defaultSession = session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(await defaultSession.simulatePermissionRequest(permission), permission).toBe(false);
      expect(defaultSession.simulatePermissionCheck(permission, 'app://readyroom'), permission).toBe(false);
    }
  });

  it('lets through only the app’s own content', async () => {
    const defaultSession = session.defaultSession;
    expect(await defaultSession.simulateRequest('app://readyroom/index.html')).toBe(true);
    expect(await defaultSession.simulateRequest('data:image/png;base64,AAAA')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://192.168.1.20:8080/join',
      'ws://127.0.0.1:9000/',
      'file:///etc/passwd',
      `file://${path.join(rendererDirectory, '..', 'main', 'index.ts')}`,
    ]) {
      expect(await defaultSession.simulateRequest(url), url).toBe(false);
    }
  });
});

describe('the app:// scheme', () => {
  it('is registered as a standard, secure scheme', () => {
    expect(protocol.privilegedSchemes).toContainEqual(
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    );
  });

  it('serves files from inside the renderer folder', async () => {
    fetchedFiles.length = 0;
    await protocol.simulateRequest('app://readyroom/assets/app.js');
    expect(fetchedFiles).toEqual([
      pathToFileURL(path.join(rendererDirectory, 'assets', 'app.js')).toString(),
    ]);
  });

  it.each([
    'app://readyroom/../main/index.ts',
    'app://readyroom/%2e%2e/main/index.ts',
    'app://readyroom/%2E%2E%2Fmain%2Findex.ts',
    'app://readyroom/assets/..%2f..%2f..%2fpackage.json',
    'app://readyroom/%2fetc%2fpasswd',
    'app://readyroom//etc/passwd',
    'app://readyroom/..%5c..%5cpackage.json',
    'app://readyroom/%E0%A4%A',
    'app://other-host/index.html',
  ])('answers %s without reading anything outside the renderer folder', async (url) => {
    fetchedFiles.length = 0;
    const response = await protocol.simulateRequest(url);
    const outside = fetchedFiles.filter(
      (fetched) => !fileURLToPath(fetched).startsWith(`${rendererDirectory}${path.sep}`),
    );
    expect(outside).toEqual([]);
    expect(response.status).toBe(404);
  });
});

describe('IPC', () => {
  it('accepts the top frame of our own page', async () => {
    const reply = await call('app.getInfo', undefined, facilitator.webContents);
    expect(reply).toMatchObject({ ok: true, result: { name: 'ReadyRoom', shell: 'desktop' } });
  });

  it.each([
    ['a foreign origin', 'https://evil.example/', true],
    ['a look-alike origin', 'app://readyroom.evil/index.html', true],
    ['a file: page', 'file:///tmp/page.html', true],
    ['an iframe of our own page', 'app://readyroom/index.html', false],
  ])('refuses a call from %s before its argument is read', async (_label, frameUrl, isTop) => {
    const { input, reads } = watchedInput();
    const reply = await call('documents.importContent', input, facilitator.webContents, frameUrl, isTop);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(reads).toEqual([]);
  });

  it('validates the argument of a trusted call against the contract', async () => {
    const reply = await call('settings.set', { theme: 'purple' }, facilitator.webContents);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('the audience window', () => {
  let audience: FakeWebContents;

  beforeAll(async () => {
    const reply = await call('presentation.openAudienceScreen', undefined, facilitator.webContents);
    expect(reply).toEqual({ ok: true, result: true });
    const window = BrowserWindow.getAllWindows().find((candidate) => candidate !== facilitator);
    if (window === undefined) throw new Error('no audience window');
    audience = window.webContents;
  });

  it('is told it is the audience window, and is sandboxed like the rest', () => {
    expect(audience.getURL()).toBe('app://readyroom/audience.html');
    expect(audience.webPreferences.additionalArguments).toEqual([AUDIENCE_WINDOW_SWITCH]);
    expect(audience.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });

  it('may read what the room sees', async () => {
    expect(await call('presentation.get', undefined, audience)).toMatchObject({ ok: true });
    expect(await call('voting.getState', undefined, audience)).toMatchObject({ ok: true });
    expect(await call('settings.get', undefined, audience)).toMatchObject({ ok: true });
  });

  it('may change nothing, and is refused before its argument is read', async () => {
    const before = await call('settings.get', undefined, facilitator.webContents);
    const { input, reads } = watchedInput();
    for (const [method, argument] of [
      ['settings.set', { theme: 'dark' }],
      ['presentation.set', {}],
      ['documents.importContent', input],
      ['documents.delete', { path: 'x.readyroom', sessionId: 's' }],
      ['presentation.openAudienceScreen', undefined],
      ['voting.openRoom', {}],
    ] as const) {
      const reply = await call(method, argument, audience);
      expect(reply, method).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(reads).toEqual([]);
    expect(await call('settings.get', undefined, facilitator.webContents)).toEqual(before);
  });

  it('hears the events the room may see, and not the facilitator’s own', async () => {
    audience.sent.length = 0;
    facilitator.webContents.sent.length = 0;
    await call('settings.set', { theme: 'dark' }, facilitator.webContents);
    const channels = (contents: FakeWebContents) => contents.sent.map((message) => message.channel);
    expect(channels(audience)).toContain('readyroom:event:settings.onDidChange');
    await call('documents.create', { title: 'Events test', sessionId: 'session-1' }, facilitator.webContents);
    expect(channels(facilitator.webContents)).toContain('readyroom:event:documents.onDidChangeLibrary');
    expect(channels(audience)).not.toContain('readyroom:event:documents.onDidChangeLibrary');
  });
});

describe('events', () => {
  it('go to pages of exactly our origin, never a look-alike', async () => {
    const lookAlike = new BrowserWindow({ webPreferences: {} });
    await lookAlike.webContents.loadURL('app://readyroom.evil.example/index.html');
    const foreign = new BrowserWindow({ webPreferences: {} });
    await foreign.webContents.loadURL('https://evil.example/');
    facilitator.webContents.sent.length = 0;
    await call('settings.set', { theme: 'light' }, facilitator.webContents);
    expect(facilitator.webContents.sent.length).toBeGreaterThan(0);
    expect(lookAlike.webContents.sent).toEqual([]);
    expect(foreign.webContents.sent).toEqual([]);
    lookAlike.close();
    foreign.close();
  });
});
