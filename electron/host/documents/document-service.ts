/**
 * Workshop files: the library folder, opening and saving, rolling backups, recovery from
 * damaged files, and the trash. Plain Node, so both shells and the tests run it.
 *
 * The promises it keeps, because a facilitator in front of a room must never lose work:
 * a save replaces the file atomically and durably; a damaged file is never overwritten;
 * two windows never silently overwrite each other (one holds the file; a save names the
 * revision it started from); and every failure says which file, what happened and what to do.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { HostMethods } from '../../../shared/host-api/contract';
import type {
  BackupEntry,
  ConflictDetails,
  DamagedFileDetails,
  documentsContract,
  LibraryEntry,
  OpenedDocument,
} from '../../../shared/host-api/documents-contract';
import { HostError } from '../../../shared/host-api/errors';
import { serialiseWorkshop, type FileProblem, type ParseWorkshopResult } from '../../../shared/workshop/file';
import { newId, type WorkshopId } from '../../../shared/workshop/ids';
import { summariseWorkshop } from '../../../shared/workshop/summary';
import { createWorkshopFromTemplate } from '../../../shared/workshop/template';
import type { Workshop } from '../../../shared/workshop/workshop';
import type { HostEventHub } from '../event-hub';
import {
  exists,
  moveEntry,
  removeOrphanedTemporaryFiles,
  writeFileAtomically,
  writeNewFileExclusively,
} from './atomic-file';
import {
  backupsFolderOf,
  findNewestValidBackup,
  listBackups,
  parseBackupName,
  readBackup,
  recordBackup,
} from './backups';
import { describeMoment, fileStamp, slugFromFileName, slugFromTitle } from './file-names';
import { fileKey, FileLocks } from './file-locks';
import { errorCode, toIoError, type FileAction } from './io-errors';
import { createUniqueFile, moveToUniqueName } from './library-files';
import { isDirectlyInside, isInside, resolveWorkshopPath } from './library-paths';
import { findTrashedWorkshop, listTrash, moveToTrash, trashedBackupsOf, trashFolderOf } from './trash';
import { parseWorkshopBytes, parseWorkshopText } from './off-thread-parse';
import { readWorkshopBytes, revisionOf, sizeProblem } from './workshop-bytes';

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

/** The document service: its methods, and `dispose()` to release every file it holds. */
export interface DocumentService {
  readonly methods: DocumentMethods;
  /** Waits for operations in progress, then releases every file this service holds. */
  dispose(): Promise<void>;
}

const TITLE_LIMIT = 200;

