import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_HOST, APP_SCHEME } from './url-policy';

/** Must run before `app.ready`: lets `app://` behave like a secure, standard web origin. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from `app://readyroom/…` instead of `file://`, so pages get a
 * real origin, the IPC sender check has something precise to match, and no other file on
 * disk is reachable.
 */
export function serveRendererOverAppScheme(rendererDirectory: string): void {
  const root = path.resolve(rendererDirectory);
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const filePath = path.resolve(root, `.${path.posix.normalize(relative)}`);
    if (!filePath.startsWith(`${root}${path.sep}`)) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(filePath).toString());
  });
}
