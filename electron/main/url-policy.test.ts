import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isInternalNavigation, isTrustedSenderFrame, isVettedExternalUrl } from './url-policy';

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

  it('opens only plain public http(s) links in the system browser', () => {
    expect(isVettedExternalUrl('https://www.example.com/guide')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'https://user:pass@example.com/',
      'http://localhost:3000/',
      'http://127.0.0.1/',
      'http://192.168.1.10/',
      'http://10.0.0.1/',
      'http://172.20.0.1/',
      'http://[::1]/',
      'http://printer.local/',
      'not a url',
    ]) {
      expect(isVettedExternalUrl(url), url).toBe(false);
    }
  });
});
