import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file the room server may hand to a phone, kept in memory (the page is tiny). */
export interface ParticipantFile {
  readonly body: Buffer;
  /** The same bytes gzipped once, for phones on weak Wi-Fi. */
  readonly gzipped: Buffer;
  readonly contentType: string;
  /** Hashed build assets never change, so phones may keep them. */
  readonly immutable: boolean;
}

/** URL path (`/join`, `/assets/participant-….js`) → file. Nothing else is ever served. */
export type ParticipantFiles = ReadonlyMap<string, ParticipantFile>;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const ASSET_NAME = /^[A-Za-z0-9._-]+$/;
/** `src="./assets/x.js"`, `href="/assets/x.css"` in the page; `"./x.js"` chunk imports in scripts. */
const PAGE_REFERENCE = /(?:src|href)="(?:\.?\/)?assets\/([^"]+)"/g;
const SCRIPT_REFERENCE = /["'`](?:\.\/|\/assets\/)([A-Za-z0-9._-]+\.(?:js|css))["'`]/g;

function file(body: Buffer, contentType: string, immutable: boolean): ParticipantFile {
  return { body, gzipped: gzipSync(body, { level: 9 }), contentType, immutable };
}

/**
 * Loads the built participant page (`participant.html`) and exactly the assets it needs,
 * found by following its references, from `rendererDirectory`. An allow-list by
 * construction: the facilitator's own pages and anything else in the folder are never
 * reachable from a phone. Null when the page is not built.
 */
export async function loadParticipantFiles(rendererDirectory: string): Promise<ParticipantFiles | null> {
  let page: Buffer;
  try {
    page = await readFile(path.join(rendererDirectory, 'participant.html'));
  } catch {
    return null;
  }
  const files = new Map<string, ParticipantFile>([['/join', file(page, 'text/html; charset=utf-8', false)]]);
  const queue = [...page.toString('utf8').matchAll(PAGE_REFERENCE)].map((match) => match[1] ?? '');
  const assetsFolder = path.join(rendererDirectory, 'assets');
  while (queue.length > 0) {
    const name = queue.shift() ?? '';
    const urlPath = `/assets/${name}`;
    if (!ASSET_NAME.test(name) || files.has(urlPath)) continue;
    const contentType = CONTENT_TYPES[path.extname(name).toLowerCase()];
    if (contentType === undefined) continue;
    let body: Buffer;
    try {
      body = await readFile(path.join(assetsFolder, name));
    } catch {
      continue;
    }
    files.set(urlPath, file(body, contentType, true));
    if (name.endsWith('.js')) {
      for (const match of body.toString('utf8').matchAll(SCRIPT_REFERENCE)) queue.push(match[1] ?? '');
    }
  }
  return files;
}
