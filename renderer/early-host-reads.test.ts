import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoopbackServer } from '../electron/serve/loopback-server';
import { buildHostApi } from '../shared/host-api/contract';
import { dispatchHostCall } from '../shared/host-api/dispatch';
import { FIRST_SCREEN_READS } from '../shared/host-api/first-screen-reads';
import { replyTo } from '../shared/host-api/host-reply';
import { FIRST_SCREEN_REPLIES_ELEMENT_ID } from '../shared/host-api/loopback-http';
import { startTestLoopbackServer, type TestLoopbackServer } from '../test/support/test-loopback-server';
import { createAppStore, startAppStore } from './app/store/create-app-store';
import { browserTransport, peekBrowserToken, type BrowserPage } from './bridge';

const TOKEN = 'early-reads-token-0123456789';

/**
 * A page whose `fetch` goes to the real browser-shell server on loopback (Node's fetch,
 * since jsdom has none), counting the requests the page sends. Its document is a fresh one,
 * holding `bodyHtml`.
 */
function pageOf(server: LoopbackServer, bodyHtml = '<div id="root"></div>') {
  const sent: string[] = [];
  const document = window.document.implementation.createHTMLDocument('ReadyRoom');
  document.body.innerHTML = bodyHtml;
  const page = {
    document,
    location: new URL(server.origin) as unknown as Location,
    fetch: (input: string, init?: RequestInit) => {
      sent.push(input);
      return fetch(new URL(input, server.origin), init);
    },
  } as unknown as BrowserPage;
  return { page, sent, document };
}

/** The body of the facilitator page as the shell serves it for `address`. */
async function servedBody(server: LoopbackServer, address: string): Promise<string> {
  const html = await (await fetch(new URL(address, server.origin))).text();
  return html.slice(html.indexOf('<body>') + '<body>'.length, html.lastIndexOf('</body>'));
}

/** What the first screen shows, read through `host` as the app reads it. */
async function firstScreenOf(host: ReturnType<typeof browserTransport>) {
  return Promise.all([
    host.app.getInfo(),
    host.app.listNotices(),
    host.settings.get(),
    host.documents.list(),
    host.documents.listTrash(),
  ]);
}

describe('the first screen’s host reads, browser shell', () => {
  let running: TestLoopbackServer;
  let server: LoopbackServer;

  beforeEach(async () => {
    running = await startTestLoopbackServer(TOKEN, (rendererDirectory) => {
      writeFileSync(
        path.join(rendererDirectory, 'index.html'),
        '<!doctype html><html><head><title>ReadyRoom</title></head><body><div id="root"></div></body></html>',
      );
    });
    server = running.server;
  });
  afterEach(() => running.stop());

  it('are the reads the app store makes at start-up, no more and no fewer', async () => {
    const asked: string[] = [];
    const api = buildHostApi(
      (name, input) => {
        if (input === undefined) asked.push(name);
        return replyTo(() => dispatchHostCall(running.host.methods, name, input));
      },
      () => () => {},
    );
    const stop = await startAppStore(createAppStore(api, { sessionId: 'first-screen' }), api);
    stop();
    expect([...asked].sort()).toEqual([...FIRST_SCREEN_READS].sort());
  });

  it('go as one batch request at once, and each reply is used once', async () => {
    const { page, sent } = pageOf(server);
    const host = browserTransport(page, TOKEN, true);
    expect(sent).toEqual(['/api/batch']);

    const [info, , settings] = await firstScreenOf(host);
    expect(info.shell).toBe('browser');
    expect(settings.theme).toEqual(expect.any(String));
    expect(sent).toEqual(['/api/batch']);
    // Used once: the next call of the same method goes to the host as usual.
    await host.documents.list();
    expect(sent).toEqual(['/api/batch', '/api/call/documents.list']);
  });

  it('are taken from the page the shell served with the token, sending nothing', async () => {
    const body = await servedBody(server, `/?token=${TOKEN}`);
    expect(body).toContain(FIRST_SCREEN_REPLIES_ELEMENT_ID);
    const { page, sent, document } = pageOf(server, body);

    const host = browserTransport(page, TOKEN, true);
    expect(document.getElementById(FIRST_SCREEN_REPLIES_ELEMENT_ID)).toBeNull();
    expect(document.getElementById('root')).not.toBeNull();
    const fromPage = await firstScreenOf(host);
    expect(sent).toEqual([]);

    const fromBatch = pageOf(server);
    const asked = await firstScreenOf(browserTransport(fromBatch.page, TOKEN, true));
    expect(fromBatch.sent).toEqual(['/api/batch']);
    expect(fromPage).toEqual(asked);
  });

  it('are asked for when the page holds no replies or replies it cannot read', async () => {
    expect(await servedBody(server, '/')).not.toContain(FIRST_SCREEN_REPLIES_ELEMENT_ID);
    for (const broken of ['{"ok":true,"replies":[', '{"ok":true,"replies":[{"ok":true,"result":1}]}']) {
      const element = `<script type="application/json" id="${FIRST_SCREEN_REPLIES_ELEMENT_ID}">${broken}</script>`;
      const { page, sent } = pageOf(server, `<div id="root"></div>${element}`);
      const host = browserTransport(page, TOKEN, true);
      expect(sent, broken).toEqual(['/api/batch']);
      await expect(host.settings.get()).resolves.toMatchObject({ theme: expect.any(String) });
    }
  });

  it('fall back to single calls when the server refuses the batch', async () => {
    const { page, sent } = pageOf(server);
    const host = browserTransport(page, 'not-the-token', true);
    await expect(host.settings.get()).rejects.toMatchObject({ code: 'forbidden' });
    expect(sent).toEqual(['/api/batch', '/api/call/settings.get']);
  });

  it('are not sent by other pages, nor without a key', async () => {
    const audience = pageOf(server);
    browserTransport(audience.page, TOKEN);
    const withoutKey = pageOf(server);
    await expect(browserTransport(withoutKey.page, null, true).settings.get()).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(audience.sent).toEqual([]);
    expect(withoutKey.sent).toEqual([]);
  });
});

describe('the browser shell’s access key', () => {
  it('is read from the address or the tab, without removing it', () => {
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/index.html#token=abc');
    expect(peekBrowserToken(window.location, window.sessionStorage)).toBe('abc');
    expect(window.location.hash).toBe('#token=abc');

    window.history.replaceState(null, '', '/?token=fromquery');
    expect(peekBrowserToken(window.location, window.sessionStorage)).toBe('fromquery');
    expect(window.location.search).toBe('?token=fromquery');

    window.history.replaceState(null, '', '/index.html');
    window.sessionStorage.setItem('readyroom.token', 'kept');
    expect(peekBrowserToken(window.location, window.sessionStorage)).toBe('kept');
  });
});
