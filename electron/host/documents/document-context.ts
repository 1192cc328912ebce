/**
 * What every group of `documents.*` methods shares: the library folder, the clock, the file
 * holds, the per-file queue, the library list, and the small helpers they all use.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { HostMethods } from '../../../shared/host-api/contract';
import type { documentsContract, OpenedDocument } from '../../../shared/host-api/documents-contract';
import { serialiseWorkshop } from '../../../shared/workshop/file';
import type { Workshop } from '../../../shared/workshop/workshop';
import type { HostEventHub } from '../event-hub';
import { recordBackup } from './backups';
import { fileKey, FileLocks } from './file-locks';
import { toIoError, type FileAction } from './io-errors';
import { KeyedQueue } from './keyed-queue';
import { LibraryListing } from './library-listing';
import { resolveWorkshopPath } from './library-paths';
import { revisionOf } from './workshop-bytes';
import { text } from '../../../shared/text';
import type { MessageId } from '../../../shared/text';

/** What the document service needs from its host. */
export interface DocumentServiceOptions {
  /** The library folder, read on every call (the facilitator can change it in settings). */
  readonly libraryFolder: () => string;
  readonly events: HostEventHub;
  /** Clock for backup names, daily rotation and trash stamps; injectable for tests. */
  readonly now?: () => Date;
}

/** The `documents.*` methods of the host contract. */
export type DocumentMethods = { [Name in keyof typeof documentsContract]: HostMethods[Name] };

/** The state and helpers the method groups share (one per document service). */
export interface DocumentContext {
  readonly now: () => Date;
  readonly locks: FileLocks;
  /** Operations on one file run one after another (keyed by `fileKey`). */
  readonly queue: KeyedQueue;
  readonly listing: LibraryListing;
  /** The library folder, absolute. */
  libraryFolder(): string;
  /** The library folder, created if missing. */
  ensureLibrary(): Promise<string>;
  /** A workshop path from a caller, resolved against the library (see library-paths.ts). */
  resolve(input: string): string;
  /** Tells every window that the library list is out of date. */
  libraryChanged(): void;
  /** Records a backup; failing to write one never fails the operation (it is logged). */
  recordBackupSafely(filePath: string, bytes: Uint8Array): Promise<void>;
  /**
   * Runs `operation` on the workshop file `input` names: resolved against the library, after
   * what is already queued on that file, file-system errors turned into plain-English
   * `io-error`s saying what it was doing and what stays safe (as {@link fileAction}).
   */
  onFile<Result>(
    input: string,
    action: { readonly doing: MessageId; readonly stillSafe: MessageId },
    operation: (filePath: string) => Promise<Result>,
  ): Promise<Result>;
}

export function createDocumentContext(options: DocumentServiceOptions): DocumentContext {
  const now = options.now ?? (() => new Date());
  const libraryFolder = () => path.resolve(options.libraryFolder());
  const queue = new KeyedQueue();
  const resolve = (input: string) => resolveWorkshopPath(input, libraryFolder());
  return {
    now,
    locks: new FileLocks(),
    queue,
    listing: new LibraryListing(),
    libraryFolder,
    async ensureLibrary() {
      const folder = libraryFolder();
      await mkdir(folder, { recursive: true });
      return folder;
    },
    resolve,
    libraryChanged: () => options.events.emit('documents.onDidChangeLibrary', null),
    // Backups are a second line of defence: failing to write one never fails the save.
    async recordBackupSafely(filePath, bytes) {
      try {
        await recordBackup(filePath, bytes, now());
      } catch (error) {
        console.warn(`[readyroom] could not write a backup of ${path.basename(filePath)}`, error);
      }
    },
    onFile(input, { doing, stillSafe }, operation) {
      const filePath = resolve(input);
      return queue.run(fileKey(filePath), () =>
        guard(fileAction(doing, filePath, stillSafe), () => operation(filePath)),
      );
    },
  };
}

/** The longest title a copy gets ("Copy of …" is cut to it). */
export const TITLE_LIMIT = 200;

/** A workshop as the bytes of its file. */
export function encode(workshop: Workshop): Buffer {
  return Buffer.from(serialiseWorkshop(workshop), 'utf8');
}

/** What `open` (and everything that opens a file for a window) answers. */
export function opened(
  filePath: string,
  bytes: Uint8Array,
  workshop: Workshop,
  migratedFrom: number | null,
  /** The revision when it is known already (hashed off the event loop with a large file). */
  revision: string = revisionOf(bytes),
): OpenedDocument {
  return {
    path: filePath,
    fileName: path.basename(filePath),
    // Freshly parsed or built here and never frozen: read-only only in its static type.
    workshop: workshop as OpenedDocument['workshop'],
    revision,
    migratedFrom,
  };
}

/** What a file operation was doing (a message with `{file}`) and what stays safe if the disk says no. */
export function fileAction(doing: MessageId, filePath: string, stillSafe: MessageId): FileAction {
  return { doing: text(doing, { file: path.basename(filePath) }), stillSafe: text(stillSafe) };
}

/** Runs a file operation, turning file-system errors into plain-English `io-error`s. */
export async function guard<Result>(action: FileAction, operation: () => Promise<Result>): Promise<Result> {
  try {
    return await operation();
  } catch (error) {
    throw toIoError(error, action);
  }
}
