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
 * The file inside `root` an `app://readyroom/…` URL names, or null when it names anything
 * else: another host, a malformed escape, or a path that leads out of `root` (`..`,
 * encoded `%2e%2e%2f`, backslashes on Windows, an absolute path).
 */
export function rendererFileFor(root: string, requestUrl: string): string | null {
  const url = new URL(requestUrl);
  if (url.host !== APP_HOST) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  // resolve() collapses every `..` the decoding revealed; the check below is what keeps the
  // result inside the renderer folder.
  const filePath = path.resolve(root, `.${relative}`);
  const inside = path.relative(root, filePath);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return filePath;
}

/**
 * Serves the built renderer from `app://readyroom/…` instead of `file://`, so pages get a
 * real origin, the IPC sender check has something precise to match, and no other file on
 * disk is reachable.
 */
export function serveRendererOverAppScheme(rendererDirectory: string): void {
  const root = path.resolve(rendererDirectory);
  protocol.handle(APP_SCHEME, (request) => {
    const filePath = rendererFileFor(root, request.url);
    if (filePath === null) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(filePath).toString());
  });
}
