import { describe, expect, it, vi } from 'vitest';
import {
  EARLY_HOST_READS,
  peekBrowserToken,
  startEarlyHostReads,
  takeEarlyHostRead,
} from './early-host-reads';

/** A window whose `fetch` answers every call with `{ ok: true, value: <method> }`. */
function fakeWindow() {
  const fetch = vi.fn((url: string, init?: RequestInit) =>
    Promise.resolve({
      json: () => Promise.resolve({ ok: true, value: decodeURIComponent(url.split('/').at(-1) ?? ''), init }),
    }),
  );
  return { target: { fetch } as unknown as Window, fetch };
}

describe('early host reads', () => {
  it('sends each start-up read once, with the access key, and hands each reply over once', async () => {
    const { target, fetch } = fakeWindow();
    startEarlyHostReads(target, 'key-1');
    startEarlyHostReads(target, 'key-1');

    expect(fetch).toHaveBeenCalledTimes(EARLY_HOST_READS.length);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/call/app.getInfo');
    expect(init).toMatchObject({ method: 'POST', headers: { 'X-ReadyRoom-Token': 'key-1' }, body: '{}' });

    await expect(takeEarlyHostRead(target, 'documents.list', undefined)).resolves.toMatchObject({
      ok: true,
      value: 'documents.list',
    });
    expect(takeEarlyHostRead(target, 'documents.list', undefined)).toBeUndefined();
  });

  it('has nothing for a call with an input, a method it did not read, or a page without a key', () => {
    const { target, fetch } = fakeWindow();
    startEarlyHostReads(target, 'key-2');
    expect(takeEarlyHostRead(target, 'settings.get', { theme: 'dark' })).toBeUndefined();
    expect(takeEarlyHostRead(target, 'documents.open', undefined)).toBeUndefined();

    const { target: withoutKey } = fakeWindow();
    startEarlyHostReads(withoutKey, null);
    expect(takeEarlyHostRead(withoutKey, 'settings.get', undefined)).toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(EARLY_HOST_READS.length);
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
