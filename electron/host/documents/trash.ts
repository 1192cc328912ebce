/**
 * The recoverable trash: `<library>/.trash/<stamp>-<name>/` holds a deleted workshop file
 * and, in `backups/`, its backups folder, so restoring brings both back.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TrashEntry } from '../../../shared/host-api/documents-contract';
import { summariseWorkshop } from '../../../shared/workshop/summary';
import { exists, moveEntry } from './atomic-file';
import { backupsFolderOf } from './backups';
import { FILE_STAMP_PATTERN, fileStamp, isoFromFileStamp } from './file-names';
import { errorCode } from './io-errors';
import { TRASH_FOLDER_NAME } from './library-paths';
import { readWorkshopBytes } from './workshop-bytes';

/** The folder, inside a trash entry, that holds the workshop's backups. */
const TRASHED_BACKUPS_NAME = 'backups';
const ENTRY_NAME = new RegExp(`^(${FILE_STAMP_PATTERN})-(.+)$`);

/** The trash folder of a library. */
export function trashFolderOf(libraryFolder: string): string {
  return path.join(libraryFolder, TRASH_FOLDER_NAME);
}

/** Moves a workshop file and its backups into the trash; returns the new trash entry. */
export async function moveToTrash(filePath: string, libraryFolder: string, now: Date): Promise<TrashEntry> {
  const title = await titleOf(filePath);
  const trash = trashFolderOf(libraryFolder);
  await mkdir(trash, { recursive: true });
  const fileName = path.basename(filePath);
  const entryFolder = await makeUniqueFolder(
    trash,
    `${fileStamp(now)}-${fileName.replace(/\.readyroom$/i, '')}`,
  );
  await moveEntry(filePath, path.join(entryFolder, fileName));
  const backups = backupsFolderOf(filePath);
  if (await exists(backups)) {
    await moveEntry(backups, path.join(entryFolder, TRASHED_BACKUPS_NAME));
  }
  return { trashPath: entryFolder, fileName, deletedAt: now.toISOString(), title };
}

/** Workshops in the trash, most recently deleted first. */
export async function listTrash(libraryFolder: string): Promise<TrashEntry[]> {
  const trash = trashFolderOf(libraryFolder);
  let folders: string[];
  try {
    folders = await readdir(trash);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const entries: TrashEntry[] = [];
  for (const folderName of folders) {
    const match = ENTRY_NAME.exec(folderName);
    if (match === null) continue;
    const entryFolder = path.join(trash, folderName);
    const filePath = await findTrashedWorkshop(entryFolder);
    if (filePath === null) continue;
    entries.push({
      trashPath: entryFolder,
      fileName: path.basename(filePath),
      deletedAt: isoFromFileStamp(match[1] ?? ''),
      title: await titleOf(filePath),
    });
  }
  return entries.sort((left, right) =>
    left.deletedAt === right.deletedAt ? 0 : left.deletedAt < right.deletedAt ? 1 : -1,
  );
}

/** The workshop file inside a trash entry, or null when there is none. */
export async function findTrashedWorkshop(entryFolder: string): Promise<string | null> {
  const names = await readdir(entryFolder).catch(() => [] as string[]);
  const fileName = names.find((name) => /\.readyroom$/i.test(name) && !name.startsWith('.'));
  return fileName === undefined ? null : path.join(entryFolder, fileName);
}

/** The backups folder kept inside a trash entry. */
export function trashedBackupsOf(entryFolder: string): string {
  return path.join(entryFolder, TRASHED_BACKUPS_NAME);
}

async function titleOf(filePath: string): Promise<string | null> {
  const bytes = await readFile(filePath).catch(() => null);
  if (bytes === null) return null;
  const parsed = readWorkshopBytes(bytes, path.basename(filePath));
  return parsed.ok ? summariseWorkshop(parsed.workshop).title : null;
}

async function makeUniqueFolder(parent: string, baseName: string): Promise<string> {
  for (let number = 1; ; number += 1) {
    const candidate = path.join(parent, number === 1 ? baseName : `${baseName}-${number}`);
    try {
      await mkdir(candidate);
      return candidate;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST' || number > 1000) throw error;
    }
  }
}
