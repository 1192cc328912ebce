import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.map': 'application/json; charset=utf-8',
};

/** Friendly paths for the renderer entries, e.g. `/audience` for `audience.html`. */
const ENTRY_ALIASES: Readonly<Record<string, string>> = {
  '/': '/index.html',
  '/audience': '/audience.html',
  '/participant': '/participant.html',
};

export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
  /** Hashed build assets never change, so the browser may keep them. */
  readonly immutable: boolean;
}

/**
 * Resolves a URL path to a file inside `root`, refusing anything that would escape it
 * (`..`, encoded slashes, absolute paths). Returns null when there is no such file.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const aliased = ENTRY_ALIASES[decoded] ?? decoded;
  if (aliased.includes('\0') || aliased.includes('\\')) return null;
  const resolvedRoot = path.resolve(root);
  const filePath = path.resolve(resolvedRoot, `.${path.posix.normalize(aliased)}`);
  if (filePath !== resolvedRoot && !filePath.startsWith(`${resolvedRoot}${path.sep}`)) return null;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return null;
    const body = await readFile(filePath);
    const extension = path.extname(filePath).toLowerCase();
    return {
      body,
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      immutable: filePath.includes(`${path.sep}assets${path.sep}`),
    };
  } catch {
    return null;
  }
}
