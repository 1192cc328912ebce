/**
 * The durable core of saving: a file on disk is always either the whole old version or the
 * whole new one, never a mix or a stub. The main workshop file is written to a temporary
 * file in the same folder, flushed to the disk (fsync), renamed over the old one, and the
 * folder itself is flushed so the rename survives a power cut. The crash test and the
 * autosave benchmark exercise this module.
 */
import { randomBytes } from 'node:crypto';
import { cp, link, lstat, open, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { errorCode } from './io-errors';

const isWindows = process.platform === 'win32';

/**
 * Replaces `filePath` with `data` atomically and durably (temp file, fsync, rename, fsync of
 * the folder). On failure the old file is untouched and no temporary file is left behind.
 */
export async function writeFileAtomically(filePath: string, data: Buffer | string): Promise<void> {
  await retryWhileBusy(() => writeFileAtomic(filePath, data, { fsync: true }));
  await syncDirectory(path.dirname(filePath));
}

/**
 * Writes a file that must not exist yet, atomically and (unless `durable` is false) durably.
 * Fails with `EEXIST` when another file (or another ReadyRoom) took the name first, so
 * callers can pick the next unique name instead of overwriting somebody's workshop.
 */
export async function writeNewFileExclusively(
  filePath: string,
  data: Buffer | string,
  { durable = true }: { readonly durable?: boolean } = {},
): Promise<void> {
  const temporaryPath = path.join(
    path.dirname(filePath),
    `.${path.basename(filePath)}.new-${randomBytes(6).toString('hex')}`,
  );
  const handle = await open(temporaryPath, 'wx');
  try {
    try {
      await handle.writeFile(data);
      if (durable) await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      // A hard link never replaces an existing file, unlike rename on POSIX.
      await link(temporaryPath, filePath);
    } catch (error) {
      if (!linksUnsupported(error)) throw error;
      // FAT and exFAT drives (USB sticks) have no hard links; check, then rename.
      if (await exists(filePath)) throw Object.assign(new Error(`${filePath} exists`), { code: 'EEXIST' });
      await rename(temporaryPath, filePath);
    }
  } finally {
    await unlink(temporaryPath).catch(() => undefined);
  }
  if (durable) await syncDirectory(path.dirname(filePath));
}

/**
 * Moves a file to a name that must not exist yet, failing with `EEXIST` instead of
 * replacing whatever is there (rename alone would silently replace it on POSIX).
 */
export async function moveFileWithoutReplacing(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if (!linksUnsupported(error)) throw error;
    if (await exists(to)) throw Object.assign(new Error(`${to} exists`), { code: 'EEXIST' });
    await retryWhileBusy(() => rename(from, to));
    await syncDirectory(path.dirname(to));
    return;
  }
  await unlink(from);
  await syncDirectory(path.dirname(to));
}

/**
 * Writes a file through a temporary name and a rename, without fsync: for copies (backups,
 * lock files) where a power cut may lose the newest copy but must never leave a torn one
 * under the real name.
 */
export async function writeFileViaRename(filePath: string, data: Uint8Array | string): Promise<void> {
  const temporaryPath = temporaryNameFor(filePath);
  try {
    await writeFile(temporaryPath, data, { flag: 'wx' });
    await retryWhileBusy(() => rename(temporaryPath, filePath));
  } catch (error) {
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
}

/** A hidden temporary name next to `filePath`, recognised by {@link isTemporaryCopyName}. */
export function temporaryNameFor(filePath: string): string {
  return path.join(path.dirname(filePath), `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
}

/** True for the names {@link temporaryNameFor} makes. */
export function isTemporaryCopyName(name: string): boolean {
  return /^\.tmp-\d+-[0-9a-f]+$/.test(name);
}

/**
 * Flushes a folder's entries to the disk so a rename inside it survives a power cut.
 * Windows cannot open a folder for fsync (NTFS journals renames itself), and some network
 * file systems refuse; the rename has happened either way, so those are not errors.
 */
export async function syncDirectory(directory: string): Promise<void> {
  if (isWindows) return;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // See above: best effort by design.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Moves a file or folder, also across drives (where rename fails with EXDEV): then it is
 * copied first and the original removed only once the copy is complete.
 */
export async function moveEntry(from: string, to: string): Promise<void> {
  try {
    await retryWhileBusy(() => rename(from, to));
  } catch (error) {
    if (errorCode(error) !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true, errorOnExist: true, force: false });
    await rm(from, { recursive: true, force: true });
  }
}

/**
 * Removes temporary files that write-file-atomic left next to `filePath` when a process
 * saving it was killed (it names them `<file>.<number>`). Call it only while holding the
 * file's lock with no other writer alive, so no save in progress loses its temporary file.
 */
export async function removeOrphanedTemporaryFiles(filePath: string): Promise<number> {
  const directory = path.dirname(filePath);
  const pattern = new RegExp(`^${escapeRegExp(path.basename(filePath))}\\.\\d+$`);
  let removed = 0;
  for (const name of await readdir(directory).catch(() => [] as string[])) {
    if (!pattern.test(name)) continue;
    await unlink(path.join(directory, name)).then(
      () => (removed += 1),
      () => undefined,
    );
  }
  return removed;
}

/** Whether anything (file, folder or link) exists at a path. */
export async function exists(filePath: string): Promise<boolean> {
  try {
    await lstat(filePath);
    return true;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw error;
  }
}

function linksUnsupported(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS' || code === 'EMLINK'
  );
}

/**
 * On Windows, antivirus and sync tools briefly hold files open, so a rename fails with
 * EPERM/EBUSY/EACCES for a few milliseconds (the same quirk graceful-fs works around).
 */
async function retryWhileBusy<Result>(operation: () => Promise<Result>): Promise<Result> {
  const delaysMs = isWindows ? [20, 60, 150, 300] : [];
  for (const delayMs of delaysMs) {
    try {
      return await operation();
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES') throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
  return operation();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
