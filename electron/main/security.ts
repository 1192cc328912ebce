import { app, session, shell } from 'electron';
import { isAllowedRequest, type RequestFilterOptions } from './request-filter';
import { isInternalNavigation, isVettedExternalUrl } from './url-policy';

/**
 * Applies the desktop security baseline to every window and session: no navigation away
 * from our content, no new windows, no permissions, external links only to vetted http(s)
 * addresses in the system browser, and no request to anything but our own content.
 */
export function installSecurityGuards(
  trustedOrigins: readonly string[],
  requestFilter: RequestFilterOptions,
): void {
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
  // Every request of every window goes through here: the predicate (request-filter.test.ts)
  // lets through only the app's own content, so nothing can reach the internet or the LAN.
  defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, requestFilter);
    if (!allowed) console.warn(`[readyroom] refused a request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
}
