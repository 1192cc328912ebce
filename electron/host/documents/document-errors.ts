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
import { text } from '../../../shared/text';

export function notFoundError(filePath: string): HostError {
  return new HostError(
    'not-found',
    text('host.documents.notFound', { file: path.basename(filePath), folder: path.dirname(filePath) }),
    { path: filePath },
  );
}

export function movedAwayError(filePath: string): HostError {
  const details: ConflictDetails = { reason: 'changed-on-disk', path: filePath };
  return new HostError('conflict', text('host.documents.movedAway', { file: path.basename(filePath) }), {
    ...details,
  });
}

export function changedOnDiskError(filePath: string, current: Uint8Array): HostError {
  const fileName = path.basename(filePath);
  const parsed = readWorkshopBytes(current, fileName);
  const details: ConflictDetails & { problem?: string } = parsed.ok
    ? { reason: 'changed-on-disk', path: filePath }
    : { reason: 'changed-on-disk', path: filePath, problem: parsed.problem.message };
  return new HostError(
    'conflict',
    text(parsed.ok ? 'host.documents.changedOnDisk' : 'host.documents.damagedOnDisk', { file: fileName }),
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
      ? text('host.documents.noBackupOpens')
      : text('host.documents.newestBackup', { moment: describeMoment(new Date(newestValidBackup.savedAt)) });
  return new HostError('damaged-file', text('host.documents.damaged', { problem: problem.message, offer }), {
    ...details,
  });
}

export function importRefusal(problem: FileProblem, label: string, sourcePath: string | null): HostError {
  const message = text('host.documents.importRefused', { problem: problem.message });
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
