import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoopbackServer } from '../electron/serve/loopback-server';
import { START_UP_READS, START_UP_READS_ELEMENT_ID } from '../shared/host-api/loopback-http';
import { startTestLoopbackServer, type TestLoopbackServer } from '../test/support/test-loopback-server';
import { peekBrowserToken, startEarlyHostReads, takeEarlyHostRead } from './early-host-reads';

const TOKEN = 'early-reads-token-0123456789';

/**
 * A page-like target whose `fetch` goes to the real browser-shell server on loopback (Node's
 * fetch, since jsdom has none), counting the requests the page would send. Its document is
 * a fresh one, holding `bodyHtml`.
 */
function pageOf(server: LoopbackServer, bodyHtml = '<div id="root"></div>') {
  const sent: string[] = [];
  const document = window.document.implementation.createHTMLDocument('ReadyRoom');
  document.body.innerHTML = bodyHtml;
  const target = {
    document,
    fetch: (input: string, init?: RequestInit) => {
      sent.push(input);
      return fetch(new URL(input, server.origin), init);
    },
  } as unknown as Window;
  return { target, sent, document };
}

/** The body of the facilitator page as the shell serves it for `address`. */
async function servedBody(server: LoopbackServer, address: string): Promise<string> {
  const html = await (await fetch(new URL(address, server.origin))).text();
  return html.slice(html.indexOf('<body>') + '<body>'.length, html.lastIndexOf('</body>'));
}

describe('early host reads', () => {
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

  it('sends every start-up read in one request, once, and hands each reply over once', async () => {
    const { target, sent } = pageOf(server);
    startEarlyHostReads(target, TOKEN);
    startEarlyHostReads(target, TOKEN);
    expect(sent).toEqual(['/api/batch']);

    const replies = await Promise.all(
      START_UP_READS.map((name) => takeEarlyHostRead(target, name, undefined)),
    );
    for (const reply of replies) expect(reply).toMatchObject({ ok: true });
    expect(replies[START_UP_READS.indexOf('settings.get')]).toMatchObject({
      ok: true,
      result: { theme: expect.any(String) },
    });
    expect(replies[START_UP_READS.indexOf('app.getInfo')]).toMatchObject({
      ok: true,
      result: { shell: 'browser' },
    });
    // Used once: the next call of the same method goes to the host as usual.
    expect(takeEarlyHostRead(target, 'documents.list', undefined)).toBeUndefined();
  });

  it('takes the replies the shell put in the page, sends nothing, and removes them from the page', async () => {
    const body = await servedBody(server, `/?token=${TOKEN}`);
    expect(body).toContain(START_UP_READS_ELEMENT_ID);
    const { target, sent, document } = pageOf(server, body);

    startEarlyHostReads(target, TOKEN);
    expect(sent).toEqual([]);
    expect(document.getElementById(START_UP_READS_ELEMENT_ID)).toBeNull();
    expect(document.getElementById('root')).not.toBeNull();

    const fromPage = await Promise.all(
      START_UP_READS.map((name) => takeEarlyHostRead(target, name, undefined)),
    );
    const fromBatch = pageOf(server);
    startEarlyHostReads(fromBatch.target, TOKEN);
    const asked = await Promise.all(
      START_UP_READS.map((name) => takeEarlyHostRead(fromBatch.target, name, undefined)),
    );
    expect(fromBatch.sent).toEqual(['/api/batch']);
    expect(fromPage).toEqual(asked);
    expect(fromPage[START_UP_READS.indexOf('app.getInfo')]).toMatchObject({
      ok: true,
      result: { shell: 'browser' },
    });
  });

  it('asks the server when the page holds no replies or replies it cannot read', async () => {
    expect(await servedBody(server, '/')).not.toContain(START_UP_READS_ELEMENT_ID);
    for (const broken of ['{"ok":true,"replies":[', '{"ok":true,"replies":[{"ok":true,"result":1}]}']) {
      const element = `<script type="application/json" id="${START_UP_READS_ELEMENT_ID}">${broken}</script>`;
      const { target, sent } = pageOf(server, `<div id="root"></div>${element}`);
      startEarlyHostReads(target, TOKEN);
      expect(sent, broken).toEqual(['/api/batch']);
      await expect(takeEarlyHostRead(target, 'settings.get', undefined)).resolves.toMatchObject({
        ok: true,
        result: { theme: expect.any(String) },
      });
    }
  });

  it('gives nothing (so the bridge asks the host itself) when the server refuses the batch', async () => {
    const { target } = pageOf(server);
    startEarlyHostReads(target, 'not-the-token');
    await expect(takeEarlyHostRead(target, 'settings.get', undefined)).resolves.toBeUndefined();
  });

  it('has nothing for a call with an input, a method it did not read, or a page without a key', () => {
    const { target } = pageOf(server);
    startEarlyHostReads(target, TOKEN);
    expect(takeEarlyHostRead(target, 'settings.get', { theme: 'dark' })).toBeUndefined();
    expect(takeEarlyHostRead(target, 'documents.open', undefined)).toBeUndefined();

    const { target: withoutKey, sent } = pageOf(server);
    startEarlyHostReads(withoutKey, null);
    expect(sent).toEqual([]);
    expect(takeEarlyHostRead(withoutKey, 'settings.get', undefined)).toBeUndefined();
  });

  it('reads the access key from the address or the tab, without removing it', () => {
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
