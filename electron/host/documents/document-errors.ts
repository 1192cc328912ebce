/**
 * The document service's refusals, each saying which file, what happened and what to do:
 * not found, moved away, changed on disk, damaged (with the newest good backup), and an
 * import the library will not take.
 */
import path from 'node:path';
import type {
  BackupEntry,
  ConflictDetails,
  DamagedFileDetails,
} from '../../../shared/host-api/documents-contract';
import { HostError } from '../../../shared/host-api/errors';
import type { FileProblem } from '../../../shared/workshop/file';
import { findNewestValidBackup } from './backups';
import { describeMoment } from './file-names';
import { readWorkshopBytes } from './workshop-bytes';

export function notFoundError(filePath: string): HostError {
  return new HostError(
    'not-found',
    `ReadyRoom cannot find "${path.basename(filePath)}" in ${path.dirname(filePath)}. It may have been moved, renamed or deleted; look in the trash of the library, or open it from where it is now.`,
    { path: filePath },
  );
}

export function movedAwayError(filePath: string): HostError {
  const details: ConflictDetails = { reason: 'changed-on-disk', path: filePath };
  return new HostError(
    'conflict',
    `ReadyRoom did not save "${path.basename(filePath)}": the file was moved, renamed or deleted since this window opened it. ` +
      'Your changes here are not lost yet: use Save as to keep them as a new workshop.',
    { ...details },
  );
}

export function changedOnDiskError(filePath: string, current: Uint8Array): HostError {
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

/** A damaged file, refused with what is wrong and the newest backup of it that opens. */
export async function damagedFileError(filePath: string, problem: FileProblem): Promise<HostError> {
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

export function importRefusal(problem: FileProblem, label: string, sourcePath: string | null): HostError {
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
