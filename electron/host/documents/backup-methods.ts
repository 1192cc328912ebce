/**
 * `documents.listBackups` and `restoreBackup`: the rolling backups of a file (backups.ts).
 * A restore keeps the current file beside it first, so nothing is ever lost.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HostError } from '../../../shared/host-api/errors';
import { writeFileAtomically, writeNewFileExclusively } from './atomic-file';
import { listBackups, parseBackupName, readBackup } from './backups';
import { fileAction, guard, opened, type DocumentContext, type DocumentMethods } from './document-context';
import { damagedFileError } from './document-errors';
import { fileStamp } from './file-names';
import { errorCode } from './io-errors';
import { parseWorkshopBytes } from './off-thread-parse';
import { text } from '../../../shared/text';

export function backupMethods(
  context: DocumentContext,
): Pick<DocumentMethods, 'documents.listBackups' | 'documents.restoreBackup'> {
  const { locks, now } = context;

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

  return {
    'documents.listBackups': async ({ path: input }) => {
      const filePath = context.resolve(input);
      return guard(
        fileAction('host.documents.doing.listBackups', filePath, 'host.documents.safe.nothingChanged'),
        () => listBackups(filePath),
      );
    },

    'documents.restoreBackup': async ({ path: input, backupId, sessionId }) => {
      return context.onFile(
        input,
        {
          doing: 'host.documents.doing.restoreBackup',
          stillSafe: 'host.documents.safe.currentFileUnchanged',
        },
        async (filePath) => {
          if (parseBackupName(backupId) === null) {
            throw new HostError('invalid-argument', text('host.documents.notABackup', { backup: backupId }), {
              backupId,
            });
          }
          const backupBytes = await readBackup(filePath, backupId).catch((error: unknown) => {
            if (errorCode(error) !== 'ENOENT') throw error;
            throw new HostError(
              'not-found',
              text('host.documents.backupGone', { backup: backupId, file: path.basename(filePath) }),
              { path: filePath, backupId },
            );
          });
          const { parsed: backup, revision } = await parseWorkshopBytes(
            backupBytes,
            text('host.documents.backupLabel', { backup: backupId, file: path.basename(filePath) }),
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
          context.libraryChanged();
          return opened(filePath, backupBytes, backup.workshop, backup.migratedFrom ?? null, revision);
        },
      );
    },
  };
}
