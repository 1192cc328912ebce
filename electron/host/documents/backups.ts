/**
 * Rolling backups of a workshop file, kept in a hidden folder next to it:
 * `<folder>/.readyroom-backups/<file name>/`. After each save it holds a copy named
 * `save-<stamp>.readyroom` (the newest ten are kept) and, for the first save of each day,
 * `daily-<yyyy-mm-dd>.readyroom` (the newest seven days are kept).
 *
 * Saving stays cheap: the copy is written from the bytes already in memory, and pruning
 * looks at file names only, never at the backups' content.
 */
import { mkdir, readdir, readFile, stat, unlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { BackupEntry } from '../../../shared/host-api/documents-contract';
import { summariseWorkshop } from '../../../shared/workshop/summary';
import { isTemporaryCopyName, writeFileViaRename } from './atomic-file';
import { FILE_STAMP_PATTERN, fileStamp, isoFromFileStamp, localDay } from './file-names';
import { errorCode } from './io-errors';
import { readWorkshopBytes } from './workshop-bytes';

/** The hidden folder, next to workshop files, that holds their backups. */
export const BACKUPS_FOLDER_NAME = '.readyroom-backups';
/** How many `save-` backups are kept per file. */
export const SAVE_BACKUPS_KEPT = 10;
/** How many `daily-` backups are kept per file: a week of days on which it was saved. */
export const DAILY_BACKUPS_KEPT = 7;

const SAVE_NAME = new RegExp(`^save-(${FILE_STAMP_PATTERN})(?:-(\\d+))?\\.readyroom$`);
const DAILY_NAME = /^daily-(\d{4}-\d{2}-\d{2})\.readyroom$/;

/** The backup folder of one workshop file. */
export function backupsFolderOf(filePath: string): string {
  return path.join(path.dirname(filePath), BACKUPS_FOLDER_NAME, path.basename(filePath));
}

/** What a backup file name says about it; null for anything that is not a backup. */
export interface BackupName {
  readonly kind: 'save' | 'daily';
  readonly name: string;
  /** Sorts in save order: stamp (or day) first, then the sequence number. */
  readonly order: readonly [string, number];
}

/** Recognises backup names; the only names `restoreBackup` accepts as backup ids. */
export function parseBackupName(name: string): BackupName | null {
  const save = SAVE_NAME.exec(name);
  if (save !== null) return { kind: 'save', name, order: [save[1] ?? '', Number(save[2] ?? 0)] };
  const daily = DAILY_NAME.exec(name);
  if (daily !== null) return { kind: 'daily', name, order: [daily[1] ?? '', 0] };
  return null;
}

function compareOrder(left: BackupName, right: BackupName): number {
  if (left.order[0] !== right.order[0]) return left.order[0] < right.order[0] ? -1 : 1;
  return left.order[1] - right.order[1];
}

/**
 * The name of the next `save-` backup. A clock that stands still (two saves in one
 * millisecond) or moves backwards (the computer's clock was corrected) still gives a name
 * that sorts after every existing one, so pruning never deletes the newest copy.
 */
export function nextSaveBackupName(existingNames: readonly string[], now: Date): string {
  const stamp = fileStamp(now);
  const newest = existingNames
    .map(parseBackupName)
    .filter((entry): entry is BackupName => entry?.kind === 'save')
    .sort(compareOrder)
    .at(-1);
  if (newest === undefined || stamp > newest.order[0]) return `save-${stamp}.readyroom`;
  return `save-${newest.order[0]}-${newest.order[1] + 1}.readyroom`;
}

/**
 * Records a just-saved version of `filePath` (its bytes are `bytes`) and prunes old
 * backups. Failing to write a backup never fails the save itself: the caller logs it.
 */
export async function recordBackup(filePath: string, bytes: Uint8Array, now: Date): Promise<void> {
  const folder = backupsFolderOf(filePath);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    await mkdir(folder, { recursive: true });
    names = [];
  }

  // A temporary copy left by a process that was killed mid-backup: only the file's holder
  // writes backups, and it is us, so nothing else is using it.
  for (const name of names.filter(isTemporaryCopyName)) {
    await unlink(path.join(folder, name)).catch(() => undefined);
  }

  const saveName = nextSaveBackupName(names, now);
  await writeFileViaRename(path.join(folder, saveName), bytes);
  const present = [...names, saveName];

  const dailyName = `daily-${localDay(now)}.readyroom`;
  if (!names.includes(dailyName)) {
    const dailyPath = path.join(folder, dailyName);
    await writeFileViaRename(dailyPath, bytes);
    // The daily name holds only the day; its modification time says when in the day.
    await utimes(dailyPath, now, now);
    present.push(dailyName);
  }

  await pruneBackups(folder, present);
}

