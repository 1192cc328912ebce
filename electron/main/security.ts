import { app, session, shell } from 'electron';
import { isAllowedRequest, type RequestFilterOptions } from './request-filter';
import { isInternalNavigation, isVettedExternalUrl, UserActions } from './url-policy';

/**
 * Applies the desktop security baseline to every window and session: no navigation away
 * from our content, no new windows, no webviews, no permissions, external links only to
 * public https addresses, opened in the system browser right after a click or key press,
 * and no request to anything but our own content. Each guard is run by
 * test/security/electron-main-guards.test.ts against a fake Electron.
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
    const userActions = new UserActions();
    contents.on('input-event', (_inputEvent, input) => userActions.record(input.type, Date.now()));
    contents.setWindowOpenHandler(({ url }) => {
      // A page script alone never opens anything: only a link the person just clicked does.
      // electronegativity-justified OPEN_EXTERNAL_JS_CHECK: only https URLs to public host names pass isVettedExternalUrl (url-policy.test.ts), and only right after a user action
      if (isVettedExternalUrl(url) && userActions.actedRecently(Date.now())) void shell.openExternal(url);
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
