import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoopbackServer } from '../electron/serve/loopback-server';
import { startTestLoopbackServer, type TestLoopbackServer } from '../test/support/test-loopback-server';
import {
  EARLY_HOST_READS,
  peekBrowserToken,
  startEarlyHostReads,
  takeEarlyHostRead,
} from './early-host-reads';

const TOKEN = 'early-reads-token-0123456789';

/**
 * A page-like target whose `fetch` goes to the real browser-shell server on loopback (Node's
 * fetch, since jsdom has none), counting the requests the page would send.
 */
function pageOf(server: LoopbackServer) {
  const sent: string[] = [];
  const target = {
    fetch: (input: string, init?: RequestInit) => {
      sent.push(input);
      return fetch(new URL(input, server.origin), init);
    },
  } as unknown as Window;
  return { target, sent };
}

describe('early host reads', () => {
  let running: TestLoopbackServer;
  let server: LoopbackServer;

  beforeEach(async () => {
    running = await startTestLoopbackServer(TOKEN);
    server = running.server;
  });
  afterEach(() => running.stop());

  it('sends every start-up read in one request, once, and hands each reply over once', async () => {
    const { target, sent } = pageOf(server);
    startEarlyHostReads(target, TOKEN);
    startEarlyHostReads(target, TOKEN);
    expect(sent).toEqual(['/api/batch']);

    const replies = await Promise.all(
      EARLY_HOST_READS.map((name) => takeEarlyHostRead(target, name, undefined)),
    );
    for (const reply of replies) expect(reply).toMatchObject({ ok: true });
    expect(replies[EARLY_HOST_READS.indexOf('settings.get')]).toMatchObject({
      ok: true,
      result: { theme: expect.any(String) },
    });
    expect(replies[EARLY_HOST_READS.indexOf('app.getInfo')]).toMatchObject({
      ok: true,
      result: { shell: 'browser' },
    });
    // Used once: the next call of the same method goes to the host as usual.
    expect(takeEarlyHostRead(target, 'documents.list', undefined)).toBeUndefined();
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

    window.history.replaceState(null, '', '/index.html');
    window.sessionStorage.setItem('readyroom.token', 'kept');
    expect(peekBrowserToken(window.location, window.sessionStorage)).toBe('kept');
  });
});
