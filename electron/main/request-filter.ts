import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_HOST, APP_SCHEME } from './url-policy';

/** What the session-level request filter lets through, besides the app's own `app://` pages. */
export interface RequestFilterOptions {
  /**
   * The built renderer folder. `app-protocol.ts` answers `app://readyroom/…` with
   * `net.fetch(file://…)`, which Electron documents as passing through webRequest handlers,
   * so `file:` URLs inside this folder (and nowhere else) must pass.
   */
  readonly rendererDirectory: string;
  /**
   * Development only (`electron-vite dev`): the dev server's URL. Its HTTP requests and its
   * hot-reload WebSocket pass, and so does the DevTools front end (`devtools://`). Absent in
   * a packaged app, where none of those pass.
   */
  readonly devServerUrl?: string | undefined;
}

/** Schemes whose content never leaves the process: images the app draws, QR codes, exports. */
const IN_MEMORY_SCHEMES = new Set(['data:', 'blob:']);

function isInside(directory: string, filePath: string): boolean {
  const relative = path.relative(path.resolve(directory), path.resolve(filePath));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function isDevServerRequest(url: URL, devServerUrl: string): boolean {
  let server: URL;
  try {
    server = new URL(devServerUrl);
  } catch {
    return false;
  }
  const secure = server.protocol === 'https:';
  const schemes = secure ? ['https:', 'wss:'] : ['http:', 'ws:'];
  return schemes.includes(url.protocol) && url.host === server.host && url.username === '';
}

/**
 * True when the session may make this request: the app's own content and nothing else. No
 * internet, no LAN, no other loopback service, no file outside the renderer folder. The room
 * server is reached by phones, never by the desktop windows, so it does not appear here.
 */
export function isAllowedRequest(url: string, options: RequestFilterOptions): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  if (IN_MEMORY_SCHEMES.has(parsed.protocol)) return true;
  if (parsed.protocol === 'file:') {
    if (parsed.host !== '') return false; // file://server/share is a network path on Windows.
    let filePath: string;
    try {
      filePath = fileURLToPath(parsed);
    } catch {
      return false;
    }
    return isInside(options.rendererDirectory, filePath);
  }
  if (options.devServerUrl === undefined) return false;
  if (parsed.protocol === 'devtools:') return true;
  return isDevServerRequest(parsed, options.devServerUrl);
}