async function pruneBackups(folder: string, names: readonly string[]): Promise<void> {
  const parsed = names.map(parseBackupName).filter((entry): entry is BackupName => entry !== null);
  const saves = parsed.filter((entry) => entry.kind === 'save').sort(compareOrder);
  const dailies = parsed.filter((entry) => entry.kind === 'daily').sort(compareOrder);
  const surplus = [
    ...saves.slice(0, Math.max(0, saves.length - SAVE_BACKUPS_KEPT)),
    ...dailies.slice(0, Math.max(0, dailies.length - DAILY_BACKUPS_KEPT)),
  ];
  for (const entry of surplus) {
    await unlink(path.join(folder, entry.name)).catch(() => undefined);
  }
}

/** Backups of `filePath`, newest first, each read to say whether it opens. */
export async function listBackups(filePath: string): Promise<BackupEntry[]> {
  const entries: BackupEntry[] = [];
  for (const dated of await datedBackups(filePath)) {
    entries.push(await checkBackup(filePath, dated));
  }
  return entries;
}

/**
 * The newest backup of `filePath` that reads as a valid workshop, or null when none does.
 * Reads backups newest first and stops at the first good one.
 */
export async function findNewestValidBackup(filePath: string): Promise<BackupEntry | null> {
  for (const dated of await datedBackups(filePath)) {
    const entry = await checkBackup(filePath, dated);
    if (entry.valid) return entry;
  }
  return null;
}

/** The bytes of one backup, by id (its file name). */
export async function readBackup(filePath: string, backupId: string): Promise<Buffer> {
  return readFile(path.join(backupsFolderOf(filePath), backupId));
}

interface DatedBackup extends BackupName {
  readonly savedAt: string;
}

/** The backups of `filePath` with the moment each was saved, newest first. */
async function datedBackups(filePath: string): Promise<DatedBackup[]> {
  let names: string[];
  try {
    names = await readdir(backupsFolderOf(filePath));
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return [];
    throw error;
  }
  const dated: DatedBackup[] = [];
  for (const parsed of names.map(parseBackupName)) {
    if (parsed === null) continue;
    dated.push({ ...parsed, savedAt: await savedAtOf(filePath, parsed) });
  }
  // Newest first; at the same moment, `save-` copies (latest sequence first) before the
  // `daily-` copy, which holds the same bytes as one of them.
  return dated.sort((left, right) => {
    if (left.savedAt !== right.savedAt) return left.savedAt < right.savedAt ? 1 : -1;
    if (left.kind !== right.kind) return left.kind === 'save' ? -1 : 1;
    return right.order[1] - left.order[1];
  });
}

async function savedAtOf(filePath: string, parsed: BackupName): Promise<string> {
  if (parsed.kind === 'save') return isoFromFileStamp(parsed.order[0]);
  // The daily name holds only the day; its modification time says when in the day.
  return stat(path.join(backupsFolderOf(filePath), parsed.name)).then(
    (stats) => stats.mtime.toISOString(),
    () => `${parsed.order[0]}T00:00:00.000Z`,
  );
}

async function checkBackup(filePath: string, dated: DatedBackup): Promise<BackupEntry> {
  const bytes = await readFile(path.join(backupsFolderOf(filePath), dated.name)).catch(() => null);
  const parsed = bytes === null ? null : readWorkshopBytes(bytes, dated.name);
  const base = { id: dated.name, kind: dated.kind, savedAt: dated.savedAt };
  return parsed?.ok === true
    ? { ...base, valid: true, title: summariseWorkshop(parsed.workshop).title }
    : { ...base, valid: false, title: null };
}
