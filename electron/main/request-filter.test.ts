import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAllowedRequest, type RequestFilterOptions } from './request-filter';

const rendererDirectory = '/opt/ReadyRoom/resources/app.asar/out/renderer';
const packaged: RequestFilterOptions = { rendererDirectory };
const development: RequestFilterOptions = { rendererDirectory, devServerUrl: 'http://localhost:5173/' };

const rendererFile = (name: string) => pathToFileURL(`${rendererDirectory}/${name}`).toString();

describe('isAllowedRequest (packaged app)', () => {
  it("lets the app's own pages, scripts and in-memory images through", () => {
    for (const url of [
      'app://readyroom/index.html',
      'app://readyroom/assets/index-3f2a.js',
      'app://readyroom/audience.html?view=results',
      'data:image/png;base64,iVBORw0KGgo=',
      'blob:app://readyroom/6f1c7a2e-0000-4000-8000-000000000000',
      rendererFile('index.html'),
      rendererFile('assets/fonts/inter.woff2'),
    ]) {
      expect(isAllowedRequest(url, packaged), url).toBe(true);
    }
  });

  it('refuses the internet, the room network and every loopback service', () => {
    for (const url of [
      'https://example.com/',
      'http://example.com/tracker.gif',
      'https://crashpad.example.org/upload',
      'https://update.electronjs.org/readyroom/darwin/0.1.0',
      'http://192.168.1.20:8080/room/live',
      'http://10.0.0.5/',
      'http://172.16.4.4/',
      'http://[fe80::1]/',
      'http://127.0.0.1:5173/',
      'http://localhost:5173/',
      'http://localhost/',
      'https://[::1]:8443/',
      'ws://192.168.1.20:8080/room/live',
      'wss://example.com/socket',
      'ftp://example.com/file',
    ]) {
      expect(isAllowedRequest(url, packaged), url).toBe(false);
    }
  });

  it('refuses files outside the renderer folder, including by climbing out of it', () => {
    for (const url of [
      'file:///etc/passwd',
      pathToFileURL('/opt/ReadyRoom/resources/app.asar/out/main/index.js').toString(),
      `${pathToFileURL(rendererDirectory).toString()}/../main/index.js`,
      `${pathToFileURL(rendererDirectory).toString()}/%2e%2e/main/index.js`,
      pathToFileURL(rendererDirectory).toString(),
      pathToFileURL(`${rendererDirectory}-evil/index.html`).toString(),
      'file://fileserver/share/workshop.readyroom',
    ]) {
      expect(isAllowedRequest(url, packaged), url).toBe(false);
    }
  });

  it('refuses look-alike app hosts, devtools, browser-internal pages and garbage', () => {
    for (const url of [
      'app://readyroom.evil/index.html',
      'app://other/index.html',
      'devtools://devtools/bundled/devtools_app.html',
      'chrome://gpu',
      'chrome-extension://abcdef/background.js',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(isAllowedRequest(url, packaged), url).toBe(false);
    }
  });
});

describe('isAllowedRequest (development, electron-vite dev)', () => {
  it('lets the dev server, its hot-reload socket and DevTools through', () => {
    for (const url of [
      'http://localhost:5173/',
      'http://localhost:5173/@vite/client',
      'http://localhost:5173/renderer/facilitator/main.tsx?t=1',
      'ws://localhost:5173/?token=abc',
      'devtools://devtools/bundled/devtools_app.html',
      'app://readyroom/index.html',
    ]) {
      expect(isAllowedRequest(url, development), url).toBe(true);
    }
  });

  it('still refuses everything else, including other ports and hosts on this machine', () => {
    for (const url of [
      'http://localhost:5174/',
      'http://127.0.0.1:5173/',
      'https://localhost:5173/',
      'ws://localhost:9229/',
      'http://user@localhost:5173/',
      'https://example.com/',
      'http://192.168.1.20:5173/',
      'file:///etc/passwd',
    ]) {
      expect(isAllowedRequest(url, development), url).toBe(false);
    }
  });

  it('accepts the secure variants when the dev server runs over https', () => {
    const secure = { rendererDirectory, devServerUrl: 'https://localhost:5173' };
    expect(isAllowedRequest('https://localhost:5173/', secure)).toBe(true);
    expect(isAllowedRequest('wss://localhost:5173/', secure)).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/', secure)).toBe(false);
  });
});
