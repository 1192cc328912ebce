import { app, session, shell } from 'electron';
import { isInternalNavigation, isVettedExternalUrl } from './url-policy';

/**
 * Applies the desktop security baseline to every window and session: no navigation away
 * from our content, no new windows, no permissions, external links only to vetted http(s)
 * addresses in the system browser, and no request to anything but our own content.
 */
export function installSecurityGuards(trustedOrigins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isInternalNavigation(url, trustedOrigins)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isInternalNavigation(url, trustedOrigins)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // electronegativity-justified OPEN_EXTERNAL_JS_CHECK: only public http(s) URLs pass isVettedExternalUrl (url-policy.test.ts)
      if (isVettedExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });

  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isInternalNavigation(details.url, trustedOrigins) ||
      details.url.startsWith('devtools://') ||
      details.url.startsWith('data:') ||
      details.url.startsWith('blob:');
    callback({ cancel: !allowed });
  });
}