/** Builds the document service. */
export function createDocumentService(options: DocumentServiceOptions): DocumentService {
  const now = options.now ?? (() => new Date());
  const locks = new FileLocks();
  const queue = new KeyedQueue();
  const listingCache = new Map<string, { readonly stamp: string; readonly entry: LibraryEntry }>();

  const libraryFolder = () => path.resolve(options.libraryFolder());
  const resolve = (input: string) => resolveWorkshopPath(input, libraryFolder());
  const libraryChanged = () => options.events.emit('documents.onDidChangeLibrary', null);

  async function ensureLibrary(): Promise<string> {
    const folder = libraryFolder();
    await mkdir(folder, { recursive: true });
    return folder;
  }

  /**
   * Reads a workshop file that must exist; a missing one is a `not-found` the facilitator
   * can act on. A file over the size limit is refused from its size, before it is read.
   */
  async function readExisting(
    filePath: string,
  ): Promise<{ ok: true; bytes: Buffer } | { ok: false; problem: FileProblem }> {
    try {
      const tooLarge = sizeProblem((await stat(filePath)).size, path.basename(filePath));
      if (tooLarge !== null && !tooLarge.ok) return tooLarge;
      return { ok: true, bytes: await readFile(filePath) };
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') throw notFoundError(filePath);
      throw error;
    }
  }

  /** Reads a workshop that must be valid; a damaged one is refused with its newest good backup. */
  async function readValid(
    filePath: string,
  ): Promise<{ bytes: Buffer; workshop: Workshop; migratedFrom: number | null; revision: string }> {
    const read = await readExisting(filePath);
    if (!read.ok) throw await damagedFileError(filePath, read.problem);
    // Large files are parsed on a worker thread: the voting room shares this event loop.
    const { parsed, revision } = await parseWorkshopBytes(read.bytes, path.basename(filePath));
    if (!parsed.ok) throw await damagedFileError(filePath, parsed.problem);
    return {
      bytes: read.bytes,
      workshop: parsed.workshop,
      migratedFrom: parsed.migratedFrom ?? null,
      revision,
    };
  }

  /** Backups are a second line of defence: failing to write one never fails the save. */
  async function recordBackupSafely(filePath: string, bytes: Uint8Array): Promise<void> {
    try {
      await recordBackup(filePath, bytes, now());
    } catch (error) {
      console.warn(`[readyroom] could not write a backup of ${path.basename(filePath)}`, error);
    }
  }

  async function describeFile(filePath: string): Promise<LibraryEntry | null> {
    let stats;
    try {
      stats = await stat(filePath);
    } catch {
      return null;
    }
    if (!stats.isFile()) return null;
    const stamp = `${stats.mtimeMs}:${stats.size}:${stats.ino}`;
    const cached = listingCache.get(fileKey(filePath));
    if (cached?.stamp === stamp) return cached.entry;

    const fileName = path.basename(filePath);
    let summary: LibraryEntry['summary'] = null;
    let problem: string | null = null;
    try {
      const tooLarge = sizeProblem(stats.size, fileName);
      const { parsed } =
        tooLarge !== null
          ? { parsed: tooLarge }
          : await parseWorkshopBytes(await readFile(filePath), fileName);
      if (parsed.ok) {
        const { id, title, organisation, updatedAt, verdict } = summariseWorkshop(parsed.workshop);
        summary = { id, title, organisation, updatedAt, verdict: verdict.kind };
      } else {
        problem = parsed.problem.message;
      }
    } catch (error) {
      problem = `ReadyRoom could not read "${fileName}" (${errorCode(error) ?? 'unknown error'}). Check that no other program has it locked, then refresh the library.`;
    }
    const entry: LibraryEntry = {
      path: filePath,
      fileName,
      modifiedAt: stats.mtime.toISOString(),
      sizeBytes: stats.size,
      summary,
      problem,
    };
    listingCache.set(fileKey(filePath), { stamp, entry });
    return entry;
  }

  async function entryOf(filePath: string): Promise<LibraryEntry> {
    const entry = await describeFile(filePath);
    if (entry === null) throw notFoundError(filePath);
    return entry;
  }

  async function listWorkshopFiles(folder: string): Promise<LibraryEntry[]> {
    const names = await readdir(folder, { withFileTypes: true });
    const candidates = names.filter(
      (entry) =>
        !entry.name.startsWith('.') &&
        /\.readyroom$/i.test(entry.name) &&
        (entry.isFile() || entry.isSymbolicLink()),
    );
    const paths = candidates.map((entry) => path.join(folder, entry.name));
    // Forget files that are gone, so the cache stays as small as the library.
    const present = new Set(paths.map(fileKey));
    for (const key of listingCache.keys()) {
      if (path.dirname(key) === fileKey(folder) && !present.has(key)) listingCache.delete(key);
    }
    const entries = await Promise.all(paths.map(describeFile));
    return entries
      .filter((entry): entry is LibraryEntry => entry !== null)
      .sort((left, right) =>
        left.modifiedAt === right.modifiedAt
          ? left.fileName.localeCompare(right.fileName)
          : left.modifiedAt < right.modifiedAt
            ? 1
            : -1,
      );
  }

  /** Adds a checked, imported workshop to the library, with a new id if the library already has its id. */
  async function addToLibrary(parsed: ParseWorkshopResult, label: string, sourcePath: string | null) {
    if (!parsed.ok) throw importRefusal(parsed.problem, label, sourcePath);
    const folder = await ensureLibrary();
    const existingIds = new Set(
      (await listWorkshopFiles(folder)).flatMap((entry) =>
        entry.summary === null ? [] : [entry.summary.id],
      ),
    );
    const workshop = existingIds.has(parsed.workshop.id)
      ? { ...parsed.workshop, id: newId<WorkshopId>() }
      : parsed.workshop;
    const bytes = encode(workshop);
    const filePath = await createUniqueFile(folder, slugFromFileName(label), bytes);
    await recordBackupSafely(filePath, bytes);
    libraryChanged();
    return entryOf(filePath);
  }

  const methods: DocumentMethods = {
    'documents.list': () =>
      guard(
        { doing: 'read the workshop library folder', stillSafe: 'No workshop was changed.' },
        async () => {
          const folder = await ensureLibrary();
          return { folder, workshops: await listWorkshopFiles(folder) };
        },
      ),

    'documents.create': ({ title, sessionId }) =>
      guard(
        { doing: `create the workshop "${title}"`, stillSafe: 'No other workshop was changed.' },
        async () => {
          const folder = await ensureLibrary();
          const workshop = createWorkshopFromTemplate({ title, now: now() });
          const bytes = encode(workshop);
          const filePath = await createUniqueFile(folder, slugFromTitle(title), bytes);
          await locks.acquire(filePath, sessionId, false);
          await recordBackupSafely(filePath, bytes);
          libraryChanged();
          return opened(filePath, bytes, workshop, null);
        },
      ),

    'documents.open': async ({ path: input, sessionId, takeOver }) => {
      const filePath = resolve(input);
      return queue.run(fileKey(filePath), () =>
        guard(fileAction('open', filePath, 'Nothing was changed.'), async () => {
          // A missing file is reported as such, before any lock file is written beside it.
          if (!(await exists(filePath))) throw notFoundError(filePath);
          const acquired = await locks.acquire(filePath, sessionId, takeOver);
          try {
            const { bytes, workshop, migratedFrom, revision } = await readValid(filePath);
            if (acquired.previousWriterGone) await removeOrphanedTemporaryFiles(filePath);
            // The first save will rewrite an older format: keep the original among the backups.
            if (migratedFrom !== null) await recordBackupSafely(filePath, bytes);
            return opened(filePath, bytes, workshop, migratedFrom, revision);
          } catch (error) {
            await locks.release(filePath, sessionId);
            throw error;
          }
        }),
      );
    },

    'documents.save': async ({ path: input, sessionId, baseRevision, workshop }) => {
      const filePath = resolve(input);
      return queue.run(fileKey(filePath), () =>
        guard(fileAction('save', filePath, 'The previously saved version is intact.'), async () => {
          await locks.confirm(filePath, sessionId);
          let current: Buffer;
          try {
            current = await readFile(filePath);
          } catch (error) {
            if (errorCode(error) !== 'ENOENT') throw error;
            // Nothing left to hold: do not leave a lock file beside a missing workshop.
            await locks.release(filePath, sessionId);
            throw movedAwayError(filePath);
          }
          if (revisionOf(current) !== baseRevision) throw changedOnDiskError(filePath, current);
          const bytes = encode(workshop);
          await writeFileAtomically(filePath, bytes);
          await recordBackupSafely(filePath, bytes);
          libraryChanged();
          return { revision: revisionOf(bytes), savedAt: now().toISOString() };
        }),
      );
    },

    'documents.saveAs': async ({ path: input, sessionId, title, workshop }) => {
      const source = resolve(input);
      return guard(
        { doing: `save the workshop as "${title}"`, stillSafe: 'The original file is unchanged.' },
        async () => {
          const folder = await ensureLibrary();
          const copy: OpenedDocument['workshop'] = {
            ...workshop,
            id: newId<WorkshopId>(),
            updatedAt: now().toISOString(),
            meta: { ...workshop.meta, title },
          };
          const bytes = encode(copy);
          const filePath = await createUniqueFile(folder, slugFromTitle(title), bytes);
          await locks.acquire(filePath, sessionId, false);
          await queue.run(fileKey(source), () => locks.release(source, sessionId));
          await recordBackupSafely(filePath, bytes);
          libraryChanged();
          return opened(filePath, bytes, copy, null);
        },
      );
    },

    'documents.close': async ({ path: input, sessionId }) => {
      const filePath = resolve(input);
      return queue.run(fileKey(filePath), async () => {
        await locks.release(filePath, sessionId);
        return null;
      });
    },

    'documents.duplicate': async ({ path: input }) => {
      const source = resolve(input);
      return guard(fileAction('duplicate', source, 'The original is unchanged.'), async () => {
        const { workshop } = await readValid(source);
        const title = `Copy of ${summariseWorkshop(workshop).title}`.slice(0, TITLE_LIMIT);
        const moment = now().toISOString();
        const copy = {
          ...workshop,
          id: newId<WorkshopId>(),
          createdAt: moment,
          updatedAt: moment,
          meta: { ...workshop.meta, title },
        };
        const bytes = encode(copy);
        const filePath = await createUniqueFile(await ensureLibrary(), slugFromTitle(title), bytes);
        await recordBackupSafely(filePath, bytes);
        libraryChanged();
        return entryOf(filePath);
      });
    },

    'documents.rename': async ({ path: input, title, sessionId }) => {
      const source = resolve(input);
      return queue.run(fileKey(source), () =>
        guard(fileAction('rename', source, 'The file is unchanged.'), async () => {
          await locks.assertNotHeldByOthers(source, sessionId);
          const { workshop } = await readValid(source);
          const heldHere = locks.holderOf(source) === sessionId;
          const renamed = { ...workshop, updatedAt: now().toISOString(), meta: { ...workshop.meta, title } };
          const bytes = encode(renamed);

          let target = source;
          const stem = slugFromTitle(title);
          if (!fileNameFits(path.basename(source), stem)) {
            // Move first, then write the new title: a crash in between leaves one file, never two.
            target = await moveToUniqueName(source, path.dirname(source), stem);
            const backups = backupsFolderOf(source);
            if (await exists(backups)) await moveEntry(backups, backupsFolderOf(target));
            if (heldHere) {
              await locks.release(source, sessionId);
              await locks.acquire(target, sessionId, false);
            }
          }
          await writeFileAtomically(target, bytes);
          await recordBackupSafely(target, bytes);
          libraryChanged();
          return entryOf(target);
        }),
      );
    },

    'documents.delete': async ({ path: input, sessionId }) => {
      const source = resolve(input);
      return queue.run(fileKey(source), () =>
        guard(fileAction('move to the trash', source, 'The file is still where it was.'), async () => {
          await locks.assertNotHeldByOthers(source, sessionId);
          if (!(await exists(source))) throw notFoundError(source);
          await locks.release(source, sessionId);
          const folder = await ensureLibrary();
          const entry = await moveToTrash(source, folder, now());
          listingCache.delete(fileKey(source));
          libraryChanged();
          return entry;
        }),
      );
    },

    'documents.listTrash': () =>
      guard({ doing: 'read the trash', stillSafe: 'Nothing was changed.' }, async () =>
        listTrash(libraryFolder()),
      ),

    'documents.restoreFromTrash': ({ trashPath }) =>
      guard(
        { doing: 'restore the workshop from the trash', stillSafe: 'It is still in the trash.' },
        async () => {
          const folder = await ensureLibrary();
          const trash = trashFolderOf(folder);
          const entryFolder = path.resolve(trash, trashPath);
          if (!isDirectlyInside(trash, entryFolder)) {
            throw new HostError(
              'invalid-argument',
              'ReadyRoom can only restore workshops from the trash of the current library. Refresh the trash and try again.',
              { trashPath },
            );
          }
          const trashed = await findTrashedWorkshop(entryFolder);
          if (trashed === null) {
            throw new HostError(
              'not-found',
              'That workshop is no longer in the trash (it may have been restored already). Refresh the library to see where it is.',
              { trashPath },
            );
          }
          const target = await moveToUniqueName(
            trashed,
            folder,
            path.basename(trashed).replace(/\.readyroom$/i, ''),
          );
          const backups = trashedBackupsOf(entryFolder);
          if (await exists(backups)) await moveEntry(backups, backupsFolderOf(target));
          await rm(entryFolder, { recursive: true, force: true });
          libraryChanged();
          return entryOf(target);
        },
      ),

    'documents.importFile': async ({ sourcePath }) => {
      const source = resolve(sourcePath);
      return guard(fileAction('import', source, 'Nothing was added to the library.'), async () => {
        const label = path.basename(source);
        const read = await readExisting(source);
        if (!read.ok) throw importRefusal(read.problem, label, source);
        return addToLibrary((await parseWorkshopBytes(read.bytes, label)).parsed, label, source);
      });
    },

    'documents.importContent': async ({ fileName, content }) => {
      const label = path.basename(fileName.replace(/\\/g, '/')) || 'the dropped file';
      return guard(
        { doing: `import "${label}"`, stillSafe: 'Nothing was added to the library.' },
        async () => {
          // The page checked the size and the encoding before sending; a caller that did not is refused here.
          const tooLarge = sizeProblem(Buffer.byteLength(content, 'utf8'), label);
          if (tooLarge !== null && !tooLarge.ok) throw importRefusal(tooLarge.problem, label, null);
          return addToLibrary(await parseWorkshopText(content, label), label, null);
        },
      );
    },

    'documents.exportCopy': async ({ path: input, targetPath }) => {
      const source = resolve(input);
      const target = resolve(targetPath);
      return guard(
        {
          doing: `save a copy of "${path.basename(source)}" to "${target}"`,
          stillSafe: 'The workshop itself is unchanged.',
        },
        async () => {
          if (fileKey(source) === fileKey(target)) {
            throw new HostError(
              'invalid-argument',
              `"${path.basename(source)}" cannot be copied onto itself. Choose another name or folder for the copy.`,
              { path: target },
            );
          }
          const { bytes } = await readValid(source);
          await locks.assertNotHeldByOthers(target, null);
          await writeFileAtomically(target, bytes);
          if (isInside(libraryFolder(), target)) libraryChanged();
          return null;
        },
      );
    },

    'documents.listBackups': async ({ path: input }) => {
      const filePath = resolve(input);
      return guard(fileAction('list the backups of', filePath, 'Nothing was changed.'), () =>
        listBackups(filePath),
      );
    },

    'documents.restoreBackup': async ({ path: input, backupId, sessionId }) => {
      const filePath = resolve(input);
      return queue.run(fileKey(filePath), () =>
        guard(fileAction('restore a backup of', filePath, 'The current file is unchanged.'), async () => {
          if (parseBackupName(backupId) === null) {
            throw new HostError(
              'invalid-argument',
              `"${backupId}" is not a ReadyRoom backup. Choose a backup from the list.`,
              {
                backupId,
              },
            );
          }
          const backupBytes = await readBackup(filePath, backupId).catch((error: unknown) => {
            if (errorCode(error) !== 'ENOENT') throw error;
            throw new HostError(
              'not-found',
              `The backup ${backupId} of "${path.basename(filePath)}" is no longer there. Choose another backup from the list.`,
              { path: filePath, backupId },
            );
          });
          const { parsed: backup, revision } = await parseWorkshopBytes(
            backupBytes,
            `the backup ${backupId} of ${path.basename(filePath)}`,
          );
          if (!backup.ok) throw await damagedFileError(filePath, backup.problem);

          await locks.acquire(filePath, sessionId, false);
          try {
            await keepCurrentAside(filePath);
            await writeFileAtomically(filePath, backupBytes);
          } catch (error) {
            await locks.release(filePath, sessionId);
            throw error;
          }
          libraryChanged();
          return opened(filePath, backupBytes, backup.workshop, backup.migratedFrom ?? null, revision);
        }),
      );
    },
  };

  /**
   * Before a backup replaces a file, copies the current file (byte for byte) beside it as
   * `<name>.readyroom.damaged-<stamp>` (or `.replaced-<stamp>` when it was readable): the
   * suffix keeps it out of the library list, and nothing is ever lost. A copy rather than
   * a rename, so that a crash in between still leaves the file in place.
   */
  async function keepCurrentAside(filePath: string): Promise<void> {
    const current = await readFile(filePath).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    });
    if (current === null) return;
    const label = (await parseWorkshopBytes(current, path.basename(filePath))).parsed.ok
      ? 'replaced'
      : 'damaged';
    const base = `${filePath}.${label}-${fileStamp(now())}`;
    for (let number = 1; ; number += 1) {
      try {
        await writeNewFileExclusively(number === 1 ? base : `${base}-${number}`, current);
        return;
      } catch (error) {
        if (errorCode(error) !== 'EEXIST' || number > 1000) throw error;
      }
    }
  }

  async function damagedFileError(filePath: string, problem: FileProblem): Promise<HostError> {
    const newestValidBackup: BackupEntry | null = await findNewestValidBackup(filePath).catch(() => null);
    const details: DamagedFileDetails = {
      path: filePath,
      fileName: path.basename(filePath),
      problem: problem.message,
      field: problem.field ?? null,
      newestValidBackup,
    };
    const offer =
      newestValidBackup === null
        ? 'There is no backup of it that opens; if you have a copy elsewhere (an email attachment, a USB stick), import it.'
        : `The newest backup that opens was saved on ${describeMoment(new Date(newestValidBackup.savedAt))}; restore it to carry on (the damaged file is kept beside it).`;
    return new HostError('damaged-file', `${problem.message} ReadyRoom has not changed the file. ${offer}`, {
      ...details,
    });
  }

  function changedOnDiskError(filePath: string, current: Uint8Array): HostError {
    const fileName = path.basename(filePath);
    const parsed = readWorkshopBytes(current, fileName);
    const details: ConflictDetails & { problem?: string } = parsed.ok
      ? { reason: 'changed-on-disk', path: filePath }
      : { reason: 'changed-on-disk', path: filePath, problem: parsed.problem.message };
    const what = parsed.ok
      ? 'was changed by another program or window since this window opened it'
      : 'is now damaged on disk (something else wrote to it)';
    return new HostError(
      'conflict',
      `ReadyRoom did not save "${fileName}": the file ${what}, and saving would overwrite that. ` +
        'Your changes here are not lost yet: use Save as to keep them as a new workshop, then open the file again to see the other version.',
      { ...details },
    );
  }

  return {
    methods,
    async dispose() {
      await queue.idle();
      await locks.releaseAll();
    },
  };
}

