import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { moveFileWithoutReplacing, writeNewFileExclusively } from './atomic-file';
import { BACKUPS_FOLDER_NAME } from './backups';
import { nameKey, uniqueWorkshopNames } from './file-names';
import { errorCode } from './io-errors';

/**
 * Names a new workshop file in `folder` must not take: existing entries, and names that
 * still have a backups folder (a file deleted outside ReadyRoom leaves its backups behind;
 * they are its only copies, so a new file never mixes its backups with them).
 */
async function takenNames(folder: string): Promise<Set<string>> {
  const [entries, backedUp] = await Promise.all([
    readdir(folder).catch(ignoreMissing),
    readdir(path.join(folder, BACKUPS_FOLDER_NAME)).catch(ignoreMissing),
  ]);
  return new Set([...entries, ...backedUp].map(nameKey));
}

function ignoreMissing(error: unknown): string[] {
  if (errorCode(error) === 'ENOENT') return [];
  throw error;
}

/**
 * Writes a new workshop file in `folder` named after `stem` (`stem.readyroom`,
 * `stem-2.readyroom`…), never replacing an existing file. Returns its path.
 */
export async function createUniqueFile(folder: string, stem: string, bytes: Uint8Array): Promise<string> {
  return claimUniqueName(folder, stem, (candidate) => writeNewFileExclusively(candidate, Buffer.from(bytes)));
}

/** Moves a file into `folder` under a unique name made from `stem`. Returns the new path. */
export async function moveToUniqueName(from: string, folder: string, stem: string): Promise<string> {
  return claimUniqueName(folder, stem, (candidate) => moveFileWithoutReplacing(from, candidate));
}

async function claimUniqueName(
  folder: string,
  stem: string,
  claim: (candidate: string) => Promise<void>,
): Promise<string> {
  for (const name of uniqueWorkshopNames(stem, await takenNames(folder))) {
    const candidate = path.join(folder, name);
    try {
      await claim(candidate);
      return candidate;
    } catch (error) {
      // Another program took this name between listing and writing: try the next one.
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
  throw Object.assign(new Error(`No free file name for ${stem} in ${folder}`), { code: 'EEXIST' });
}
