import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseWorkshopFile, type ParseWorkshopResult } from '../../../shared/workshop/file';
import { readWorkshopBytes, revisionOf } from './workshop-bytes';

/**
 * Files up to this size are parsed where they are read: about 30 ms for the largest real
 * workshop (0.3 MB). Larger ones go to a worker thread, because the same event loop serves
 * the voting room, and a phone's ballot must never wait behind a parse (a 32 MB file takes
 * seconds).
 */
export const PARSE_OFF_THREAD_FROM_BYTES = 512 * 1024;

/** A request to the parse worker. */
export type ParseRequest = { readonly id: number } & ParseJob;

/** What to parse: a file's bytes, or the text of a dropped file. */
export type ParseJob =
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly fileLabel: string }
  | { readonly kind: 'text'; readonly text: string; readonly fileLabel: string };

/** The worker's answer: the parse result, and the file's revision when it was sent bytes. */
export interface ParseReply {
  readonly id: number;
  readonly parsed: ParseWorkshopResult;
  readonly revision: string | null;
}

/** The URL of tsx's ES-module API (what `import('tsx/esm/api')` loads), found from here. */
function tsxEsmApi(): string {
  const manifestPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const entry = manifest.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(path.join(path.dirname(manifestPath), entry)).href;
}

/**
 * Starts the worker: the built entry beside the bundle (out/main, also when this code sits
 * in a chunk in out/main/chunks), or, when running from source (tests), this file's `.ts`
 * sibling loaded through tsx. Null when neither is there.
 */
function startWorkerThread(): Worker | null {
  const source = new URL('./workshop-parse-worker.ts', import.meta.url);
  if (existsSync(fileURLToPath(source))) {
    const tsx = tsxEsmApi();
    const loader =
      `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(source.href)}, ` +
      `${JSON.stringify(source.href)})).catch((error) => { console.error(error); process.exit(1); });`;
    return new Worker(loader, { eval: true });
  }
  for (const relative of ['./workshop-parse-worker.js', '../workshop-parse-worker.js']) {
    const built = new URL(relative, import.meta.url);
    if (existsSync(fileURLToPath(built))) return new Worker(built);
  }
  return null;
}

/**
 * One long-lived worker, started on first use and not keeping the process alive. If it
 * cannot start or dies, parsing falls back to this thread: slower for the room, but the
 * facilitator's file still opens.
 */
class ParseWorker {
  #worker: Worker | null = null;
  #broken = false;
  #nextId = 1;
  readonly #pending = new Map<
    number,
    { resolve: (reply: ParseReply) => void; reject: (error: Error) => void }
  >();

  #start(): Worker | null {
    if (this.#broken) return null;
    if (this.#worker !== null) return this.#worker;
    const worker = startWorkerThread();
    if (worker === null) {
      this.#broken = true;
      return null;
    }
    worker.unref();
    worker.on('message', (reply: ParseReply) => {
      const waiting = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      waiting?.resolve(reply);
    });
    const fail = (error: Error) => {
      if (this.#worker === worker) this.#worker = null;
      for (const waiting of this.#pending.values()) waiting.reject(error);
      this.#pending.clear();
    };
    worker.on('error', (error) => {
      console.warn('[readyroom] the workshop parser thread failed; parsing on the main thread', error);
      this.#broken = true;
      fail(error);
    });
    worker.on('exit', (code) => fail(new Error(`the workshop parser thread exited (${code})`)));
    this.#worker = worker;
    return worker;
  }

  /** Sends one request; null when there is no worker to send it to. */
  send(request: ParseJob): Promise<ParseReply> | null {
    const worker = this.#start();
    if (worker === null) return null;
    const id = this.#nextId++;
    return new Promise<ParseReply>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      // Only the pending request keeps the process alive, not the idle worker.
      worker.ref();
      const message: ParseRequest = { ...request, id };
      worker.postMessage(message);
    }).finally(() => {
      if (this.#pending.size === 0) this.#worker?.unref();
    });
  }
}

const parseWorker = new ParseWorker();

let parsedOnWorker = 0;

/** How many files the worker thread has parsed so far (tests check large files go there). */
export function filesParsedOnWorkerThread(): number {
  return parsedOnWorker;
}

/**
 * Checks and parses a workshop file's bytes as `readWorkshopBytes` does, and hashes them,
 * on a worker thread when the file is large. Never throws for a bad file.
 */
export async function parseWorkshopBytes(
  bytes: Uint8Array,
  fileLabel: string,
): Promise<{ readonly parsed: ParseWorkshopResult; readonly revision: string }> {
  if (bytes.byteLength >= PARSE_OFF_THREAD_FROM_BYTES) {
    const reply = await parseWorker.send({ kind: 'bytes', bytes, fileLabel })?.catch(() => null);
    if (reply !== null && reply !== undefined && reply.revision !== null) {
      parsedOnWorker += 1;
      return { parsed: reply.parsed, revision: reply.revision };
    }
  }
  return { parsed: readWorkshopBytes(bytes, fileLabel), revision: revisionOf(bytes) };
}

/** Parses the text of a dropped or uploaded file as `parseWorkshopFile` does, off this thread when large. */
export async function parseWorkshopText(text: string, fileLabel: string): Promise<ParseWorkshopResult> {
  if (text.length >= PARSE_OFF_THREAD_FROM_BYTES) {
    const reply = await parseWorker.send({ kind: 'text', text, fileLabel })?.catch(() => null);
    if (reply !== null && reply !== undefined) {
      parsedOnWorker += 1;
      return reply.parsed;
    }
  }
  return parseWorkshopFile(text, fileLabel);
}