function encode(workshop: Workshop): Buffer {
  return Buffer.from(serialiseWorkshop(workshop), 'utf8');
}

function opened(
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

/** Whether `fileName` already suits a title whose stem is `stem` (`q3.readyroom`, `q3-2.readyroom`). */
function fileNameFits(fileName: string, stem: string): boolean {
  const current = fileName.replace(/\.readyroom$/i, '').toLowerCase();
  return (
    current === stem || new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+$`).test(current)
  );
}

function fileAction(verb: string, filePath: string, stillSafe: string): FileAction {
  return { doing: `${verb} "${path.basename(filePath)}"`, stillSafe };
}

/** Runs a file operation, turning file-system errors into plain-English `io-error`s. */
async function guard<Result>(action: FileAction, operation: () => Promise<Result>): Promise<Result> {
  try {
    return await operation();
  } catch (error) {
    throw toIoError(error, action);
  }
}

function notFoundError(filePath: string): HostError {
  return new HostError(
    'not-found',
    `ReadyRoom cannot find "${path.basename(filePath)}" in ${path.dirname(filePath)}. It may have been moved, renamed or deleted; look in the trash of the library, or open it from where it is now.`,
    { path: filePath },
  );
}

function movedAwayError(filePath: string): HostError {
  const details: ConflictDetails = { reason: 'changed-on-disk', path: filePath };
  return new HostError(
    'conflict',
    `ReadyRoom did not save "${path.basename(filePath)}": the file was moved, renamed or deleted since this window opened it. ` +
      'Your changes here are not lost yet: use Save as to keep them as a new workshop.',
    { ...details },
  );
}

function importRefusal(problem: FileProblem, label: string, sourcePath: string | null): HostError {
  const message = `${problem.message} Nothing was added to the library.`;
  if (problem.kind === 'not-json') {
    const details: DamagedFileDetails = {
      path: sourcePath ?? label,
      fileName: label,
      problem: problem.message,
      field: null,
      newestValidBackup: null,
    };
    return new HostError('damaged-file', message, { ...details });
  }
  return new HostError('invalid-argument', message, {
    fileName: label,
    kind: problem.kind,
    field: problem.field ?? null,
  });
}

/** Runs operations on the same file one after another, so two saves never race. */
class KeyedQueue {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<Result>(key: string, task: () => Promise<Result>): Promise<Result> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.catch(() => undefined);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  async idle(): Promise<void> {
    while (this.#tails.size > 0) await Promise.all(this.#tails.values());
  }
}
