import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  isInternalNavigation,
  isTrustedSenderFrame,
  isVettedExternalUrl,
  USER_ACTION_WINDOW_MS,
  UserActions,
} from './url-policy';

const trusted = [APP_ORIGIN];

describe('isTrustedSenderFrame', () => {
  it('accepts the top frame of our own page', () => {
    expect(isTrustedSenderFrame({ url: 'app://readyroom/index.html', isTop: true }, trusted)).toBe(true);
  });

  it('refuses a foreign frame, an iframe of our page, a look-alike host and a missing frame', () => {
    expect(isTrustedSenderFrame({ url: 'https://evil.example/', isTop: true }, trusted)).toBe(false);
    expect(isTrustedSenderFrame({ url: 'app://readyroom/index.html', isTop: false }, trusted)).toBe(false);
    expect(isTrustedSenderFrame({ url: 'app://readyroom.evil/index.html', isTop: true }, trusted)).toBe(
      false,
    );
    expect(isTrustedSenderFrame({ url: 'file:///etc/passwd', isTop: true }, trusted)).toBe(false);
    expect(isTrustedSenderFrame(null, trusted)).toBe(false);
    expect(isTrustedSenderFrame({ url: 'not a url', isTop: true }, trusted)).toBe(false);
  });

  it('trusts the dev server origin only when it is configured', () => {
    const frame = { url: 'http://localhost:5173/', isTop: true };
    expect(isTrustedSenderFrame(frame, trusted)).toBe(false);
    expect(isTrustedSenderFrame(frame, ['http://localhost:5173'])).toBe(true);
  });
});

describe('navigation and external links', () => {
  it('keeps navigation inside our own origin', () => {
    expect(isInternalNavigation('app://readyroom/audience.html', trusted)).toBe(true);
    expect(isInternalNavigation('https://example.com/', trusted)).toBe(false);
    expect(isInternalNavigation('javascript:alert(1)', trusted)).toBe(false);
  });

  it('opens only https links to a public host name in the system browser', () => {
    for (const url of [
      'https://www.example.com/guide',
      'https://docs.readyroom.app/',
      'https://xn--bcher-kva.ch/',
    ]) {
      expect(isVettedExternalUrl(url), url).toBe(true);
    }
    for (const url of [
      'http://www.example.com/guide',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'https://user:pass@example.com/',
      'https://localhost:3000/',
      'https://127.0.0.1/',
      'https://2130706433/',
      'https://0x7f.1/',
      'https://192.168.1.10/',
      'https://8.8.8.8/',
      'https://100.64.0.1/',
      'https://[::1]/',
      'https://[2001:db8::1]/',
      'https://intranet/',
      'https://wiki/',
      'https://printer.local/',
      'https://jira.corp/',
      'https://service.internal/',
      'https://router.home.arpa/',
      'https://app.localhost/',
      'https://example.test/',
      'https://hidden.onion/',
      'https://.example.com/',
      'not a url',
    ]) {
      expect(isVettedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('user actions', () => {
  it('count a click or key press for a moment, never a mouse move', () => {
    const actions = new UserActions();
    expect(actions.actedRecently(1_000)).toBe(false);
    actions.record('mouseMove', 1_000);
    expect(actions.actedRecently(1_000)).toBe(false);
    actions.record('mouseDown', 1_000);
    expect(actions.actedRecently(1_000 + USER_ACTION_WINDOW_MS)).toBe(true);
    expect(actions.actedRecently(1_001 + USER_ACTION_WINDOW_MS)).toBe(false);
  });
});
