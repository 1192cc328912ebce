import { describe, expect, it } from 'vitest';
import { takeBrowserToken } from './bridge';

describe('takeBrowserToken', () => {
  it('takes the token from the address, keeps it for reloads and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/index.html#token=abc123');
    window.sessionStorage.clear();
    expect(takeBrowserToken(window.location, window.sessionStorage, window.history)).toBe('abc123');
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/index.html');
    expect(takeBrowserToken(window.location, window.sessionStorage, window.history)).toBe('abc123');
  });

  it('takes the token from the query the shell prints, keeping the rest of the address', () => {
    window.history.replaceState(null, '', '/?token=fromquery&view=home#stage=3');
    window.sessionStorage.clear();
    expect(takeBrowserToken(window.location, window.sessionStorage, window.history)).toBe('fromquery');
    expect(window.location.search).toBe('?view=home');
    expect(window.location.hash).toBe('#stage=3');
    expect(window.sessionStorage.getItem('readyroom.token')).toBe('fromquery');

    window.history.replaceState(null, '', '/?token=only');
    expect(takeBrowserToken(window.location, window.sessionStorage, window.history)).toBe('only');
    expect(window.location.href).toBe(`${window.location.origin}/`);
  });

  it('prefers a new token from the address (the shell was restarted)', () => {
    window.sessionStorage.setItem('readyroom.token', 'old');
    window.history.replaceState(null, '', '/#token=new');
    expect(takeBrowserToken(window.location, window.sessionStorage, window.history)).toBe('new');
  });

  it('has no token when none was ever given', () => {
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
    expect(takeBrowserToken(window.location, window.sessionStorage, window.history)).toBeNull();
  });
});
